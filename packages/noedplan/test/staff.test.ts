import { expect } from '@open-wc/testing';
import { $, $$, focus, settle, shadowText, typeDateBoxes } from '@barnets-net/testing';
import { drinkingWords, goToStep, mountPlan } from './fixtures.js';
import { noedplanSamples } from '../src/testing/samples.js';

describe('<bn-noedplan staff>: the staff overview', () => {
  it('shows and edits every step on one page, with the staff fields', async () => {
    const el = await mountPlan(noedplanSamples.filled, { staff: true });
    expect($$(el, '.screen section.step')).to.have.length(6);
    expect($(el, '#staff-title').textContent).to.contain('Til den voksne');
    $<HTMLButtonElement>(el, '#signs-mood').click();
    await settle(el);
    expect(el.value.plan.signs.picked).to.include('mood');
    $<HTMLInputElement>(el, '#parentsPermission-no').click();
    await settle(el);
    expect(el.value.staff.parentsPermission).to.equal('no');
  });

  it('refuses a day with the parents in the future', async () => {
    const el = await mountPlan(noedplanSamples.empty, { staff: true });
    focus(el, '#parentsReviewedOn');
    await typeDateBoxes('1', '1', '2999');
    $<HTMLButtonElement>(el, '#finish').click();
    await settle(el);
    expect(shadowText(el)).to.contain(
      'Datoen i «Gennemgået med forældrene» kan ikke ligge i fremtiden',
    );
  });

  it('starts a new plan and keeps the old one with its date', async () => {
    const el = await mountPlan(noedplanSamples.filled, { staff: true });
    let changes = 0;
    el.addEventListener('bn-change', () => changes++);
    $<HTMLButtonElement>(el, '#new-plan').click();
    await settle(el);
    const v = el.value;
    expect(changes).to.equal(1);
    expect(v.versions).to.have.length(1);
    expect(v.versions[0]!.plan).to.deep.equal(noedplanSamples.filled.plan);
    expect(v.versions[0]!.staff).to.deep.equal(noedplanSamples.filled.staff);
    expect(
      v.plan.people.map((p) => p.name),
      'the new plan starts from the old',
    ).to.deep.equal(['Mormor', 'Lone']);
    expect(v.staff.parentsReviewedOn, 'to go through with the parents again').to.equal('');
    expect($(el, '#versions-title').textContent).to.contain('Tidligere planer');
  });

  it('keeps the staff fields off the pocket card, and puts them on the A4 page', async () => {
    const el = await mountPlan(noedplanSamples.filled);
    const card = $(el, '.card-print').textContent!;
    const a4 = $(el, '.a4').textContent!.replace(/\s+/g, ' ');
    expect(card).not.to.contain('Jens');
    expect(a4).to.contain('Mor, behandler Jens og gruppeleder Anne');
    expect(a4).to.contain('Gennemgået med forældrene');
    expect(drinkingWords(card)).to.deep.equal([]);
  });

  it('keeps the staff lines on the A4 page when empty, to fill in by hand', async () => {
    const el = await mountPlan(noedplanSamples.empty);
    const a4 = $(el, '.a4');
    const text = a4.textContent!.replace(/\s+/g, ' ');
    for (const label of [
      'Gennemgået med forældrene',
      'Hvem deltog i gennemgangen?',
      'Forældrene giver',
    ])
      expect(text).to.contain(label);
    expect($$(el, '.a4 .write-on')).to.have.length(3);
  });

  it('on the child’s last step, the whole plan’s print stands apart, for the grown-up', async () => {
    const el = await mountPlan(noedplanSamples.filled);
    await goToStep(el, 6);
    const group = $(el, '.for-adult[role="group"]');
    expect(group.textContent).to.contain('Til den voksne');
    expect(group.querySelector('#print-page')).to.not.equal(null);
    expect(group.querySelector('#print-card')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows everything and edits nothing when readonly', async () => {
    const el = await mountPlan(noedplanSamples.filled, { staff: true });
    el.setAttribute('readonly', '');
    await settle(el);
    expect($$(el, '.screen input, .screen textarea')).to.have.length(0);
    expect(shadowText(el)).to.contain('Mormor').and.contain('Pandekage');
  });

  it('takes the host’s own step headings and helper texts', async () => {
    const el = await mountPlan();
    el.texts = { signs: { title: 'Hvordan ved jeg det?', hint: 'Vælg dem, der passer' } };
    await settle(el);
    expect($(el, '#step-title').textContent).to.equal('Hvordan ved jeg det?');
    expect(shadowText(el)).to.contain('Vælg dem, der passer');
  });

  it('shows the municipality’s own numbers after 112 and Børnetelefonen', async () => {
    const el = await mountPlan(noedplanSamples.filled, { staff: true });
    el.helplines = [{ label: 'Socialvagten', number: '33 17 33 33', hours: 'Hverdage 16-08' }];
    await settle(el);
    const lines = $$(el, '.screen .helplines li').map((li) =>
      li.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(lines[0]).to.contain('112');
    expect(lines[1]).to.contain('116 111');
    expect(lines[2]).to.contain('Socialvagten 33 17 33 33').and.contain('Hverdage 16-08');
  });
});

describe('<bn-noedplan> accessibility of every view', () => {
  it('has no axe violations in the staff overview, with an older plan', async () => {
    const el = await mountPlan(noedplanSamples.withOlderVersion, { staff: true });
    await expect(el).to.be.accessible();
  });

  it('has no axe violations on any step of the builder', async () => {
    const el = await mountPlan(noedplanSamples.filled);
    for (let step = 1; step <= 6; step++) {
      await expect(el, `step ${step}`).to.be.accessible();
      $<HTMLButtonElement>(el, step < 6 ? '#next' : '#finish').click();
      await settle(el);
    }
  });
});
