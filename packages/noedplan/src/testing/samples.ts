import type { NoedplanValue } from '../value/types.js';
import { emptyValue } from '../model/plan.js';

/**
 * Example values, shared by the tests, the stories, the bench and the demo.
 * The people match the trusted people of the network map's samples
 * (`foersteKort`); their phone numbers are made up.
 */
const finished: NoedplanValue = {
  schemaVersion: 1,
  plan: {
    signs: { picked: ['voice', 'tummy'], own: ['Der er stille i huset'] },
    actions: { picked: ['room', 'music', 'call'], own: ['Kramme Bamse'] },
    people: [
      {
        id: 'p-mormor',
        name: 'Mormor',
        relation: 'mormor',
        phone: '23 45 67 89',
        knowsPlan: true,
        mapId: 'mormor',
      },
      {
        id: 'p-laerer',
        name: 'Lone',
        relation: 'lærer',
        phone: '+45 31 22 44 55',
        knowsPlan: false,
        mapId: 'laerer-lone',
      },
    ],
    places: [
      { id: 's-nabo', name: 'Hos Birthe ved siden af', address: 'Skovvej 3' },
      { id: 's-mormor', name: 'Hos mormor', address: '' },
    ],
    callScript: 'Jeg hedder Sofie. Jeg er hjemme på Skovvej 1. Jeg er bange og vil gerne hentes.',
    codeWord: 'Pandekage',
    copies: 'Mormor og Lone',
    siblings: 'Min lillebror Emil. Mormor passer på ham.',
    reviewOn: '2027-03-01',
    card: { firstPerson: true, codeWord: true, firstPlace: false },
  },
  staff: {
    parentsReviewedOn: '2026-11-20',
    parentsPresent: 'Mor, behandler Jens og gruppeleder Anne',
    parentsPermission: 'yes',
  },
  versions: [],
};

export const noedplanSamples = {
  empty: emptyValue(),
  filled: finished,
  /** After a relapse: a new plan, the first one kept with its date. */
  withOlderVersion: {
    ...finished,
    plan: { ...finished.plan, reviewOn: '2027-06-01', codeWord: 'Regnbue' },
    staff: { parentsReviewedOn: '', parentsPresent: '', parentsPermission: '' },
    versions: [
      {
        id: 'v-first',
        savedOn: '2026-09-01',
        plan: { ...finished.plan, reviewOn: '2026-12-01' },
        staff: finished.staff,
      },
    ],
  },
} satisfies Record<string, NoedplanValue>;
