import type { DialogmoedeValue } from '../value/types.js';

/** Example values, shared by the tests, the stories, the bench and the demo. */
export const dialogmoedeSamples = {
  empty: { schemaVersion: 1, heading: '', note: '' },
  filled: {
    schemaVersion: 1,
    heading: 'Samtale om skoledagen',
    note: 'Sofie fortæller, at hun glæder sig til fredag.',
  },
} satisfies Record<string, DialogmoedeValue>;
