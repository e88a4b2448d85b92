import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { deepActiveElement, pressKey, settle, typeText } from '@barnets-net/testing';
import '../src/define.js';
import type { BnDialogmoede } from '../src/bn-dialogmoede.js';

type Step = () => Promise<void>;
const type =
  (text: string): Step =>
  () =>
    typeText(text);
const space: Step = () => pressKey('Space');
const enter: Step = () => sendKeys({ press: 'Enter' });
const date =
  (d: string, m: string, y: string): Step =>
  async () => {
    await typeText(d);
    await sendKeys({ press: 'Tab' });
    await typeText(m);
    await sendKeys({ press: 'Tab' });
    await typeText(y);
  };

/**
 * Presses Tab through the widget as a person would, doing what `steps`
 * says at each control it lands on (once), until it reaches `until`.
 */
async function walk(el: BnDialogmoede, until: string, steps: Record<string, Step> = {}) {
  const done = new Set<string>();
  for (let i = 0; i < 400; i++) {
    await sendKeys({ press: 'Tab' });
    await settle(el);
    const id = deepActiveElement()?.id ?? '';
    if (id === until) return;
    const step = steps[id];
    if (step && !done.has(id)) {
      done.add(id);
      await step();
      await settle(el);
    }
  }
  throw new Error(`Tab never reached #${until}`);
}

/** Goes on to the next state: the button, the review, its yes. */
async function goOn(el: BnDialogmoede) {
  if (deepActiveElement()?.id !== 'go-on') await walk(el, 'go-on');
  await enter();
  await settle(el);
  expect(deepActiveElement()?.id, 'the review, not the error summary').to.equal('review-h');
  await walk(el, 'confirm');
  await enter();
  await settle(el);
}

describe('<bn-dialogmoede>: with the keyboard only', function () {
  this.timeout(300_000);

  it('goes from a new form to «Mødet er holdt»', async () => {
    const page = await fixture<HTMLElement>(
      html`<div>
        <button>Før</button>
        <bn-dialogmoede lang="da" today="2026-12-05"></bn-dialogmoede>
      </div>`,
    );
    const el = page.querySelector('bn-dialogmoede')!;
    await settle(el);
    page.querySelector('button')!.focus();

    // The stop rule first: «Nej».
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()?.id).to.equal('stop-harm');
    await sendKeys({ press: 'ArrowDown' });
    await settle(el);
    expect(el.value.stop.harm).to.equal('no');

    await walk(el, 'go-on', {
      'child-name': type('Sofie'),
      'child-birthDate': date('14', '3', '2016'),
      'child-group': type('4.b'),
      'child-institution': type('Fjordby Skole'),
      'child-contact': type('Lise'),
      'child-leader': type('Jens'),
      'add-parent': enter,
      'parents-p1-name': type('Mette'),
      'parents-p1-custody': space,
      'parents-p1-livesWith': space,
      custodyKnows: space,
      'worry-wellbeing-seen': type('Græder ofte'),
      'worry-wellbeing-since': type('Efteråret'),
      'tried-what': type('Samtaler'),
      'tried-result': type('Lidt bedre'),
      strengths: type('Tegner godt'),
      'childView-view': type('Er træt'),
      'childView-invited': space,
      'alcohol-level': space,
      'parentsPart-words': type('Vi vil gerne have hjælp'),
      'parentsPart-on': date('20', '11', '2026'),
      'parentsPart-by': type('Lise'),
      'meeting-date': date('10', '12', '2026'),
      'meeting-time': type('9.30'),
      'meeting-place': type('Skolen'),
      'meeting-roles-parents-attends': space,
      'meeting-roles-leader-attends': space,
      // Part 1's leader, offered: one Enter writes him in.
      'meeting-roles-leader-name-offer': enter,
      'meeting-roles-visitator-attends': space,
      'before-talked': date('12', '11', '2026'),
      'before-agreed': date('14', '11', '2026'),
      'before-registered': date('17', '11', '2026'),
      'before-invited': date('18', '11', '2026'),
      'before-goneThrough': date('20', '11', '2026'),
    });
    expect(el.issues, 'nothing missing for the meeting').to.deep.equal([]);
    expect(el.value.meeting.roles.leader.name).to.equal('Jens');

    await goOn(el);
    expect(el.value.state).to.equal('reviewed');
    await goOn(el);
    expect(el.value.state).to.equal('ready');

    await walk(el, 'go-on', {
      'outcome-next': space,
      'add-consent': enter,
      'outcome-consents-c1-givenBy': type('M'),
      'outcome-consents-c1-status': space,
      'outcome-consents-c1-between': type('Skolen og familieafdelingen'),
      'outcome-consents-c1-purpose': type('Hjælp til Sofie'),
      'outcome-consents-c1-from': date('10', '12', '2026'),
      'outcome-consents-c1-until': date('30', '6', '2027'),
    });
    await goOn(el);
    expect(el.value.state).to.equal('held');
    expect(el.value.outcome.consents).to.deep.equal([
      {
        id: 'c1',
        givenBy: 'p1',
        status: 'given',
        between: 'Skolen og familieafdelingen',
        purpose: 'Hjælp til Sofie',
        from: '2026-12-10',
        until: '2027-06-30',
        note: '',
      },
    ]);
  });
});
