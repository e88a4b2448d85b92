import { expect, fixture } from '@open-wc/testing';
import { html, LitElement } from 'lit';
import { ValidationScopes } from '../src/controllers/validation-scopes.js';
import { scopeSummary } from '../src/templates/error-summary.js';
import { check, maxLength, noCpr, pastDate, required, when } from '../src/validation/rules.js';

interface Form {
  name: string;
  note: string;
  born: string;
  pet: { kind: string; name: string };
}
const empty = (): Form => ({ name: '', note: '', born: '', pet: { kind: '', name: '' } });
const today = () => '2026-11-22';
const label = (text: string) => () => text;

describe('declared validation rules', () => {
  it('lets the first rule that finds a problem with a field speak for it', () => {
    const rules = [
      required<Form>('name', label('Navn'), (v) => v.name),
      noCpr<Form>('name', label('Navn'), (v) => v.name),
      maxLength<Form>('note', label('Note'), (v) => v.note, 5),
    ];
    expect(check(rules, empty()).map((i) => i.code)).to.deep.equal(['required']);
    const cpr = { ...empty(), name: 'Mia 010203-1234', note: 'for lang' };
    expect(check(rules, cpr).map((i) => [i.field, i.code])).to.deep.equal([
      ['name', 'contains-cpr'],
      ['note', 'too-long'],
    ]);
  });

  it('calls a date typed but not real wrong, not missing, and refuses the future', () => {
    let typed = false;
    const rules = [
      pastDate<Form>(
        'born',
        label('Født'),
        (v) => v.born,
        today,
        () => typed,
      ),
      required<Form>('born', label('Født'), (v) => v.born),
    ];
    expect(check(rules, empty())[0]!.code).to.equal('required');
    typed = true;
    expect(check(rules, empty())[0]!.code).to.equal('invalid-date');
    typed = false;
    expect(check(rules, { ...empty(), born: '2027-01-01' })[0]!.code).to.equal('date-in-future');
    expect(check(rules, { ...empty(), born: '2020-02-30' })[0]!.code).to.equal('invalid-date');
    expect(check(rules, { ...empty(), born: '2020-02-29' })).to.deep.equal([]);
  });

  it('applies a conditional rule only while its condition holds, and takes lists of issues', () => {
    const rules = [
      when<Form>(
        (v) => v.pet.kind !== '',
        required('pet-name', label('Dyrets navn'), (v) => v.pet.name),
      ),
      (v: Form) =>
        [...v.note].map((_, i) => ({ field: `c${i}`, code: 'custom' as const, label: 'x' })),
    ];
    expect(check(rules, empty())).to.deep.equal([]);
    const found = check(rules, { ...empty(), pet: { kind: 'hund', name: '' }, note: 'ab' });
    expect(found.map((i) => i.field)).to.deep.equal(['pet-name', 'c0', 'c1']);
  });
});

class ScopedForm extends LitElement {
  data = empty();
  readonly checks = new ValidationScopes<Form, 'person' | 'pet'>(
    this,
    () => ({
      person: [required<Form>('name', label('Navn'), (v) => v.name)],
      pet: [required<Form>('pet-name', label('Dyrets navn'), (v) => v.pet.name)],
    }),
    () => this.data,
  );
  override render() {
    return html`${scopeSummary(this.checks, 'person', this.renderRoot)}${scopeSummary(this.checks, 'pet', this.renderRoot)}
      <input id="name" /><input id="pet-name" />
      <p id="name-error">${this.checks.errorFor('name') ?? ''}</p>`;
  }
}
customElements.define('bn-scoped-form', ScopedForm);

describe('validation scopes', () => {
  it('shows a part’s errors only after someone tried to go on from it, with its own summary', async () => {
    const el = await fixture<ScopedForm>(html`<bn-scoped-form></bn-scoped-form>`);
    const root = el.shadowRoot!;
    expect(el.checks.issues('person', 'pet')).to.have.length(2);
    expect(root.querySelector('.error-summary')).to.equal(null);

    expect(el.checks.attempt('pet')).to.equal(false);
    await el.updateComplete;
    expect(root.activeElement?.id, 'the pet summary takes focus').to.equal('pet-errors');
    expect(root.querySelector('#person-errors')).to.equal(null);
    expect(root.querySelector('#name-error')!.textContent).to.equal('');

    el.data = { ...el.data, pet: { kind: 'kat', name: 'Mis' } };
    expect(el.checks.attempt('pet')).to.equal(true);
    el.requestUpdate();
    await el.updateComplete;
    expect(root.querySelector('#pet-errors')).to.equal(null);

    el.checks.attempt('person', false);
    await el.updateComplete;
    expect(root.querySelector('#name-error')!.textContent).to.match(/Navn/);
    el.checks.hide();
    await el.updateComplete;
    expect(el.checks.shows('person')).to.equal(false);
    expect(root.querySelector('.error-summary')).to.equal(null);
  });

  it('moves focus to the summary again after a second failed try', async () => {
    const el = await fixture<ScopedForm>(html`<bn-scoped-form></bn-scoped-form>`);
    el.checks.attempt('person');
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLElement>('#name')!.focus();
    el.checks.attempt('person');
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.id).to.equal('person-errors');
  });
});
