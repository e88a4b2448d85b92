import { expect, fixture, html } from '@open-wc/testing';
import { $, $$, button, focus, press, settle, shadowText, typeText } from '@barnets-net/testing';
import '../src/define.js';
import type { BnOplysningsskema } from '../src/bn-oplysningsskema.js';
import type { Child } from '../src/elements.js';
import { LIMITS } from '../src/value/limits.js';
import { completeChild, registration } from './fixtures.js';

type El = BnOplysningsskema;
const labels = (el: El, field: string) =>
  [...$(el, `#${field}`).closest('fieldset')!.querySelectorAll('label.choice')].map((l) =>
    l.textContent!.trim(),
  );

/** The form with one child, open in the child editor. */
async function editing(child: Partial<Child> = {}, attrs = html``) {
  const el = await fixture<El>(
    html`<bn-oplysningsskema today="2026-11-22">${attrs}</bn-oplysningsskema>`,
  );
  el.value = registration([completeChild(child)]);
  await settle(el);
  button(el, /Ret/).click();
  await settle(el);
  return el;
}

describe('<bn-oplysningsskema> asks Kolding’s questions in today’s terms', () => {
  it('asks for the parents as roles, and says custody in words that fit them', async () => {
    const el = await editing({ parents: ['partner', 'other-parent'], custody: '' });
    expect(shadowText(el)).to.include('Hvem er barnets forældre?');
    const custody = labels(el, 'child-custody');
    expect(custody).to.include('Partneren alene').and.include('Den anden forælder alene');
    expect(custody).not.to.include('Borgeren alene');
    expect(custody.join()).to.include('plejeforældre').and.not.include('kommunen');
    await expect(el).to.be.accessible();
  });

  it('asks about contact visits for a placed child, and not for one living with the client', async () => {
    const placed = await editing({ residence: 'placed', contact: 'yes' });
    expect(labels(placed, 'child-residence')).to.include(
      'Bor hos andre i familien eller netværket',
    );
    expect(shadowText(placed)).to.include('Har barnet samvær med borgeren?');
    focus(placed, '#child-contactForm');
    await typeText('Overvåget');
    await press('Tab');
    await settle(placed);
    expect(placed.value.children[0]).to.include({
      residence: 'placed',
      contact: 'yes',
      contactForm: 'Overvåget',
    });
    // With the other parent and no contact: said as it is.
    const none = await editing({ residence: 'with-other-parent', contact: 'no' });
    expect(shadowText(none)).not.to.include('Hvor ofte?');
    const home = await editing({ residence: 'with-client' });
    expect(shadowText(home)).not.to.include('Har barnet samvær med borgeren?');
  });

  it('takes "no cooperation" as an answer, apart from no answer', async () => {
    const el = await editing({ cooperation: '' });
    focus(el, '#child-cooperation');
    await press('ArrowRight'); // no
    await settle(el);
    expect(el.value.children[0]!.cooperation).to.equal('no');
    expect(shadowText(el)).to.include('Er der andre støttende indsatser for barnet?');
    expect(shadowText(el)).not.to.include('foranstaltning');
  });

  it('records the parents’ permission for the child to talk with staff: given, by whom, when', async () => {
    const el = await editing();
    $(el, '#child-consent').click(); // yes
    await settle(el);
    focus(el, '#child-consentBy');
    await typeText('Begge forældre');
    await press('Tab');
    await typeText('3');
    await press('Tab');
    await typeText('11');
    await press('Tab');
    await typeText('2026');
    await press('Tab');
    await settle(el);
    expect(el.value.children[0]).to.include({
      consent: 'yes',
      consentBy: 'Begge forældre',
      consentOn: '2026-11-03',
    });
  });

  it('offers a youth group and a family course, and a decline is the family’s', async () => {
    const el = await editing();
    expect($(el, '#child-offer-youthGroup')).to.exist;
    expect($(el, '#child-offer-familyCourse')).to.exist;
    const statuses = [...$(el, '#child-offer-childrensGroup').querySelectorAll('option')].map((o) =>
      o.textContent!.trim(),
    );
    expect(statuses).to.include('Familien har takket nej').and.not.include('Har sagt nej tak');
  });

  it('names the child specialist as the host does', async () => {
    const el = await fixture<El>(
      html`<bn-oplysningsskema
        today="2026-11-22"
        specialist-title="børnekonsulent"
      ></bn-oplysningsskema>`,
    );
    el.value = registration([completeChild({ involveSpecialist: 'yes' })]);
    await settle(el);
    button(el, /Gennemse og gem/).click();
    await settle(el);
    expect(shadowText(el))
      .to.include('Husk at inddrage en børnekonsulent om Mia.')
      .and.include('Inddrag en børnekonsulent');
  });

  it('keys the review by questions and nouns: «Borgerens bekymring: Ved ikke»', async () => {
    const el = await fixture<El>(
      html`<bn-oplysningsskema today="2026-11-22"></bn-oplysningsskema>`,
    );
    el.value = registration([completeChild({ clientWorried: 'unknown' })]);
    await settle(el);
    button(el, /Gennemse og gem/).click();
    await settle(el);
    const rows = $$(el, '.review-part .summary-row').map((r) =>
      [r.querySelector('dt')!.textContent!.trim(), r.querySelector('dd')!.textContent!.trim()].join(
        ': ',
      ),
    );
    expect(rows).to.include('Borgerens bekymring: Ved ikke');
    expect(rows.join()).not.to.include('er bekymret');
  });

  it('names two parents mid-sentence in lower case: «Borgeren og en anden forælder»', async () => {
    const el = await fixture<El>(
      html`<bn-oplysningsskema today="2026-11-22"></bn-oplysningsskema>`,
    );
    el.value = registration([completeChild({ parents: ['client', 'other-parent'] })]);
    await settle(el);
    expect(shadowText(el)).to.include('Forældre: Borgeren og en anden forælder');
    button(el, /Gennemse og gem/).click();
    await settle(el);
    const parents = $$(el, '.review-part .summary-row').find(
      (r) => r.querySelector('dt')!.textContent!.trim() === 'Forældre',
    )!;
    expect(parents.querySelector('dd')!.textContent!.trim()).to.equal(
      'Borgeren og en anden forælder',
    );
    el.lang = 'en';
    await settle(el);
    expect(shadowText(el)).to.include('The client and another parent');
  });

  it("puts a child’s name into the flag texts as written, «$&-$'» and all", async () => {
    const el = await fixture<El>(
      html`<bn-oplysningsskema today="2026-11-22"></bn-oplysningsskema>`,
    );
    el.value = registration([
      completeChild({ name: "$&-$'", clientWorried: 'yes', familyCase: 'yes' }),
    ]);
    await settle(el);
    expect($(el, '[part="attention-flags"]').textContent).to.include(
      "Der er bekymring for $&-$' (8 år). Giv bekymringen videre til sagsbehandleren",
    );
  });
});

describe('<bn-oplysningsskema> fields and their limits', () => {
  it('gives every text box the schema’s limit, and counts near it', async () => {
    const el = await editing({
      residence: 'placed',
      contact: 'yes',
      custody: 'others',
      consent: 'yes',
    });
    for (const [key, max] of Object.entries(LIMITS)) {
      const box = $$<HTMLInputElement>(el, `#child-${key}, #client-${key}, #child-offer-${key}`)[0];
      if (box) expect(box.maxLength, key).to.equal(max);
    }
    expect($<HTMLTextAreaElement>(el, '#child-workerAssessment').maxLength).to.equal(2000);
    expect($<HTMLInputElement>(el, '#child-contactFrequency').maxLength).to.equal(200);
    focus(el, '#child-contactFrequency');
    await typeText('x'.repeat(185));
    await settle(el);
    const count = $(el, '#child-contactFrequency').closest('.field')!.nextElementSibling!;
    expect(count.textContent).to.include('15 tegn tilbage').and.include('højst 200 tegn');
  });

  it('says the age once the date is complete, not on every keystroke', async () => {
    const el = await fixture<El>(
      html`<bn-oplysningsskema today="2026-11-22"></bn-oplysningsskema>`,
    );
    button(el, /Tilføj et barn/).click();
    await settle(el);
    expect($(el, '.age').closest('[aria-live]')).to.equal(null);
    const status = () => $(el, '#status').textContent!.trim();
    focus(el, '#child-birth');
    const said: string[] = [];
    for (const [keys, tab] of [
      ['27', true],
      ['3', true],
      ['2', false],
      ['0', false],
      ['1', false],
      ['8', false],
    ] as const) {
      await typeText(keys);
      if (tab) await press('Tab');
      await settle(el);
      said.push(status());
    }
    expect(said.slice(0, -1).some((s) => s.includes('Alder'))).to.equal(false);
    expect(said.at(-1)).to.equal('Alder: 8 år');
  });

  it('breaks long Danish words in a 246 px column rather than overflowing it', async () => {
    const wrap = await fixture(
      html`<div style="inline-size: 246px" lang="da">
        <bn-oplysningsskema today="2026-11-22"></bn-oplysningsskema>
      </div>`,
    );
    const el = wrap.querySelector<El>('bn-oplysningsskema')!;
    el.value = registration([completeChild({ involveSpecialist: 'yes', clientWorried: 'yes' })]);
    await settle(el);
    button(el, /Gennemse og gem/).click();
    await settle(el);
    for (const node of $$(el, '.review-part dt, .flags h3')) {
      expect(node.scrollWidth, node.textContent!).to.be.at.most(node.clientWidth + 1);
      expect(node.getBoundingClientRect().right).to.be.at.most(
        wrap.getBoundingClientRect().right + 1,
      );
    }
  });
});
