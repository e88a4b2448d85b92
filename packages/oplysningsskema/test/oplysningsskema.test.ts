import { expect, fixture, html } from '@open-wc/testing';
import {
  $,
  button,
  deepActiveElement,
  findButton,
  focus,
  press,
  printRulesHide,
  query,
  settle,
  shadowText,
  typeDateBoxes,
  typeText,
  withPrintMedia,
} from '@barnets-net/testing';
import '../src/define.js';
import type { BnOplysningsskema } from '../src/bn-oplysningsskema.js';
import type { OplysningsskemaValue } from '../src/elements.js';
import { completeChild, registration } from './fixtures.js';

const text = shadowText;

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
    await press('Tab'); // the client's role: first radio
    await press('Space'); // in treatment
    await press('Tab'); // living situation: first radio
    await press('ArrowDown'); // "Bor med partner"
    await settle(el);
    expect(el.value.client).to.include({
      reference: 'K-17',
      registeredOn: '2026-11-02',
      worker: 'Lone Holm',
      role: 'in-treatment',
      livingSituation: 'partner',
    });

    focus(el, '#add-child');
    await press('Enter');
    await settle(el);
    expect(deepActiveElement()?.id).to.equal('child-editor-heading');

    await press('Tab');
    await typeText('Mia');
    await press('Tab'); // parents: the client
    await press('Space');
    await press('Tab'); // the partner
    await press('Tab'); // another parent
    await press('Space');
    await press('Tab'); // birth day
    await typeText('27');
    await press('Tab');
    await typeText('3');
    await press('Tab');
    await typeText('2018');
    await press('Tab'); // custody: the client alone
    await press('ArrowDown'); // the parents jointly
    await settle(el);
    expect($(el, '.age').textContent).to.include('8 år');
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
      birthDate: '2018-03-27',
      custody: 'joint',
      residence: 'with-client',
      familyCase: 'no',
      clientWorried: 'no',
      workerWorried: 'no',
      perspectiveDiscussed: 'yes',
      involveSpecialist: 'no',
    });
    expect(completed!.children[0]!.parents).to.deep.equal(['client', 'other-parent']);
  });

  it('lists what is missing in a focused summary whose links reach each field', async () => {
    const el = await fixture<BnOplysningsskema>(html`<bn-oplysningsskema></bn-oplysningsskema>`);
    expect(query(el, '.error-summary')).to.equal(null);
    button(el, /Gennemse og gem/).click();
    await settle(el);
    const summary = $(el, '.error-summary');
    expect(deepActiveElement()).to.equal(summary);
    expect(summary.textContent)
      .to.include('Skriv borgerens reference')
      .and.include('Tilføj mindst ét barn');
    expect($(el, '#client-reference-error').textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Fejl: Skriv borgerens reference, fx journalnummer',
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
    const link = $(el, '.error-summary a');
    expect(link.textContent).to.include('Oplysningerne om Mia er ikke færdige');
    link.click();
    expect(deepActiveElement()?.id).to.equal('child-b-1-change');
    expect(text(el)).to.include('Mangler oplysninger');
  });

  it('keeps the child editor open with its own errors until the child is complete', async () => {
    const el = await fixture<BnOplysningsskema>(html`<bn-oplysningsskema></bn-oplysningsskema>`);
    button(el, /Tilføj et barn/).click();
    await settle(el);
    button(el, /Gem barnet/).click();
    await settle(el);
    expect(deepActiveElement()).to.equal(query(el, '.error-summary'));
    expect($(el, '.error-summary').textContent).to.include('Skriv barnets fornavn eller initialer');
    expect($(el, '#child-name').getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();

    $<HTMLInputElement>(el, '#child-birth')!.focus();
    await typeDateBoxes('31', '2', '2018');
    await settle(el);
    button(el, /Gem barnet/).click();
    await settle(el);
    expect($(el, '#child-birth-error').textContent).to.include(
      'Fødselsdatoen skal være en gyldig dato, fx 28 2 2026',
    );
  });

  it('keeps what is typed after a second failed save of a child', async () => {
    const el = await fixture<BnOplysningsskema>(html`<bn-oplysningsskema></bn-oplysningsskema>`);
    button(el, /Tilføj et barn/).click();
    await settle(el);
    for (let i = 0; i < 2; i++) {
      button(el, /Gem barnet/).focus();
      await press('Enter');
      await settle(el);
      expect(deepActiveElement()).to.equal(query(el, '.error-summary'));
    }
    focus(el, '#child-name');
    await typeText('Mia');
    await settle(el);
    expect(deepActiveElement()?.id).to.equal('child-name');
    expect($<HTMLInputElement>(el, '#child-name')!.value).to.equal('Mia');
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

  /** A form with Mia on it and a new, empty child being added. */
  async function addingAChild() {
    const el = await fixture<BnOplysningsskema>(html`<bn-oplysningsskema></bn-oplysningsskema>`);
    el.value = registration();
    await settle(el);
    button(el, /Tilføj et barn mere/).click();
    await settle(el);
    return el;
  }

  /** Opens Mia's editor and types a new name over hers. */
  async function renamingMia(el: BnOplysningsskema, to: string) {
    $(el, '#child-b-1-change').click();
    await settle(el);
    const name = $<HTMLInputElement>(el, '#child-name')!;
    name.focus();
    name.select();
    await typeText(to);
  }

  it('cancelling a new child removes it; cancelling a change restores the child', async () => {
    const el = await addingAChild();
    expect(el.value.children).to.have.length(2);
    button(el, /Annullér – tilføj ikke barnet/).click();
    await settle(el);
    expect(el.value.children).to.have.length(1);
    expect(deepActiveElement()?.id).to.equal('add-child');

    await renamingMia(el, 'Ida');
    await press('Tab');
    expect(el.value.children[0]!.name).to.equal('Ida');
    button(el, /Fortryd ændringerne/).click();
    await settle(el);
    expect(el.value.children[0]!.name).to.equal('Mia');
  });

  it('Escape closes an untouched child editor, and goes to cancel in one with typing', async () => {
    const el = await addingAChild();
    $<HTMLInputElement>(el, '#child-name')!.focus();
    await press('Escape');
    await settle(el);
    expect(el.value.children).to.have.length(1);
    expect(deepActiveElement()?.id).to.equal('add-child');

    await renamingMia(el, 'Ida');
    await press('Escape');
    await settle(el);
    // The typing is kept; one Enter away from throwing it away.
    expect(el.value.children[0]!.name).to.equal('Ida');
    expect(deepActiveElement()?.textContent?.trim()).to.equal('Fortryd ændringerne');
    await press('Enter');
    await settle(el);
    expect(el.value.children[0]!.name).to.equal('Mia');
  });

  it("fills the registration date with today's only when asked", async () => {
    const el = await fixture<BnOplysningsskema>(
      html`<bn-oplysningsskema today="2026-12-05"></bn-oplysningsskema>`,
    );
    await settle(el);
    expect(el.value.client.registeredOn).to.equal('');
    button(el, /Brug dagens dato/).click();
    await settle(el);
    expect(el.value.client.registeredOn).to.equal('2026-12-05');
    expect($<HTMLInputElement>(el, '#client-registeredOn')!.value).to.equal('5');
    expect(deepActiveElement()?.id).to.equal('client-registeredOn');
    expect(
      [...el.shadowRoot!.querySelectorAll('button')].map((b) => b.textContent?.trim()),
    ).not.to.include('Brug dagens dato');
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
    // On 31 December a child born in 2015 has had its birthday: 11, not "10–11".
    expect(text(el)).to.include('Mia, 10 år').and.include('Noah, 11 år');
    el.today = '2026-12-30';
    await settle(el);
    expect(text(el)).to.include('Noah, 10–11 år');
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
    expect(findButton(el, /^\s*Ret/)).to.equal(undefined);
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
      [completeChild({ name: evil, otherSupport: evil, clientWorried: 'yes' })],
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
    expect(text(el)).not.to.include('Borgeren');
  });
});

describe('<bn-oplysningsskema> after saving, with wrong dates, and in English', () => {
  const noDate = () => {
    const value = registration();
    return { ...value, client: { ...value.client, registeredOn: '' } };
  };
  const summaryText = (el: BnOplysningsskema) =>
    $(el, '.error-summary').textContent!.replace(/\s+/g, ' ');
  /** Empties the focused box and types into it, as a person would. */
  const retype = async (el: BnOplysningsskema, sel: string, value: string) => {
    focus(el, sel);
    $<HTMLInputElement>(el, sel)!.select();
    await press('Backspace');
    if (value) await typeText(value);
  };

  it('confirms the save in a panel whose heading takes focus, with change and print', async () => {
    const el = await fixture<BnOplysningsskema>(
      html`<bn-oplysningsskema today="2026-11-22"></bn-oplysningsskema>`,
    );
    el.value = registration([completeChild(), completeChild({ id: 'b-2', name: 'Noah' })]);
    await settle(el);
    let completed = 0;
    el.addEventListener('bn-complete', () => completed++);
    button(el, /Gennemse og gem/).focus();
    await press('Enter');
    await settle(el);
    button(el, /Gem registreringen/).focus();
    await press('Enter');
    await settle(el);

    expect(completed).to.equal(1);
    expect(deepActiveElement()?.id).to.equal('saved-heading');
    // Nobody has stored it yet: the panel says so, until the host confirms.
    expect($(el, '#saved-heading').textContent!.trim()).to.equal('Registreringen er færdig');
    expect(shadowText(el)).to.include('Den er ikke gemt endnu.');
    el.saved();
    await settle(el);
    expect($(el, '#saved-heading').textContent!.trim()).to.equal('Registreringen er gemt');
    expect(shadowText(el)).not.to.include('ikke gemt');
    const panel = $(el, '[part="confirmation"]');
    expect(panel.offsetHeight, 'the panel is visible').to.be.greaterThan(0);
    expect(panel.textContent!.replace(/\s+/g, ' ')).to.include('2 børn hos borger K-2026-017');
    expect(button(el, /Udskriv/)).to.exist;
    await expect(el).to.be.accessible();

    // The next Tab stop is "Ret registreringen", and it goes back to the form.
    await press('Tab');
    expect(deepActiveElement()?.textContent!.trim()).to.equal('Ret registreringen');
    await press('Enter');
    await settle(el);
    expect(query(el, '[part="confirmation"]')).to.equal(null);
    expect(deepActiveElement()?.id).to.equal('client-heading');
    expect(el.value.children).to.have.length(2);
  });

  it('leaves the confirmation when the host sets another value', async () => {
    const el = await fixture<BnOplysningsskema>(
      html`<bn-oplysningsskema today="2026-11-22"></bn-oplysningsskema>`,
    );
    el.value = registration();
    await settle(el);
    button(el, /Gennemse og gem/).click();
    await settle(el);
    button(el, /Gem registreringen/).click();
    await settle(el);
    expect(query(el, '[part="confirmation"]')).to.exist;
    el.value = registration([completeChild({ name: 'Ida' })], 'K-2026-018');
    await settle(el);
    expect(query(el, '[part="confirmation"]')).to.equal(null);
    expect(text(el)).to.include('Ida, 8 år');
  });

  it('says an impossible or partial registration date is wrong, not missing', async () => {
    const el = await fixture<BnOplysningsskema>(
      html`<bn-oplysningsskema today="2026-11-22"></bn-oplysningsskema>`,
    );
    el.value = noDate();
    await settle(el);
    focus(el, '#client-registeredOn');
    await typeDateBoxes('31', '2', '2026');
    await press('Tab');
    button(el, /Gennemse og gem/).focus();
    await press('Enter');
    await settle(el);
    expect(summaryText(el))
      .to.include('Registreringsdatoen skal være en gyldig dato, fx 28 2 2026')
      .and.not.include('Skriv datoen for registreringen');
    expect($(el, '#client-registeredOn-error').textContent).to.include(
      'Registreringsdatoen skal være en gyldig dato, fx 28 2 2026',
    );

    // Day and year only.
    await retype(el, '#client-registeredOn-month', '');
    await press('Tab');
    await settle(el);
    expect(summaryText(el)).to.include(
      'Registreringsdatoen skal være en gyldig dato, fx 28 2 2026',
    );
    expect($<HTMLInputElement>(el, '#client-registeredOn')!.value).to.equal('31');

    // The year alone: still not a date, and the boxes keep what was typed.
    await retype(el, '#client-registeredOn', '');
    await press('Tab');
    await settle(el);
    expect(summaryText(el)).to.include(
      'Registreringsdatoen skal være en gyldig dato, fx 28 2 2026',
    );
    expect($<HTMLInputElement>(el, '#client-registeredOn-year')!.value).to.equal('2026');

    // Empty boxes are missing, as before.
    await retype(el, '#client-registeredOn-year', '');
    await press('Tab');
    await settle(el);
    expect(summaryText(el)).to.include('Skriv datoen for registreringen');
  });

  it('gives the date example as it is typed in the three boxes', async () => {
    const el = await fixture<BnOplysningsskema>(
      html`<bn-oplysningsskema today="2026-11-22"></bn-oplysningsskema>`,
    );
    expect($(el, '#client-registeredOn-hint').textContent!.trim()).to.equal('Fx 22 11 2026');
  });

  it('says what is missing about the children above the add button, and links the two', async () => {
    const el = await fixture<BnOplysningsskema>(html`<bn-oplysningsskema></bn-oplysningsskema>`);
    button(el, /Gennemse og gem/).click();
    await settle(el);
    const add = $(el, '#add-child');
    const error = $(el, '#add-child-error');
    expect(error.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Fejl: Tilføj mindst ét barn');
    expect(add.getAttribute('aria-describedby')).to.equal('add-child-error');
    expect(error.compareDocumentPosition(add) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    expect(add.parentElement!.classList.contains('field--error')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('shows an unknown age as "Alder: ukendt", also for a birth year out of range', async () => {
    const el = await fixture<BnOplysningsskema>(
      html`<bn-oplysningsskema today="2026-11-22"></bn-oplysningsskema>`,
    );
    focus(el, '#add-child');
    await press('Enter');
    await settle(el);
    const age = () => $(el, '.age').textContent!.replace(/\s+/g, ' ').trim();
    expect(age()).to.equal('Alder: ukendt');
    focus(el, '#child-birth-year');
    await typeText('1900');
    await press('Tab');
    await settle(el);
    expect(age()).to.equal('Alder: ukendt');
    await retype(el, '#child-birth-year', '2015');
    await settle(el);
    expect(age()).to.equal('Alder: 10–11 år');
  });

  it('reviews custody held by others without repeating the choice', async () => {
    const el = await fixture<BnOplysningsskema>(
      html`<bn-oplysningsskema readonly today="2026-11-22"></bn-oplysningsskema>`,
    );
    el.value = registration([
      completeChild({ custody: 'others', custodyOther: 'Værge: Kommunen' }),
    ]);
    await settle(el);
    expect(text(el))
      .to.include('Forældremyndighed Andre: Værge: Kommunen')
      .and.not.include('fx kommunen eller en værge:');
  });

  it('tells a declined offer and an unknown case apart, in the host’s words when given', async () => {
    const el = await fixture<BnOplysningsskema>(
      html`<bn-oplysningsskema today="2026-11-22"></bn-oplysningsskema>`,
    );
    el.value = registration([
      completeChild({
        workerWorried: 'yes',
        familyCase: 'unknown',
        offers: { ...completeChild().offers, childrensGroup: 'declined' },
      }),
    ]);
    await settle(el);
    expect(el.flags.map((f) => f.code)).to.deep.equal(['worry-case-unknown', 'offer-declined']);
    button(el, /Gennemse og gem/).click();
    await settle(el);
    const flags = $(el, '[part="attention-flags"]').textContent!.replace(/\s+/g, ' ');
    expect(flags)
      .to.include('det vides ikke, om der er en åben sag i familieafdelingen')
      .and.include(
        'Familien har takket nej til tilbuddet til Mia, og Mia har ikke noget tilbud nu. Overvej et andet tilbud.',
      )
      .and.not.include('ingen åben sag')
      .and.not.include('endnu ikke fået et tilbud');
    el.flagTexts = {
      'worry-case-unknown': 'Find ud af, om {navn} ({alder}) har en sag.',
      'offer-declined': '{navn} sagde nej. Spørg igen om en måned.',
    };
    await settle(el);
    expect($(el, '[part="attention-flags"]').textContent)
      .to.include('Find ud af, om Mia (8 år) har en sag.')
      .and.include('Mia sagde nej. Spørg igen om en måned.');
  });

  it('says its announcements and confirmation in English with lang="en"', async () => {
    const el = await fixture<BnOplysningsskema>(
      html`<bn-oplysningsskema lang="en" today="2026-11-22"></bn-oplysningsskema>`,
    );
    el.value = registration([completeChild(), completeChild({ id: 'b-2', name: 'Noah' })]);
    await settle(el);
    const status = () => $(el, '#status').textContent!.trim();

    focus(el, '#child-b-1-change');
    await press('Enter');
    await settle(el);
    button(el, /Save the child/).focus();
    await press('Enter');
    await settle(el);
    expect(status()).to.equal('Mia has been saved.');

    button(el, /Remove\s*Noah/).focus();
    await press('Enter');
    await settle(el);
    expect(deepActiveElement()?.id).to.equal('undo-remove');
    await press('Enter');
    await settle(el);
    expect(status()).to.equal('Noah has been put back.');

    button(el, /Review and save/).focus();
    await press('Enter');
    await settle(el);
    button(el, /Save the registration/).focus();
    await press('Enter');
    await settle(el);
    expect(deepActiveElement()?.textContent!.trim()).to.equal('The registration is finished');
    expect(text(el)).to.include('It is not saved yet.');
    el.saved();
    await settle(el);
    expect($(el, '#saved-heading').textContent!.trim()).to.equal('The registration has been saved');
    expect(text(el))
      .to.include('2 children of client K-2026-017')
      .and.include('Change the registration')
      .and.not.include('gemt');
  });

  it('checks the registration date in English too', async () => {
    const el = await fixture<BnOplysningsskema>(
      html`<bn-oplysningsskema lang="en" today="2026-11-22"></bn-oplysningsskema>`,
    );
    el.value = noDate();
    await settle(el);
    focus(el, '#client-registeredOn');
    await typeDateBoxes('31', '2', '2026');
    await press('Tab');
    button(el, /Review and save/).click();
    await settle(el);
    expect(el.issues.map((i) => i.label)).to.deep.equal(['Date of registration']);
    expect(el.validationMessage).to.equal(
      'The date of registration must be a valid date, e.g. 28 2 2026',
    );
  });
});

describe('<bn-oplysningsskema> check your answers', () => {
  const mount = async () => {
    const el = await fixture<BnOplysningsskema>(
      html`<bn-oplysningsskema today="2026-11-22"></bn-oplysningsskema>`,
    );
    el.value = registration([completeChild(), completeChild({ id: 'b-2', name: 'Noah' })]);
    await settle(el);
    button(el, /Gennemse og gem/).focus();
    await press('Enter');
    await settle(el);
    return el;
  };
  const activeText = () => deepActiveElement()!.textContent!.replace(/\s+/g, ' ').trim();
  /** The review's heading of a part has focus, not the form's. */
  const onReviewHeading = (el: BnOplysningsskema, id: string) => {
    expect(text(el)).to.include('Tjek oplysningerne, før du gemmer');
    expect(deepActiveElement()?.id).to.equal(id);
    expect(deepActiveElement()!.closest('.review-part')).to.exist;
  };

  it('has one change link per part and none for the age: three Tab stops before saving', async () => {
    const el = await mount();
    expect(deepActiveElement()?.id).to.equal('review-heading');
    const stops: string[] = [];
    for (let i = 0; i < 4; i++) {
      await press('Tab');
      stops.push(activeText());
    }
    expect(stops).to.deep.equal([
      'Ret oplysningerne om borgeren',
      'Ret oplysningerne om Mia',
      'Ret oplysningerne om Noah',
      'Gem registreringen',
    ]);
    expect(findButton(el, /Alder/)).to.equal(undefined);
    // The names are for screen readers; the link shows "Ret oplysningerne".
    const link = button(el, /om Mia/);
    expect(link.querySelector('.visually-hidden')!.textContent!.trim()).to.equal('om Mia');
    await expect(el).to.be.accessible();
  });

  it('comes back to the child in the review after saving or undoing a change started there', async () => {
    const el = await mount();
    button(el, /om Noah/).focus();
    await press('Enter');
    await settle(el);
    expect(deepActiveElement()?.id).to.equal('child-editor-heading');
    await press('Tab'); // the name
    await press('End');
    await typeText(' B');
    button(el, /Gem barnet/).focus();
    await press('Enter');
    await settle(el);
    onReviewHeading(el, 'child-b-2-heading');
    expect(activeText()).to.equal('Noah B');

    await press('Tab');
    expect(activeText()).to.equal('Ret oplysningerne om Noah B');
    await press('Enter');
    await settle(el);
    button(el, /Fortryd ændringerne/).focus();
    await press('Enter');
    await settle(el);
    onReviewHeading(el, 'child-b-2-heading');
  });

  it('comes back to the client in the review after changing the client', async () => {
    const el = await mount();
    button(el, /om borgeren/).focus();
    await press('Enter');
    await settle(el);
    expect(deepActiveElement()?.id).to.equal('client-heading');
    expect(query(el, '#client-worker')).to.exist; // the form
    focus(el, '#client-worker');
    $<HTMLInputElement>(el, '#client-worker')!.select();
    await typeText('Ida Berg');
    await press('Tab');
    button(el, /Gennemse og gem/).focus();
    await press('Enter');
    await settle(el);
    onReviewHeading(el, 'client-heading');
    expect(text(el)).to.include('Ida Berg');

    // From the form in general, the review starts at its top.
    button(el, /Tilbage til skemaet/).focus();
    await press('Enter');
    await settle(el);
    button(el, /Gennemse og gem/).focus();
    await press('Enter');
    await settle(el);
    expect(deepActiveElement()?.id).to.equal('review-heading');
  });
});
