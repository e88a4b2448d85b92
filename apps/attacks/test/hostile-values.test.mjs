// Hostile text through `value`: every string a widget's value can carry gets
// a payload from the corpus (and one gets 100,000 characters), one field at
// a time. Nothing may run, no dialog may open, no on* attribute or code-
// carrying element may appear in the widget's tree, and what is shown
// shows as text.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { corpus, long } from '../src/corpus.mjs';
import { attackSite, auditInPage, visibleTextInPage } from '../src/page.mjs';
import { oneOfEachField, stringPaths, withString } from '../src/poison.mjs';
import { filled } from '../src/samples.mjs';
import { setValue } from '../src/set-in-page.mjs';
import { browserAndSites } from '../src/browser-and-sites.mjs';
import { openWatched } from '../src/watched-page.mjs';

const TIMEOUT = { timeout: 240_000 };
const run = browserAndSites({ site: () => attackSite(Object.keys(filled)) });

test('the audit sees what an attack would leave', async () => {
  const page = await run.browser.newPage();
  await page.setContent('<div id="host"></div>');
  const audit = await page.evaluate((fn) => {
    const root = document.getElementById('host').attachShadow({ mode: 'open' });
    const p = document.createElement('p');
    p.setAttribute('onclick', 'x()');
    const a = document.createElement('a');
    a.setAttribute('href', 'javascript:x()');
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    svg.append(document.createElementNS('http://www.w3.org/2000/svg', 'script'));
    root.append(p, a, svg);
    window.__pwned = 1;
    return new Function(`return (${fn})()`)();
  }, auditInPage.toString());
  await page.close();
  assert.deepEqual(audit, { bad: ['p[onclick]', 'javascript: link', '<script>'], pwned: 1 });
});

describe('hostile text set through value', () => {
  for (const [tag, sample] of Object.entries(filled)) {
    test(`<${tag}>: nothing runs, nothing turns into markup`, TIMEOUT, async () => {
      const { context, page, dialogs, errors } = await openWatched(run.browser, run.site, tag);

      const paths = oneOfEachField(stringPaths(sample));
      assert.ok(paths.length >= 3, `${tag}: the sample has too few strings (${paths.length})`);
      let accepted = 0;
      let shown = 0;
      for (const [i, path] of paths.entries()) {
        // A field with a length limit refuses a long payload: then a cut of it.
        const full = i === 0 ? long : corpus[i % corpus.length];
        let text = full;
        let took = await setValue(page, tag, withString(sample, path, text));
        if (!took && full.length > 30) {
          text = full.slice(0, 30);
          took = await setValue(page, tag, withString(sample, path, text));
        }
        if (!took) continue;
        accepted++;
        if ((await page.evaluate(visibleTextInPage, tag)).includes(text.slice(0, 200))) shown++;
        const audit = await page.evaluate(auditInPage);
        assert.deepEqual(audit.bad, [], `${tag} at ${path.join('.')}: markup from the value`);
      }
      // Let anything that might load and fail (img onerror) have its turn.
      await page.waitForTimeout(300);
      const audit = await page.evaluate(auditInPage);
      assert.equal(audit.pwned, 0, `${tag}: a payload ran`);
      assert.deepEqual(dialogs, [], `${tag}: a dialog opened`);
      assert.deepEqual(errors, [], `${tag}: uncaught errors`);
      assert.ok(accepted > 0, `${tag}: no poisoned value was accepted (of ${paths.length})`);
      assert.ok(shown > 0, `${tag}: no payload was shown as text (${accepted} accepted)`);
      await context.close();
    });
  }
});
