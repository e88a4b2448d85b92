// The one list of standalone bundles the benchmark measures and the byte
// budgets guard. Adding a widget is adding one entry here and its budget in
// budgets.json, or declaring it in the widget's package.json (declared.mjs).
//
// Each entry:
//   id         '<package folder>/<tag>': the key in budgets.json and results.
//   package    the folder under packages/ (or apps/, for a private package
//              such as the test element) that builds the bundle.
//   file       the bundle, relative to the repository root; exportedFile()
//              finds it through the package's `exports`.
//   tag        the custom element the bundle defines.
//   value      the value set before the first render: a JSON value, or a
//              function returning one (for large generated values).
//   valueName  optional: what the value is (e.g. '60 people'); names its
//              time-to-first-render row. Default 'default'.
//   scenarios  optional extra timings, each { name, value } like above
//              (e.g. a value with 60 people). Bytes are measured once per
//              bundle; time to first render once per scenario.
//   interaction  optional: work per frame while the widget is used, timed in
//              fresh pages loaded with `value` after the first render:
//              { name, run, events, runs, viewport, on }. run is an interaction
//              from interactions.mjs; events the input event types to time
//              per frame (e.g. ['pointermove']); runs the timed runs (after
//              one warm-up run); viewport the page size, big enough for the
//              interaction to stay on screen; on the names of the values
//              (valueName and scenarios) to run it with, default the first.
//   goals      optional, reported beside the measures (goals.mjs), never
//              asserted: { renderCpuMs, frameWorkP95Ms }.
import { existsSync, realpathSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { declaredWidgets } from './declared.mjs';
import { dragAlong, spiral } from './interactions.mjs';
import { mangePersoner } from '@barnets-net/netvaerkskort/samples';
import { sagsmoede, treBoern } from '@barnets-net/oplysningsskema/samples';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * The file a package export (`@barnets-net/x/standalone`) points at, relative
 * to the repository root, found through the package's `exports`. It need not
 * be built yet: the budget tests then report it as missing.
 */
export function exportedFile(specifier) {
  // node_modules holds a link to the workspace: name the file by its real
  // place, following the link from the nearest part of the path that exists.
  let dir = fileURLToPath(import.meta.resolve(specifier));
  const rest = [];
  while (!existsSync(dir)) {
    rest.unshift(basename(dir));
    dir = dirname(dir);
  }
  return relative(repoRoot, join(realpathSync(dir), ...rest));
}

export const widgets = [
  {
    // The test element (apps/test-element, private): the floor every widget
    // starts from, an empty form on core's contract layer.
    id: 'test-element/bn-test-element',
    package: 'test-element',
    file: exportedFile('@barnets-net/test-element/standalone'),
    tag: 'bn-test-element',
    value: {
      schemaVersion: 2,
      name: 'Sofie',
      note: 'Mor har fortalt, at hun er i behandling. Sofie vil gerne tale med sin lærer.',
    },
  },
  {
    // The registration form alone: the budget and measure (three children).
    id: 'oplysningsskema/bn-oplysningsskema',
    package: 'oplysningsskema',
    file: 'packages/oplysningsskema/standalone/bn-oplysningsskema.js',
    tag: 'bn-oplysningsskema',
    value: treBoern,
  },
  {
    id: 'oplysningsskema/bn-oplysningsskema-oversigt',
    package: 'oplysningsskema',
    file: 'packages/oplysningsskema/standalone/bn-oplysningsskema-oversigt.js',
    tag: 'bn-oplysningsskema-oversigt',
    value: sagsmoede,
  },
  {
    // The measures: 60 people rendered, and the frames while one of
    // them is dragged across the map (200 pointer moves).
    id: 'netvaerkskort/bn-netvaerkskort',
    package: 'netvaerkskort',
    file: 'packages/netvaerkskort/standalone/bn-netvaerkskort.js',
    tag: 'bn-netvaerkskort',
    valueName: '60 people',
    value: () => mangePersoner(60),
    scenarios: [
      { name: '120 people', value: () => mangePersoner(120) },
      { name: '60 people, 50 versions', value: () => withVersions(mangePersoner(60), 50) },
    ],
    goals: { renderCpuMs: 16, frameWorkP95Ms: 8 },
    interaction: {
      name: 'drag, 200 moves',
      // p-11 is in the outer ring of the family sector; the path sweeps three
      // quarters of a turn across the other sectors, inwards to the first ring.
      run: dragAlong({
        handle: 'g.person[data-id="p-11"] .person-circle',
        area: 'svg.map',
        moves: 200,
        path: spiral({ turns: 0.75, endRadius: 0.4 }),
      }),
      events: ['pointermove'],
      runs: 3,
      viewport: { width: 1280, height: 960 },
      on: ['60 people', '120 people', '60 people, 50 versions'],
    },
  },
];

// And the widgets that declare their own entries ("barnetsNet.bench" in their package.json).
widgets.push(...(await declaredWidgets(repoRoot)));

/** The map with `count` saved versions, each the map as it is now (the most a map may keep is 50). */
function withVersions(map, count) {
  const versions = Array.from({ length: count }, (_, i) => {
    const day = new Date(Date.UTC(2025, 0, 1 + 7 * i)).toISOString().slice(0, 10);
    return { id: `v-${day}`, savedOn: day, label: '', child: map.child, people: map.people };
  });
  return { ...map, versions };
}

/** Absolute path of an entry's bundle. */
export const bundlePath = (entry) => resolve(repoRoot, entry.file);

/** The value to set before the first render, computed if given as a function. */
export const resolveValue = (value) => (typeof value === 'function' ? value() : value);

/** The timings to take for an entry: its own value first, then its scenarios. */
export const scenariosOf = (entry) => [
  { name: entry.valueName ?? 'default', value: entry.value },
  ...(entry.scenarios ?? []),
];

/** The names of the values an entry's interaction is timed with; none without one. */
export const interactionScenarios = (entry) =>
  entry.interaction ? (entry.interaction.on ?? [scenariosOf(entry)[0].name]) : [];
