// Proven outside the monorepo: the packed tarballs, installed into a fresh
// project, in each way a web team embeds them, under the README's strict
// Content-Security-Policy in Chromium.
import assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { freshProject } from '../src/pack-install.mjs';
import { serve, strictPolicy } from '../../../scripts/serve-static.mjs';
import { launch, visit } from '../src/visit.mjs';
import { buildReactApp, typecheckReact } from '../src/react-app.mjs';
import {
  buildVite,
  buildWebpack,
  installedWidgets,
  typecheckHost,
  writePlainPages,
  writeSharedPage,
} from '../src/web-team.mjs';

const LONG = { timeout: 300_000 };
let root;
let project;
let browser;
let server;
let widgets;

before(async () => {
  ({ root, project } = freshProject());
  widgets = installedWidgets(project);
  browser = await launch();
  server = await serve(project);
}, LONG);

after(async () => {
  await browser?.close();
  await server?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

/** Visits `path` and asserts a clean page with every tag rendered; returns the visit. */
async function clean(path, tags, origin = server.url) {
  const v = await visit(browser, `${origin}${path}`, tags);
  assert.deepEqual(v.problems, [], `${path}: problems`);
  assert.deepEqual(v.elsewhere, [], `${path}: requests beyond the page's origin`);
  return v;
}

test('the tarballs installed every widget, with no workspace link', () => {
  const names = widgets.map((w) => w.name).sort();
  assert.deepEqual(names, [
    '@barnets-net/dialogmoede',
    '@barnets-net/netvaerkskort',
    '@barnets-net/noedplan',
    '@barnets-net/oplysningsskema',
    '@barnets-net/skolefe',
  ]);
  for (const w of widgets) assert.ok(!w.dir.includes('/packages/'), w.dir);
});

describe('plain HTML under the strict policy', () => {
  test('each standalone file, copied beside its page', LONG, async () => {
    for (const p of writePlainPages(project)) {
      const v = await clean(p.path, p.tags);
      await v.context.close();
    }
  });

  test('every widget on one page through @barnets-net/elements', LONG, async () => {
    const tags = widgets.flatMap((w) => w.tags);
    const p = writeSharedPage(project, tags);
    const v = await clean(p.path, p.tags);
    await v.context.close();
  });
});

describe('bundlers importing by package name', () => {
  test('Vite: every widget renders, the theme CSS reaches the output', LONG, async () => {
    const p = await buildVite(project, widgets);
    const v = await clean(p.path, p.tags);
    const themed = await v.page.evaluate(() =>
      getComputedStyle(document.body).getPropertyValue('--bn-color-primary').trim(),
    );
    assert.notEqual(themed, '', 'the DKFDS theme applies to the page');
    await v.context.close();
  });

  test('webpack 5: every widget renders, the theme CSS reaches the output', LONG, async () => {
    const p = await buildWebpack(project, widgets);
    assert.ok(p.css.length > 0, 'webpack emitted no CSS: the theme import was dropped');
    const css = p.css.map((f) => readFileSync(join(p.dist, f), 'utf8')).join('');
    assert.match(css, /dkfds/, 'the DKFDS theme is in the CSS');
    // webpack loads its chunks (the English catalogues) through its own policy.
    const webpackServer = await serve(project, { policy: strictPolicy(['webpack']) });
    try {
      const v = await clean(p.path, p.tags, webpackServer.url);
      await v.page.evaluate(() => document.documentElement.setAttribute('lang', 'en'));
      await v.page.waitForFunction(() =>
        /network map/i.test(
          document.querySelector('bn-netvaerkskort')?.shadowRoot?.textContent ?? '',
        ),
      );
      assert.deepEqual(v.problems, [], 'English chunks load cleanly');
      await v.context.close();
    } finally {
      await webpackServer.close();
    }
  });
});

describe('a strict TypeScript host', () => {
  test('type-checks against the installed types', LONG, () => {
    assert.doesNotThrow(() => typecheckHost(project));
  });

  test('type-checks TSX against the React wrappers, and refuses wrong details', LONG, () => {
    const { expected, clean: out, broken } = typecheckReact(project);
    assert.equal(out, '', 'the TSX with its @ts-expect-error markers type-checks');
    assert.ok(expected >= 4, 'the TSX keeps its deliberate mistakes');
    assert.equal(broken.match(/error TS/g)?.length, expected, `one error per marker:\n${broken}`);
  });
});

describe('React 19 through the generated wrappers', () => {
  let v;
  const read = (fn, arg) => v.page.evaluate(fn, arg);
  /** Each element's value and React's state for it, as JSON. */
  /** Waits until `count` bn-change events of `tag` reached React and its state is the element's value. */
  const settled = (tag, count) =>
    v.page.waitForFunction(
      ([t, n]) =>
        window.changes.filter((c) => c.tag === t).length === n &&
        JSON.stringify(window.state[t]) === JSON.stringify(document.querySelector(t).value),
      [tag, count],
    );
  const values = () =>
    read(() =>
      Object.fromEntries(
        [...document.querySelectorAll('.widget')].map((el) => [
          el.localName,
          { element: JSON.stringify(el.value), state: JSON.stringify(window.state[el.localName]) },
        ]),
      ),
    );

  before(async () => {
    const p = await buildReactApp(project);
    v = await clean(
      p.path,
      widgets.flatMap((w) => w.tags),
    );
  }, LONG);

  after(() => v?.context.close());

  test('every widget package exports ./react, and the app renders every element', async () => {
    for (const w of widgets) {
      const pkg = JSON.parse(readFileSync(join(w.dir, 'package.json'), 'utf8'));
      assert.deepEqual(pkg.exports['./react'], {
        types: './dist/react.d.ts',
        default: './dist/react.js',
      });
    }
    const rendered = await read(() => window.beforeLoad.map((b) => b.tag));
    assert.deepEqual(rendered.sort(), widgets.flatMap((w) => w.tags).sort());
  });

  test('rendered before the modules loaded, nothing set then was lost', async () => {
    for (const b of await read(() => window.beforeLoad)) {
      assert.equal(b.defined, false, `${b.tag} was defined before the first render`);
      assert.equal(b.valueAttribute, null, `${b.tag}: value became an attribute`);
      assert.ok(b.valueOnInstance, `${b.tag}: value was not set as a property`);
    }
    const now = await read(() =>
      [...document.querySelectorAll('.widget')].map((el) => ({
        tag: el.localName,
        value: JSON.stringify(el.value),
        sample: JSON.stringify(window.samples[el.localName]),
        attributes: el.getAttributeNames().sort(),
        name: el.getAttribute('name'),
        // A property set before the upgrade and never taken over hides the class's accessor.
        hiding: Object.keys(el).filter((key) => {
          for (let p = Object.getPrototypeOf(el); p; p = Object.getPrototypeOf(p)) {
            const d = Object.getOwnPropertyDescriptor(p, key);
            if (d) return Boolean(d.get || d.set);
          }
          return false;
        }),
      })),
    );
    for (const el of now) {
      assert.equal(el.value, el.sample, `${el.tag} holds the value React gave it`);
      assert.ok(!el.attributes.includes('value'), `${el.tag} has no value attribute`);
      assert.ok(el.attributes.includes('data-testid'), `${el.tag}: attributes pass through`);
      assert.equal(el.name, el.tag, `${el.tag}: name set as a property reflects`);
      assert.deepEqual(el.hiding, [], `${el.tag}: properties set early were not taken over`);
    }
  });

  test('the form posts the value of each widget under its name', async () => {
    await v.page.click('#send');
    await v.page.waitForFunction(() => window.posted);
    const posted = await read(() => window.posted);
    for (const [tag, { element }] of Object.entries(await values()))
      assert.deepEqual(JSON.parse(posted[tag]), JSON.parse(element), `${tag} in the form data`);
  });

  test('controlled: bn-change sets React state, React sets it back, Undo still works', async () => {
    const tag = 'bn-netvaerkskort';
    const renders = await read((t) => window.renders[t], tag);
    await v.page.locator(`${tag} #add-person`).click();
    await v.page.keyboard.type('Moster');
    await v.page.locator(`${tag} dialog .actions .button`).first().click();
    await settled(tag, 1);
    const added = await read(
      (t) => ({
        people: window.state[t].people.map((p) => p.name),
        sample: window.samples[t].people.length,
        renders: window.renders[t],
      }),
      tag,
    );
    assert.equal(added.people.length, added.sample + 1, 'the detail carried the added person');
    assert.ok(added.people.includes('Moster'));
    assert.ok(added.renders > renders, 'React rendered the new state');
    const { element, state } = (await values())[tag];
    assert.equal(element, state, 'the element holds what React holds');

    await v.page.locator(`${tag} #undo`).click();
    await settled(tag, 2);
    const undone = (await values())[tag];
    const sample = await read((t) => JSON.stringify(window.samples[t]), tag);
    assert.equal(undone.element, sample, 'Undo brought the first map back');
    assert.equal(undone.state, sample, 'and bn-change told React');
  });

  test('typing in a widget reaches onBnChange and React state', async () => {
    for (const [tag, field] of [
      ['bn-skolefe-kort', '#goal'],
      ['bn-oplysningsskema', '#client-worker'],
    ]) {
      await v.page.locator(`${tag} ${field}`).first().focus();
      await v.page.keyboard.type(' ok');
      await v.page.keyboard.press('Tab');
      await settled(tag, 1);
      const { element, state } = (await values())[tag];
      assert.equal(state, element, `${tag}: React holds the changed value`);
      assert.notEqual(state, await read((t) => JSON.stringify(window.samples[t]), tag));
    }
  });

  test('a value React sets after the module loaded goes in as a property', async () => {
    const tag = 'bn-skolefe-kort';
    await read((t) => window.setters[t](window.empty[t]), tag);
    await v.page.waitForFunction(
      (t) => JSON.stringify(document.querySelector(t).value) === JSON.stringify(window.empty[t]),
      tag,
    );
    assert.equal(await read((t) => document.querySelector(t).getAttribute('value'), tag), null);
  });
});
