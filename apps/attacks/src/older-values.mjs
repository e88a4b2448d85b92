// Each element's sample as an older schemaVersion wrote it, for every
// version the package migrates from: written back from today's samples by
// undoing each migration, so the text a person typed is known and can be
// looked for after the migration.
import { filled } from './samples.mjs';

const without = (o, keys) =>
  Object.fromEntries(Object.entries(o).filter(([k]) => !keys.includes(k)));
const asVersion = (v, n) => ({ schemaVersion: n, ...without(v, ['schemaVersion']) });

const mapPersonV1 = (p) => without(p, ['inviteToNetworkDay', 'cooperationConsentOn', 'knowsPlan']);
const RELATION = { client: 'own', partner: 'partner', 'client,partner': 'both' };
const childV1 = ({ parents, otherSupport, offers, ...c }) => ({
  ...without(c, ['contact', 'cooperation', 'consent', 'consentBy', 'consentOn']),
  relation: RELATION[[...parents].sort().join(',')] ?? 'own',
  otherMeasures: otherSupport,
  offers: without(offers, ['youthGroup', 'familyCourse']),
});
const registrationV1 = (r) =>
  asVersion({ ...r, client: without(r.client, ['role']), children: r.children.map(childV1) }, 1);
const meetingV2 = (m) => asVersion(without(m, ['columns']), 2);
const meetingV1 = (m) =>
  asVersion(
    {
      ...without(m, ['columns', 'participants', 'previousMeetingDate', 'carriedOver', 'decisions']),
      registrations: m.registrations.map(registrationV1),
      reviewed: [],
    },
    1,
  );

const map = filled['bn-netvaerkskort'];
const card = filled['bn-skolefe-kort'];
const registration = filled['bn-oplysningsskema'];
const meeting = filled['bn-oplysningsskema-oversigt'];

/** `{ [tag]: [{ version, value, text }] }`: `text` is in the value before and must be after. */
export const olderValues = {
  'bn-netvaerkskort': [
    {
      version: 1,
      value: asVersion({ ...map, people: map.people.map(mapPersonV1) }, 1),
      text: map.people[0].name,
    },
  ],
  'bn-skolefe-kort': [
    { version: 1, value: asVersion(without(card, ['dismissed']), 1), text: card.situation },
  ],
  'bn-oplysningsskema': [
    { version: 1, value: registrationV1(registration), text: registration.children[0].name },
  ],
  'bn-oplysningsskema-oversigt': [
    { version: 1, value: meetingV1(meeting), text: meeting.registrations[0].client.reference },
    { version: 2, value: meetingV2(meeting), text: meeting.registrations[0].client.reference },
  ],
};
