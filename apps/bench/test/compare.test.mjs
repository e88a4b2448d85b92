// The comparison's three pages are real, usable forms holding the same
// registration: built with Vite, loaded in Chromium, filled and checked. No
// timing is asserted here; bytes are facts of the built files.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { chromium } from 'playwright-core';
import { treBoern } from '@barnets-net/oplysningsskema/samples';
import { chromiumArgs, chromiumPath } from '../../../scripts/browsers.mjs';
import { buildPeers } from '../peers/build.mjs';
import { childFields, clientFields } from '../peers/shared/fields.js';
import { bytesOf, loadUsable, serveComparison } from '../src/compare.mjs';
import { contenders } from '../src/compare-pages.mjs';

const require = createRequire(import.meta.url);
const schema = require('@barnets-net/oplysningsskema/schema.json');

/** A schema object's leaf fields by dotted name; `offers` is a nested object. */
const leafNames = (properties, skip = []) =>
  Object.entries(properties)
    .filter(([k]) => !skip.includes(k))
    .flatMap(([k, p]) =>
      p.type === 'object' ? Object.keys(p.properties).map((n) => `${k}.${n}`) : [k],
    );

test("the peers ask for exactly the form's fields (its published value schema)", () => {
  const { client, children } = schema.properties;
  assert.deepEqual(clientFields.map((f) => f.name).sort(), leafNames(client.properties).sort());
  assert.deepEqual(
    childFields.map((f) => f.name).sort(),
    leafNames(children.items.properties, ['id']).sort(),
  );
});

describe('the three pages', () => {
  let browser;
  let origin;
  let close;

  before(async () => {
    await buildPeers();
    ({ origin, close } = await serveComparison());
    const executablePath = chromiumPath();
    assert.ok(executablePath, 'Chromium not found (CHROME_PATH or /usr/bin/chromium)');
    browser = await chromium.launch({ executablePath, args: chromiumArgs });
  });

  after(async () => {
    await browser?.close();
    close?.();
  });

  test('bytes: every page fetches something; SurveyJS brings survey-core and its stylesheet', () => {
    for (const c of contenders()) {
      const b = bytesOf(c);
      assert.ok(b.raw > 0 && b.gzip > 0 && b.brotli > 0, `${c.id}: ${JSON.stringify(b)}`);
      assert.ok(b.brotli < b.raw, `${c.id}: brotli smaller than raw`);
    }
    const survey = contenders().find((c) => c.id === 'surveyjs');
    const js = readFileSync(survey.files['peer.js'], 'utf8');
    // survey-core does not export its package.json: read it beside its main file.
    const main = require.resolve('survey-core');
    const { version } = JSON.parse(readFileSync(join(dirname(main), 'package.json'), 'utf8'));
    assert.ok(js.includes("survey-core has version '"), 'survey-core is in the bundle');
    assert.ok(js.includes(version), `survey-core ${version} is in the bundle`);
    assert.ok(readFileSync(survey.files['peer.css'], 'utf8').includes('.sd-'), 'its theme CSS');
  });

  test('<bn-oplysningsskema>: usable with the registration, its reference in the first field', async () => {
    const r = await loadUsable(browser, `${origin}/bn-oplysningsskema/`);
    assert.equal(r.firstFieldValue, treBoern.client.reference);
    assert.ok(r.usable >= r.moduleReady);
  });

  test('SurveyJS: the same questions, the three children, and the same rules', async () => {
    const out = await loadUsable(browser, `${origin}/surveyjs/`, (page, r) =>
      page.evaluate((r) => {
        const s = window.__survey;
        const children = s.getQuestionByName('children');
        const errorsOf = (q) => {
          q.validate(true);
          return q.errors.map((e) => e.text);
        };
        const res = {
          firstFieldValue: r.firstFieldValue,
          client: s.getPanelByName('client').questions.length,
          template: children.template.questions.length,
          panels: children.panels.length,
          titles: [...document.querySelectorAll('.sd-panel__title')].map((e) =>
            e.textContent.trim(),
          ),
          validAsLoaded: s.validate(false),
        };
        s.setValue('reference', 'Oliver 030914-1234');
        res.cpr = errorsOf(s.getQuestionByName('reference'));
        s.setValue('reference', 'RC-1');
        const sebastian = children.panels[2];
        sebastian.getQuestionByName('birthYear').value = undefined;
        res.birth = errorsOf(sebastian.getQuestionByName('birthYear'));
        sebastian.getQuestionByName('birthDate').value = '2999-01-01';
        res.future = errorsOf(sebastian.getQuestionByName('birthDate'));
        sebastian.getQuestionByName('name').value = '';
        res.name = errorsOf(sebastian.getQuestionByName('name'));
        res.validAfter = s.validate(false);
        return res;
      }, r),
    );
    assert.equal(out.firstFieldValue, treBoern.client.reference);
    assert.equal(out.client, clientFields.length);
    assert.equal(out.template, childFields.length);
    assert.equal(out.panels, 3);
    assert.deepEqual(out.titles, ['Borgeren', ...treBoern.children.map((c) => c.name)]);
    assert.equal(out.validAsLoaded, true);
    assert.deepEqual(out.cpr, [
      'Borgerens reference ser ud til at indeholde et CPR-nummer. Skriv det ikke her',
    ]);
    assert.deepEqual(out.birth, ['Skriv barnets fødselsdato eller fødselsår']);
    assert.deepEqual(out.future, ['Fødselsdato kan ikke ligge i fremtiden']);
    assert.deepEqual(out.name, ['Skriv barnets fornavn eller initialer']);
    assert.equal(out.validAfter, false);
  });

  test('hand-written Lit: submits the registration in a <form>, and blocks an incomplete one', async () => {
    const out = await loadUsable(browser, `${origin}/lit/`, async (page) => {
      const submitted = () =>
        page.evaluate(() => {
          const form = document.querySelector('form');
          let data = null;
          form.addEventListener(
            'submit',
            (e) => (data = new FormData(e.target).get('registrering')),
            {
              once: true,
            },
          );
          form.requestSubmit();
          return data;
        });
      const el = page.locator('registration-lit');
      const res = { cards: await el.locator('li').count(), asLoaded: await submitted() };
      await el.locator('#client-reference').fill('');
      res.empty = await submitted();
      res.shown = await el.locator('.error').allTextContents();
      await el.locator('#client-reference').fill('0309141234');
      res.cpr = await el.locator('.error').allTextContents();
      await el.locator('#client-reference').fill('RC-2');
      await el.getByRole('button', { name: 'Tilføj et barn mere' }).click();
      await el.getByRole('button', { name: 'Gem barnet' }).click();
      res.childErrors = await el.locator('.error').count();
      await el.locator('#child-name').fill('Ida');
      await el.getByLabel('Borgeren', { exact: true }).check();
      await el.locator('#child-birthYear').fill('2019');
      await el.getByLabel('Forældrene i fællesskab').check();
      await el.getByLabel('Bor hos borgeren').check();
      for (const group of ['familyCase', 'clientWorried', 'workerWorried'])
        await el.locator(`input[name="child-${group}"][value="no"]`).check();
      await el.getByRole('button', { name: 'Gem barnet' }).click();
      res.after = await submitted();
      return res;
    });
    assert.equal(out.cards, 3);
    assert.deepEqual(JSON.parse(out.asLoaded), treBoern);
    assert.equal(out.empty, null, 'an empty reference blocks the submit');
    assert.ok(out.shown.some((t) => t.includes('Skriv borgerens reference, fx journalnummer')));
    assert.ok(out.cpr.some((t) => t.includes('ser ud til at indeholde et CPR-nummer')));
    assert.ok(out.childErrors >= 8, `a new child's required answers: ${out.childErrors} shown`);
    const after = JSON.parse(out.after);
    assert.equal(after.client.reference, 'RC-2');
    assert.equal(after.children.length, 4);
    assert.deepEqual(
      {
        name: after.children[3].name,
        parents: after.children[3].parents,
        birthYear: after.children[3].birthYear,
      },
      { name: 'Ida', parents: ['client'], birthYear: 2019 },
    );
  });
});
