import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  $,
  $$,
  button,
  findButton,
  printRulesHide,
  settle,
  shadowText,
  typeText,
  withPrintMedia,
} from '@barnets-net/testing';
import '../src/define.js';
import type { BnSkolefeKort } from '../src/bn-skolefe-kort.js';
import { SAMPLE_TODAY, skolefeKortSamples } from '../src/testing/samples.js';
import type { SkolefeKortValue } from '../src/value/types.js';

async function mountCard(value: SkolefeKortValue, attrs: Record<string, string> = {}) {
  const form = await fixture<HTMLFormElement>(
    html`<form @submit=${(e: Event) => e.preventDefault()}></form>`,
  );
  const el = document.createElement('bn-skolefe-kort');
  for (const [k, v] of Object.entries({ name: 'kort', today: SAMPLE_TODAY, ...attrs }))
    el.setAttribute(k, v);
  form.append(el);
  el.value = value;
  await settle(el);
  return { el, form };
}

const finish = async (el: BnSkolefeKort) => {
  $<HTMLButtonElement>(el, '#finish').click();
  await settle(el);
};

describe('<bn-skolefe-kort>: a CPR number blocks the card', () => {
  it('shows the error at once, pointing the number out, before anyone tries to finish', async () => {
    const { el } = await mountCard(skolefeKortSamples.cprBlocked);
    const error = $(el, '#situation-error');
    expect(error.textContent).to.contain('«070619-1234» ligner et CPR-nummer');
    expect($(el, '#situation').getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '#situation').getAttribute('aria-describedby')).to.contain('situation-error');
    button(el, /Markér det i feltet/).click();
    const box = $<HTMLTextAreaElement>(el, '#situation');
    expect(el.shadowRoot!.activeElement).to.equal(box);
    expect(box.value.slice(box.selectionStart, box.selectionEnd)).to.equal('070619-1234');
  });

  it('will not complete, nor let the form submit, while one remains', async () => {
    const { el, form } = await mountCard(skolefeKortSamples.cprBlocked);
    let completed = 0;
    el.addEventListener('bn-complete', () => completed++);
    await finish(el);
    expect(completed).to.equal(0);
    expect(el.checkValidity()).to.equal(false);
    expect(form.checkValidity()).to.equal(false);
    const summary = $(el, '#value-errors');
    expect(summary.textContent).to.contain('ligner et CPR-nummer');
    expect(el.shadowRoot!.activeElement).to.equal(summary);
  });

  it('completes once the number is gone', async () => {
    const { el } = await mountCard(skolefeKortSamples.cprBlocked);
    el.value = { ...el.value, situation: 'Træt om morgenen.' };
    await settle(el);
    expect(findButton(el, /Markér det i feltet/)).to.equal(undefined);
    setTimeout(() => $<HTMLButtonElement>(el, '#finish').click());
    const event = await oneEvent(el, 'bn-complete');
    expect(event.detail.value.situation).to.equal('Træt om morgenen.');
  });

  it('catches a number as it is typed', async () => {
    const { el } = await mountCard(skolefeKortSamples.filled);
    $(el, '#goal').focus();
    await typeText(' 120514 2222');
    await settle(el);
    expect($(el, '#goal-error').textContent).to.contain('«120514 2222»');
  });
});

describe('<bn-skolefe-kort>: words that may be names', () => {
  it('warns, and the warning for a word can be dismissed: a change kept with the card', async () => {
    const { el } = await mountCard(skolefeKortSamples.nameWarning);
    expect($(el, '#situation-warnings').textContent).to.contain('Frida');
    expect($(el, '#situation-warnings').textContent).to.contain('kan være et navn');
    // A screen reader hears the warning with the box (WCAG 4.1.3), not on every key.
    expect($(el, '#situation').getAttribute('aria-describedby')).to.contain('situation-warnings');
    const before = el.value;
    setTimeout(() => button(el, /Det er i orden/).click());
    const change = await oneEvent(el, 'bn-change');
    await settle(el);
    expect($$(el, '#situation-warnings')).to.have.length(0);
    expect($(el, '#situation').getAttribute('aria-describedby') ?? '').not.to.contain('warnings');
    expect(el.shadowRoot!.activeElement?.id).to.equal('situation');
    expect(change.detail.value.dismissed).to.deep.equal(['name:frida']);
    expect({ ...el.value, dismissed: [] }).to.deep.equal({ ...before, dismissed: [] });
  });

  it('a reopened card shows only the warnings not dismissed', async () => {
    const { el } = await mountCard({
      ...skolefeKortSamples.nameWarning,
      goal: 'At lege med Frida og Karla i frikvarteret.',
    });
    button(el, /Det er i orden/).click();
    await settle(el);
    const { el: reopened } = await mountCard(el.value);
    expect($$(reopened, '#situation-warnings')).to.have.length(0);
    expect($(reopened, '#goal-warnings').textContent).to.contain('Karla');
    expect($(reopened, '#goal-warnings').textContent).not.to.contain('Frida');
  });

  it('forgets a dismissal once the word is gone from the card, so it warns when it is written again', async () => {
    const { el } = await mountCard(skolefeKortSamples.nameWarning);
    button(el, /Det er i orden/).click();
    await settle(el);
    $(el, '#situation').focus();
    const box = $<HTMLTextAreaElement>(el, '#situation');
    box.value = 'Har det svært i frikvartererne.';
    box.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await settle(el);
    expect(el.value.dismissed).to.deep.equal([]);
  });

  it('keeps no dismissal of a word from the host’s names: those come back when the card is reopened', async () => {
    const { el } = await mountCard({ ...skolefeKortSamples.filled, goal: 'Leg med oliver.' });
    el.names = ['Oliver Holm'];
    await settle(el);
    expect($(el, '#goal-warnings').textContent).to.contain('oliver');
    button(el, /Det er i orden/).click();
    await settle(el);
    expect($$(el, '#goal-warnings')).to.have.length(0);
    expect(el.value.dismissed).to.deep.equal([]);
    expect(JSON.stringify(el.value).toLowerCase()).not.to.contain('holm');
  });

  it('keeps no dismissal of a heuristic warning on a word that is also in the host’s names', async () => {
    const { el } = await mountCard(skolefeKortSamples.nameWarning);
    el.names = ['Frida Holm'];
    await settle(el);
    button(el, /Det er i orden/).click();
    await settle(el);
    expect($$(el, '#situation-warnings')).to.have.length(0);
    expect(el.value.dismissed).to.deep.equal([]);
  });

  it('warns about the host’s names, and never stores or sends the list', async () => {
    const { el, form } = await mountCard(skolefeKortSamples.filled);
    el.names = ['Oliver Holm', 'Ella'];
    $(el, '#goal').focus();
    await typeText(' Leg med oliver.');
    await sendKeys({ press: 'Tab' });
    await settle(el);
    expect($(el, '#goal-warnings').textContent).to.contain('oliver');
    const sent = String(new FormData(form).get('kort'));
    expect(sent).not.to.contain('Ella');
    expect(sent).not.to.contain('Holm');
    expect(Object.keys(el.value)).not.to.include('names');
    expect(JSON.stringify(el.value)).not.to.contain('Ella');
  });

  it('shrugs off a names list that is not a list of strings', async () => {
    const { el } = await mountCard(skolefeKortSamples.nameWarning);
    el.names = 'Frida' as never;
    await settle(el);
    el.names = [42, null, 'Frida'] as never;
    await settle(el);
    expect($(el, '#situation-warnings').textContent).to.contain('Frida');
  });

  it('does not block finishing for a warning', async () => {
    const { el } = await mountCard(skolefeKortSamples.nameWarning);
    setTimeout(() => $<HTMLButtonElement>(el, '#finish').click());
    await oneEvent(el, 'bn-complete');
  });
});

describe('<bn-skolefe-kort>: id, follow-up, hours, school or daycare', () => {
  it('gets a random id with the first change, never one made from the child', async () => {
    const { el } = await mountCard(skolefeKortSamples.empty);
    expect(el.value.cardId).to.equal('');
    $(el, '#situation').focus();
    await typeText('Træt');
    await settle(el);
    expect(el.value.cardId).to.match(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(shadowText(el)).to.contain(el.value.cardId);
    const { el: other } = await mountCard(skolefeKortSamples.empty);
    $(other, '#situation').focus();
    await typeText('Træt');
    expect(other.value.cardId).not.to.equal(el.value.cardId);
  });

  it('says when the follow-up is due, and when it is overdue, with the goal beside the result', async () => {
    const { el } = await mountCard(skolefeKortSamples.followUpDue);
    expect($(el, '.follow-up').dataset['state']).to.equal('due');
    expect($(el, '.follow-up').textContent).to.contain('30. november 2026');
    el.today = '2026-12-01';
    await settle(el);
    expect($(el, '.follow-up').dataset['state']).to.equal('overdue');
    expect($(el, '.follow-up').textContent).to.contain('forsinket');
    expect($(el, '.goal-mirror').textContent).to.contain(skolefeKortSamples.filled.goal);
  });

  it('shows the hours against the host’s allotment', async () => {
    const { el } = await mountCard(skolefeKortSamples.filled, { 'hours-allotment': '10' });
    expect($(el, '#hours-hint').textContent).to.contain('14 af 10 timer er brugt');
    expect(shadowText(el)).to.contain('flere timer end afsat');
  });

  it('takes the host’s title for the role, and daycare words', async () => {
    const { el } = await mountCard(skolefeKortSamples.filled, {
      'role-title': 'børnehavefe',
      setting: 'daycare',
    });
    expect($(el, 'h1').textContent!.trim()).to.equal('Børnehavefe-kort');
    expect(shadowText(el)).to.contain('Dagtilbud');
    expect(shadowText(el)).to.contain('Stue eller gruppe');
    expect($(el, '#referredBy').textContent).not.to.contain('Klasselæreren');
  });

  it('asks for consent with its date, the goal and the start before it completes', async () => {
    const { el } = await mountCard(skolefeKortSamples.empty);
    $(el, '#situation').focus();
    await typeText('Træt');
    await finish(el);
    const text = $(el, '#value-errors').textContent!;
    expect(text).to.contain('forældrenes samtykke');
    expect(text).to.contain('Ønsket mål for barnet skal udfyldes');
    expect(text).to.contain('Støtten begyndte skal udfyldes');
  });
});

describe('<bn-skolefe-kort>: the print', () => {
  const long = `${'Kommer ofte uden madpakke og er træt om morgenen. '.repeat(12)}Det sidste ord.`;
  const printedWhole = async (el: BnSkolefeKort) => {
    let shown: HTMLElement[] = [];
    const emulated = await withPrintMedia(() => {
      shown = [...el.shadowRoot!.querySelectorAll<HTMLElement>('textarea, .print-text')].filter(
        (n) =>
          n.getClientRects().length > 0 &&
          (n instanceof HTMLTextAreaElement ? n.value : n.textContent)!.includes('Det sidste ord.'),
      );
      expect(shown).to.have.length(1);
      expect(shown[0]!.scrollHeight).to.be.at.most(shown[0]!.clientHeight + 1);
    });
    return emulated || printRulesHide(el.shadowRoot!, '.guarded textarea');
  };

  it('prints a long free text whole, not cut off by its box (a parent reads the print)', async () => {
    const { el } = await mountCard({ ...skolefeKortSamples.filled, situation: long });
    expect(await printedWhole(el)).to.equal(true);
  });

  it('prints the answers: the choices taken, not every choice there is', async () => {
    const { el } = await mountCard(skolefeKortSamples.filled);
    const root = el.shadowRoot!;
    const choices = () =>
      [...root.querySelectorAll<HTMLElement>('.choice')].filter((c) => c.getClientRects().length);
    const checked = root.querySelectorAll('.choice input:checked').length;
    expect(choices().length).to.be.greaterThan(checked);
    const emulated = await withPrintMedia(() => {
      expect(choices()).to.have.length(checked);
      expect(choices().every((c) => c.querySelector('input')!.checked)).to.equal(true);
      // A question with nothing taken says so.
      const empty = [...root.querySelectorAll('.choices')].find(
        (c) => !c.querySelector(':checked'),
      )!;
      expect(getComputedStyle(empty, '::after').content).to.equal('"–"');
    });
    expect(emulated || printRulesHide(root, '.choice:has(input:not(:checked))')).to.equal(true);
  });
});
