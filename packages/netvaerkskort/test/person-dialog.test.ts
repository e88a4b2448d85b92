import { expect } from '@open-wc/testing';
import { $, $$, button, settle } from '@barnets-net/testing';
import { deepActiveElement, typeText } from '@barnets-net/testing';
import '../src/define.js';
import { map, person } from './fixtures.js';
import { live, mountMap, type El } from './element-helpers.js';

const input = (el: El, id: string) => $(el, `#${id}`) as HTMLInputElement;
const editable = (el: El) =>
  $$(el, 'dialog input, dialog select, dialog textarea').filter((f) => !f.matches(':disabled'));

async function openAdd(el: El, name = '') {
  $(el, '#add-person').click();
  await settle(el);
  if (name) {
    input(el, 'person-name').focus();
    await typeText(name);
  }
}

async function save(el: El) {
  $(el, '#person-save').click();
  await settle(el);
}

describe('<bn-netvaerkskort> no answer the child did not give', () => {
  it('adds a person with no bond chosen, in simple mode too', async () => {
    for (const simple of [false, true]) {
      const el = await mountMap(map([]), { simple });
      await openAdd(el, 'Mormor');
      if (!simple)
        expect(
          $$(el, 'input[name="person-bond"]').some((r) => (r as HTMLInputElement).checked),
        ).to.equal(false);
      await save(el);
      expect(el.value.people[0], `simple ${simple}`).to.include({
        name: 'Mormor',
        bond: 'not-chosen',
      });
      expect(live(el)).to.equal('Mormor er sat på kortet – tættest på dig, under Familie.');
    }
  });

  it("offers the bonds in a child's words, and saves the one chosen", async () => {
    const el = await mountMap(map([]));
    await openAdd(el, 'Far');
    const labels = $$(el, '#person-bond, [id^="person-bond-"]').map((r) =>
      r.closest('label')!.textContent!.trim(),
    );
    expect(labels).to.deep.equal(['Vi har det godt sammen', 'Vi ses ikke så tit', 'Det er svært']);
    input(el, 'person-bond-weak').click();
    await save(el);
    expect(el.value.people[0]!.bond).to.equal('weak');
  });

  it('speaks to the child: if you like, where you know them from, change, dame', async () => {
    const el = await mountMap(map([person('mor', { name: 'Mette' })]));
    await openAdd(el);
    const text = $(el, '#person-dialog').textContent!;
    expect(text).to.include('Telefonnummer (hvis du vil)');
    expect(text).to.include('Hvor kender du ham/hende fra?');
    expect(text).to.include('dame').and.not.to.include('kvinde').and.not.to.include('valgfri');
    const suggestions = $$(el, '#relation-suggestions option').map((o) => o.getAttribute('value'));
    for (const word of [
      'klasselærer',
      'SFO-pædagog',
      'kammerat',
      'bonusmor',
      'plejefar',
      'skolefe',
      'kontaktperson',
    ])
      expect(suggestions).to.include(word);
    $(el, '#person-dialog .button--secondary').click();
    await settle(el);
    button(el, /Ret\s*Mette/).click();
    await settle(el);
    expect($(el, '#person-dialog-title').textContent).to.equal('Lav om på Mette');
  });
});

describe('<bn-netvaerkskort> an open dialog and a change from outside', () => {
  for (const lock of ['readonly', 'disabled'] as const) {
    it(`leaves nothing editable when the map becomes ${lock} while the dialog is open`, async () => {
      const el = await mountMap(map([]));
      await openAdd(el, 'Mormor');
      expect(editable(el).length).to.be.above(3);
      if (lock === 'readonly') el.readonly = true;
      else el.disabled = true;
      await settle(el);
      expect(editable(el).map((f) => f.id || f.getAttribute('name'))).to.deep.equal([]);
      expect(($(el, '#person-save') as HTMLButtonElement).disabled).to.equal(true);
      $(el, '#person-save').click();
      await settle(el);
      expect(el.value.people).to.deep.equal([]);
      // What was typed is still there when editing is allowed again.
      el.readonly = el.disabled = false;
      await settle(el);
      expect(input(el, 'person-name').value).to.equal('Mormor');
    });
  }

  it("never adds the person typed for one child to the next child's map", async () => {
    const el = await mountMap(map([person('a', { name: 'Anna' })]));
    await openAdd(el, 'Morten');
    const nextChild = {
      ...map([person('b', { name: 'Bo' })]),
      child: { name: 'Ib', picture: 'sun' },
    };
    el.value = nextChild;
    await settle(el);
    expect(el.shadowRoot!.querySelector('#person-dialog')).to.equal(null);
    el.shadowRoot!.querySelector<HTMLButtonElement>('#person-save')?.click();
    await settle(el);
    expect(el.value.people.map((p) => p.name)).to.deep.equal(['Bo']);
  });

  it("drops the child dialog's picture too when the value is replaced", async () => {
    const el = await mountMap(map([]));
    $(el, 'svg.map .me').dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await settle(el);
    expect(el.shadowRoot!.querySelector('#child-dialog')).not.to.equal(null);
    el.value = { ...map([]), child: { name: 'Ib', picture: 'sun' } };
    await settle(el);
    expect(el.shadowRoot!.querySelector('#child-dialog')).to.equal(null);
    expect(el.value.child).to.deep.equal({ name: 'Ib', picture: 'sun' });
  });
});

describe('<bn-netvaerkskort> the person dialog is checked by its scope', () => {
  it('says precisely what is wrong with a number, and accepts one abroad', async () => {
    const el = await mountMap(map([]));
    await openAdd(el, 'Farmor');
    input(el, 'person-phone').focus();
    await typeText('12345678');
    await save(el);
    expect(el.value.people).to.have.length(0);
    expect(deepActiveElement()?.id).to.equal('person-phone');
    const error = () => $(el, '#person-phone-error').textContent!.replace(/\s+/g, ' ').trim();
    expect(error()).to.equal(
      'Fejl: Et dansk telefonnummer starter med 2–9, ikke med 0 eller 1, fx 22 33 44 55',
    );
    input(el, 'person-phone').select();
    await typeText('2233445');
    await settle(el);
    expect(error()).to.equal('Fejl: Et dansk telefonnummer har 8 cifre. Her er der 7.');
    input(el, 'person-phone').select();
    await typeText('+46 70 123 45 67');
    await save(el);
    expect(el.value.people[0]).to.include({ name: 'Farmor', phone: '+46 70 123 45 67' });
  });

  it('asks for a name first, and forgets the errors when the dialog is opened again', async () => {
    const el = await mountMap(map([]));
    await openAdd(el);
    await save(el);
    expect(deepActiveElement()?.id).to.equal('person-name');
    expect($(el, '#person-name-error').textContent).to.include('Skriv et navn eller et kaldenavn');
    $(el, '#person-dialog .button--secondary').click();
    await settle(el);
    await openAdd(el);
    expect(el.shadowRoot!.querySelector('#person-name-error')).to.equal(null);
  });
});

describe('<bn-netvaerkskort> the network day and the staff view', () => {
  it("keeps the staff's marks, shows them and the note in the staff list, and hands them over", async () => {
    const el = await mountMap(map([]));
    const changes: unknown[] = [];
    el.addEventListener('bn-change', (e) => changes.push(e.detail.value));
    await openAdd(el, 'Lone');
    input(el, 'person-relation').focus();
    await typeText('klasselærer');
    el.shadowRoot!.querySelector<HTMLInputElement>(
      '#person-dialog input[type="checkbox"]',
    )!.click();
    input(el, 'person-phone').focus();
    await typeText('33 44 55 66');
    input(el, 'person-note').focus();
    await typeText('Ved om Luftskibet.');
    input(el, 'person-invite').click();
    input(el, 'person-knows-plan').click();
    const consent = input(el, 'person-consent');
    consent.value = '2026-11-03';
    consent.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await save(el);
    const lone = el.value.people[0]!;
    expect(lone).to.include({
      trusted: true,
      inviteToNetworkDay: true,
      cooperationConsentOn: '2026-11-03',
      knowsPlan: true,
      note: 'Ved om Luftskibet.',
    });
    expect(changes).to.have.length(1);
    expect(el.handover.trustedAdults).to.deep.equal([
      {
        id: lone.id,
        name: 'Lone',
        relation: 'klasselærer',
        // A new person's picture follows the relation (a teacher for «klasselærer»).
        picture: 'teacher',
        trusted: true,
        phone: '33 44 55 66',
        inviteToNetworkDay: true,
        cooperationConsentOn: '2026-11-03',
        knowsPlan: true,
      },
    ]);

    const row = () => $(el, `#list-person-${lone.id}`).textContent!.replace(/\s+/g, ' ');
    expect(row()).not.to.include('Ved om Luftskibet').and.not.to.include('netværksdag');
    input(el, 'staff-details').click();
    await settle(el);
    expect(row())
      .to.include('Bånd ikke valgt')
      .and.include('inviteres til netværksdagen')
      .and.include('samtykke til samarbejde 3. nov. 2026')
      .and.include('kender barnets plan')
      .and.include('Note: Ved om Luftskibet.');
    await expect(el).to.be.accessible();
  });
});
