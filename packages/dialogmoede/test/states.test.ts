import { expect, oneEvent } from '@open-wc/testing';
import { $, query, settle } from '@barnets-net/testing';
import { dialogmoedeSamples as s } from '../src/testing/samples.js';
import type { DialogmoedeValue, MeetingState } from '../src/value/types.js';
import { mountForm, press, summaryLinks, textOf } from './fixtures.js';

const as = (v: DialogmoedeValue, state: MeetingState): DialogmoedeValue => ({ ...v, state });

describe('<bn-dialogmoede>: each change of state is refused until its parts are done', () => {
  const steps: [DialogmoedeValue, MeetingState, DialogmoedeValue, string[]][] = [
    // The draft misses parts 4–8; with them written, it may be gone through.
    [
      s.draft,
      'reviewed',
      as(s.reviewed, 'draft'),
      ['tried-what', 'parentsPart-on', 'custodyKnows'],
    ],
    [
      s.reviewed,
      'ready',
      as(s.ready, 'reviewed'),
      ['meeting-date', 'before-talked', 'meeting-roles-consultant-attends'],
    ],
    [s.ready, 'held', as(s.held, 'ready'), ['outcome-next', 'add-consent']],
  ];

  for (const [missing, target, done, links] of steps) {
    it(`refuses «${target}» with the error summary linking to what is missing, then allows it after a review`, async () => {
      const el = await mountForm(missing);
      await press(el, 'go-on');
      expect(el.value.state, 'refused').to.equal(missing.state);
      expect(el.shadowRoot!.activeElement?.id, 'the summary takes focus').to.equal(
        `${target}-errors`,
      );
      const found = summaryLinks(el, target);
      for (const id of links) expect(found, id).to.include(id);
      for (const id of found) expect(query(el, `#${id}`), `a link to #${id} lands`).to.exist;

      // Its links move focus to the field.
      $<HTMLAnchorElement>(el, `#${target}-errors a`).click();
      expect(el.shadowRoot!.activeElement?.id).to.equal(found[0]);

      el.value = done;
      await settle(el);
      await press(el, 'go-on');
      expect(query(el, '#review-h'), 'check your answers first').to.exist;
      expect(el.value.state, 'not yet').to.equal(missing.state);
      const complete = oneEvent(el, 'bn-complete');
      await press(el, 'confirm');
      expect((await complete).detail.value.state).to.equal(target);
      expect(el.value.state).to.equal(target);
      expect(el.shadowRoot!.activeElement?.id).to.equal('state-line');
      expect(textOf(el, '#state-line')).to.include(
        { reviewed: 'Gennemgået med forældrene', ready: 'Klar til mødet', held: 'Mødet er holdt' }[
          target as 'ready'
        ],
      );
    });
  }

  it('names every custody holder whose answer about consent is missing at once, not one after the other', async () => {
    const el = await mountForm({
      ...s.held,
      state: 'ready',
      outcome: { ...s.held.outcome, consents: [] },
    });
    await press(el, 'go-on');
    const summary = textOf(el, '#held-errors');
    expect(summary).to.include('Mette Holm');
    expect(summary).to.include('Anders Holm');
  });

  it('goes back from the review to the part to change, with the state unchanged', async () => {
    const el = await mountForm(as(s.reviewed, 'draft'));
    await press(el, 'go-on');
    await press(el, 'change-worry');
    expect(el.shadowRoot!.activeElement?.id).to.equal('part-worry');
    expect(el.value.state).to.equal('draft');
  });

  it('keeps the visitator’s list of what happens next out of the review gone through with the parents', async () => {
    const el = await mountForm(as(s.reviewed, 'draft'));
    await press(el, 'go-on');
    const review = textOf(el, '.review');
    expect(review).to.include('Forældrenes egen del');
    expect(review).not.to.include('§ 20');
    expect(review).not.to.include('Det sker nu');
    expect(query(el, '#outcome-next'), 'no part 11 before the meeting is ready').to.equal(null);
  });

  it('takes the host’s own list of what can happen next', async () => {
    const el = await mountForm(s.ready);
    el.outcomes = [
      { id: 'investigation', label: 'Børnefaglig undersøgelse' },
      { id: 'fast-track', label: 'Hurtig rådgivning' },
    ];
    await settle(el);
    expect(textOf(el, '#section-outcome')).to.include('Hurtig rådgivning');
    expect(textOf(el, '#section-outcome')).not.to.include('§ 19');
  });

  it('a value in a state its parts do not support is invalid in a form', async () => {
    const el = await mountForm(as(s.draft, 'held'));
    expect(el.checkValidity()).to.equal(false);
  });
});

describe('<bn-dialogmoede>: fields that check themselves', () => {
  it('checks a CPR number with core’s validator and against the birth date', async () => {
    const el = await mountForm({ ...s.draft, child: { ...s.draft.child, cpr: '12345' } });
    await press(el, 'finish');
    expect(summaryLinks(el, 'value')).to.include('child-cpr');
    el.value = { ...s.draft, child: { ...s.draft.child, cpr: '150316-1234' } };
    await settle(el);
    expect(el.issues.map((i) => i.field)).to.include('child-cpr');
    el.value = { ...s.draft, child: { ...s.draft.child, cpr: '140316-4234' } };
    await settle(el);
    expect(el.issues.map((i) => i.field)).not.to.include('child-cpr');
  });

  it('refuses a CPR number written in a free-text field', async () => {
    const el = await mountForm({ ...s.draft, strengths: 'Sofie 140316-1234' });
    expect(el.issues.map((i) => i.field)).to.include('strengths');
  });

  it('shows the child’s age from the birth date', async () => {
    const el = await mountForm(s.draft);
    expect(textOf(el, '#child-age')).to.include('10 år');
  });

  it('asks for the child consultant when alcohol is suspected', async () => {
    const el = await mountForm(s.reviewed);
    expect(textOf(el, '#section-alcohol')).to.include('inviteres kommunens børnekonsulent');
    const noConsultant = structuredClone(s.ready);
    noConsultant.meeting.roles.consultant.attends = false;
    el.value = { ...noConsultant, state: 'reviewed' };
    await settle(el);
    await press(el, 'go-on');
    expect(summaryLinks(el, 'ready')).to.include('meeting-roles-consultant-attends');
  });

  it('offers part 1’s leader and contact person in part 9, and writes them in only when asked', async () => {
    const v = structuredClone(s.ready);
    v.meeting.roles.leader.name = '';
    v.meeting.roles.teacher.name = '';
    const el = await mountForm({ ...v, state: 'reviewed' });
    expect(textOf(el, '#meeting-roles-leader-name-offer')).to.include(
      'Brug Jens Krogh, skoleleder',
    );
    expect(textOf(el, '#meeting-roles-teacher-name-offer')).to.include(
      'Brug Lise Bach, klasselærer',
    );
    expect(el.value.meeting.roles.leader.name, 'nothing written by itself').to.equal('');
    setTimeout(() => $<HTMLButtonElement>(el, '#meeting-roles-leader-name-offer').click());
    const change = await oneEvent(el, 'bn-change');
    await settle(el);
    expect(change.detail.value.meeting.roles.leader.name).to.equal('Jens Krogh, skoleleder');
    expect(el.shadowRoot!.activeElement?.id, 'focus in the box').to.equal(
      'meeting-roles-leader-name',
    );
    expect(query(el, '#meeting-roles-leader-name-offer')).to.equal(null);
    expect(el.value.meeting.roles.teacher.name).to.equal('');

    const readonly = await mountForm({ ...v, state: 'reviewed' }, { readonly: true });
    expect(query(readonly, '#meeting-roles-teacher-name-offer')).to.equal(null);
  });

  it('adds and removes a parent, with undo', async () => {
    const el = await mountForm(s.draft);
    await press(el, 'add-parent');
    expect(el.value.parents).to.have.length(3);
    expect(el.shadowRoot!.activeElement?.id).to.equal('p-p3-h');
    await press(el, 'p-p1-remove');
    expect(el.value.parents.map((p) => p.id)).to.deep.equal(['p2', 'p3']);
    expect(el.shadowRoot!.activeElement?.id).to.equal('undo-remove');
    await press(el, 'undo-remove');
    expect(el.value.parents.map((p) => p.id)).to.deep.equal(['p1', 'p2', 'p3']);
  });
});
