import { expect, fixture, html } from '@open-wc/testing';
import {
  deepActiveElement,
  pressKey,
  printRulesHide,
  typeText,
  withPrintMedia,
} from '@barnets-net/core/testing';
import '../src/define.js';
import type { BnOplysningsskema } from '../src/bn-oplysningsskema.js';
import type { OplysningsskemaValue } from '../src/elements.js';
import { completeChild, registration } from './fixtures.js';

const $ = <T extends Element = HTMLElement>(el: BnOplysningsskema, sel: string) =>
  el.shadowRoot!.querySelector<T & HTMLElement>(sel);
const text = (el: BnOplysningsskema) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
const settle = async (el: BnOplysningsskema) => {
  await el.updateComplete;
  await el.updateComplete;
};
const press = async (key: string, times = 1) => {
  for (let i = 0; i < times; i++) await pressKey(key);
};
/** Focuses a control inside the widget, as a Tab would land on it. */
const focus = (el: BnOplysningsskema, sel: string) => $(el, sel)!.focus();
const button = (el: BnOplysningsskema, label: RegExp) =>
  [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) =>
    label.test(b.textContent!),
  )!;

describe('<bn-oplysningsskema> with a worker', () => {
  it('registers a client and a child with the keyboard alone, then reviews and saves', async () => {
    const el = await fixture<BnOplysningsskema>(
      html`<bn-oplysningsskema today="2026-11-22"></bn-oplysningsskema>`,
    );
    let completed: OplysningsskemaValue | undefined;
    el.addEventListener('bn-complete', (e) => (completed = e.detail.value as OplysningsskemaValue));

    focus(el, '#client-reference');
    await typeText('K-17');
    await press('Tab');
    await typeText('2'); // day
    await press('Tab');
    await typeText('11'); // month
    await press('Tab');
    await typeText('2026'); // year
    await press('Tab');
    await typeText('Lone Holm');
    await press('Tab'); // living situation: first radio
    await press('ArrowDown'); // "Bor med partner"
    await settle(el);
    expect(el.value.client).to.include({
      reference: 'K-17',
      registeredOn: '2026-11-02',
      worker: 'Lone Holm',
      livingSituation: 'partner',
    });

    focus(el, '#add-child');
    await press('Enter');
    await settle(el);
    expect(deepActiveElement()?.id).to.equal('child-editor-heading');

    await press('Tab');
    await typeText('Mia');
    await press('Tab'); // relation
    await press('Space');
    await press('Tab'); // birth day
    await typeText('27');
    await press('Tab');
    await typeText('3');
    await press('Tab');
    await typeText('2018');
    await press('Tab'); // custody
    await press('ArrowDown'); // joint
    await settle(el);
    expect($(el, '.age')!.textContent).to.include('8 år');
    focus(el, '#child-residence');
    await press('Space'); // lives with the client
    await press('Tab'); // family case: yes / no / don't know
    await press('ArrowRight'); // no
    focus(el, '#child-clientWorried');
    await press('ArrowRight'); // no
    await press('Tab');
    await press('ArrowRight'); // worker: no
    focus(el, '#child-perspectiveDiscussed');
    await press('Space'); // yes
    focus(el, '#child-involveSpecialist');
    await press('ArrowRight'); // no
    await settle(el);

    button(el, /Gem barnet/).focus();
    await press('Enter');
    await settle(el);
    expect(deepActiveElement()?.textContent).to.include('Mia, 8 år');

    button(el, /Gennemse og gem/).focus();
    await press('Enter');
    await settle(el);
    expect(deepActiveElement()?.id).to.equal('review-heading');
    expect(text(el)).to.include('Tjek oplysningerne');
    await expect(el).to.be.accessible();

    button(el, /Gem registreringen/).focus();
    await press('Enter');
    await settle(el);
    expect(completed?.children).to.have.length(1);
    expect(completed!.children[0]).to.include({
      name: 'Mia',
      relation: 'own',
      birthDate: '2018-03-27',
      custody: 'joint',
      residence: 'with-client',
      familyCase: 'no',
      clientWorried: 'no',
      workerWorried: 'no',
      perspectiveDiscussed: 'yes',
      involveSpecialist: 'no',
    });
  });

  it('lists what is missing in a focused summary whose links reach each field', async () => {
    const el = await fixture<BnOplysningsskema>(html`<bn-oplysningsskema></bn-oplysningsskema>`);
    expect($(el, '.error-summary')).to.equal(null);
    button(el, /Gennemse og gem/).click();
    await settle(el);
    const summary = $(el, '.error-summary')!;
    expect(deepActiveElement()).to.equal(summary);
    expect(summary.textContent)
      .to.include('Skriv klientens reference')
      .and.include('Tilføj mindst ét barn');
    expect($(el, '#client-reference-error')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Fejl: Skriv klientens reference, fx journalnummer',
    );
    await expect(el).to.be.accessible();
    summary.querySelector<HTMLAnchorElement>('a[href="#add-child"]')!.click();
    expect(deepActiveElement()?.id).to.equal('add-child');
  });

  it('links an unfinished child from the summary to its change button', async () => {
    const el = await fixture<BnOplysningsskema>(html`<bn-oplysningsskema></bn-oplysningsskema>`);
    el.value = registration([completeChild({ residence: '' })]);
    button(el, /Gennemse og gem/).click();
    await settle(el);
    const link = $(el, '.error-summary a')!;
    expect(link.textContent).to.include('Oplysningerne om Mia er ikke færdige');
    link.click();
    expect(deepActiveElement()?.id).to.equal('child-b-1-change');
    expect(text(el)).to.include('Ikke færdig');
  });

  it('keeps the child editor open with its own errors until the child is complete', async () => {
    const el = await fixture<BnOplysningsskema>(html`<bn-oplysningsskema></bn-oplysningsskema>`);
    button(el, /Tilføj et barn/).click();
    await settle(el);
    button(el, /Gem barnet/).click();
    await settle(el);
    expect(deepActiveElement()).to.equal($(el, '.error-summary'));
    expect($(el, '.error-summary')!.textContent).to.include(
      'Skriv barnets fornavn eller initialer',
    );
    expect($(el, '#child-name')!.getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();

    $<HTMLInputElement>(el, '#child-birth')!.focus();
    await typeText('31');
    await press('Tab');
    await typeText('2');
    await press('Tab');
    await typeText('2018');
    await settle(el);
    button(el, /Gem barnet/).click();
    await settle(el);
    expect($(el, '#child-birth-error')!.textContent).to.include(
      'Fødselsdato skal være en rigtig dato',
    );
  });

  it('removes a child with undo, and focus lands sensibly each time', async () => {
    const el = await fixture<BnOplysningsskema>(html`<bn-oplysningsskema></bn-oplysningsskema>`);
    el.value = registration([completeChild(), completeChild({ id: 'b-2', name: 'Noah' })]);
    await settle(el);
    let changes = 0;
    el.addEventListener('bn-change', () => changes++);
    button(el, /Fjern\s*Mia/).click();
    await settle(el);
    expect(el.value.children.map((c) => c.name)).to.deep.equal(['Noah']);
    expect(deepActiveElement()?.id).to.equal('undo-remove');
    expect(text(el)).to.include('Mia er fjernet.');
    await press('Enter');
    await settle(el);
    expect(el.value.children.map((c) => c.name)).to.deep.equal(['Mia', 'Noah']);
    expect(deepActiveElement()?.id).to.equal('child-b-1-heading');
    expect(changes).to.equal(2);
  });

  it('cancelling a new child removes it; cancelling a change restores the child', async () => {
    const el = await fixture<BnOplysningsskema>(html`<bn-oplysningsskema></bn-oplysningsskema>`);
    el.value = registration();
    await settle(el);
    button(el, /Tilføj et barn mere/).click();
    await settle(el);
    expect(el.value.children).to.have.length(2);
    button(el, /Fortryd og fjern barnet/).click();
    await settle(el);
    expect(el.value.children).to.have.length(1);
    expect(deepActiveElement()?.id).to.equal('add-child');

    $(el, '#child-b-1-change')!.click();
    await settle(el);
    const name = $<HTMLInputElement>(el, '#child-name')!;
    name.focus();
    name.select();
    await typeText('Ida');
    await press('Tab');
    expect(el.value.children[0]!.name).to.equal('Ida');
    button(el, /Fortryd ændringerne/).click();
    await settle(el);
    expect(el.value.children[0]!.name).to.equal('Mia');
  });

  it('keeps ages right across a year boundary, from a date or a year alone', async () => {
    const el = await fixture<BnOplysningsskema>(
      html`<bn-oplysningsskema today="2026-12-31"></bn-oplysningsskema>`,
    );
    el.value = registration([
      completeChild({ birthDate: '2016-01-01' }),
      completeChild({ id: 'b-2', name: 'Noah', birthDate: '', birthYear: 2015 }),
    ]);
    await settle(el);
    expect(text(el)).to.include('Mia, 10 år').and.include('Noah, 10–11 år');
    el.today = '2027-01-01';
    await settle(el);
    expect(text(el)).to.include('Mia, 11 år').and.include('Noah, 11–12 år');
  });

  it('shows attention flags as prompts, in the host’s words when given', async () => {
    const el = await fixture<BnOplysningsskema>(
      html`<bn-oplysningsskema today="2026-11-22"></bn-oplysningsskema>`,
    );
    el.value = registration([completeChild({ clientWorried: 'yes', familyCase: 'no' })]);
    await settle(el);
    expect(el.flags.map((f) => f.code)).to.deep.equal(['worry-without-case']);
    expect(text(el))
      .to.include('Der er bekymring for Mia (8 år)')
      .and.include('underretningspligt');
    el.flagTexts = { 'worry-without-case': 'Ring til familieafdelingen om {navn}, {alder}.' };
    await settle(el);
    expect(text(el)).to.include('Ring til familieafdelingen om Mia, 8 år.');
  });

  it('readonly shows everything, with flags, and nothing to change', async () => {
    const el = await fixture<BnOplysningsskema>(
      html`<bn-oplysningsskema readonly today="2026-11-22"></bn-oplysningsskema>`,
    );
    el.value = registration([completeChild({ workerWorried: 'yes', familyCase: 'unknown' })]);
    await settle(el);
    expect(el.shadowRoot!.querySelectorAll('input, select, textarea')).to.have.length(0);
    expect(button(el, /^\s*Ret/)).to.equal(undefined);
    expect(text(el))
      .to.include('K-2026-017')
      .and.include('Opmærksomhedspunkter')
      .and.include('Mia');
    await expect(el).to.be.accessible();
  });

  it('shows names and notes as text, never as markup', async () => {
    const evil = '<img src=x onerror=alert(1)>';
    const el = await fixture<BnOplysningsskema>(html`<bn-oplysningsskema></bn-oplysningsskema>`);
    el.value = registration(
      [completeChild({ name: evil, otherMeasures: evil, clientWorried: 'yes' })],
      evil,
    );
    await settle(el);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(text(el)).to.include(evil);
    button(el, /Gennemse og gem/).click();
    await settle(el);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
  });

  it('prints the whole registration, not the form controls', async () => {
    const el = await fixture<BnOplysningsskema>(html`<bn-oplysningsskema></bn-oplysningsskema>`);
    el.value = registration();
    await settle(el);
    const printed = el.shadowRoot!.querySelector<HTMLElement>('.print-only:not(p)')!;
    const form = el.shadowRoot!.querySelector<HTMLElement>('.no-print')!;
    expect(getComputedStyle(printed).display).to.equal('none');
    expect(printed.textContent).to.include('K-2026-017').and.include('Mia');
    const emulated = await withPrintMedia(() => {
      expect(getComputedStyle(form).display).to.equal('none');
      expect(getComputedStyle(printed).display).to.equal('block');
    });
    if (!emulated) {
      // No print emulation in this engine: the same rules, read from the stylesheet.
      expect(printRulesHide(el.shadowRoot!, '.no-print')).to.equal(true);
      expect(printRulesHide(el.shadowRoot!, '.print-only')).to.equal(false);
    }
  });

  it('speaks English with lang="en", dates and ages included', async () => {
    const el = await fixture<BnOplysningsskema>(
      html`<bn-oplysningsskema lang="en" readonly today="2026-11-22"></bn-oplysningsskema>`,
    );
    el.value = registration();
    await settle(el);
    expect(text(el)).to.include('The client').and.include('8 years').and.include('2 Nov 2026');
    expect(text(el)).not.to.include('Klienten');
  });
});
