// The one list of standalone bundles the benchmark measures and the byte
// budgets guard. Adding a widget is adding one entry here and its budget in
// budgets.json.
//
// Each entry:
//   id         '<package folder>/<tag>': the key in budgets.json and results.
//   package    the folder under packages/ that builds the bundle.
//   file       the bundle, relative to the repository root.
//   tag        the custom element the bundle defines.
//   value      the value set before the first render: a JSON value, or a
//              function returning one (for large generated values).
//   scenarios  optional extra timings, each { name, value } like above
//              (e.g. a value with 60 people). Bytes are measured once per
//              bundle; time to first render once per scenario.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { caseMeeting, twoChildren } from './samples/oplysningsskema.mjs';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

export const widgets = [
  {
    id: 'core/bn-test-element',
    package: 'core',
    file: 'packages/core/standalone/bn-test-element.js',
    tag: 'bn-test-element',
    value: {
      schemaVersion: 2,
      name: 'Sofie',
      note: 'Mor har fortalt, at hun er i behandling. Sofie vil gerne tale med sin lærer.',
    },
  },
  {
    // The registration form alone: the budget and measure (two children).
    id: 'oplysningsskema/bn-oplysningsskema',
    package: 'oplysningsskema',
    file: 'packages/oplysningsskema/standalone/bn-oplysningsskema.js',
    tag: 'bn-oplysningsskema',
    value: twoChildren,
  },
  {
    id: 'oplysningsskema/bn-oplysningsskema-oversigt',
    package: 'oplysningsskema',
    file: 'packages/oplysningsskema/standalone/bn-oplysningsskema-oversigt.js',
    tag: 'bn-oplysningsskema-oversigt',
    value: caseMeeting,
  },
];

/** Absolute path of an entry's bundle. */
export const bundlePath = (entry) => resolve(repoRoot, entry.file);

/** The value to set before the first render, computed if given as a function. */
export const resolveValue = (value) => (typeof value === 'function' ? value() : value);

/** The timings to take for an entry: its own value first, then its scenarios. */
export const scenariosOf = (entry) => [
  { name: 'default', value: entry.value },
  ...(entry.scenarios ?? []),
];
