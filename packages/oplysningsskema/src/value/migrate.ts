import type { Migration } from '@barnets-net/core';

type Old = Record<string, unknown>;
const PARENTS_OF: Record<string, string[]> = {
  own: ['client'],
  partner: ['partner'],
  both: ['client', 'partner'],
};

/**
 * Version 1 to 2. The relation becomes the parents as roles (only the
 * parents it named); "lives with the other parent and has contact with the
 * client" becomes that residence and contact "yes", the answer the old
 * choice gave; «foranstaltninger» become støttende indsatser; named
 * counselling means cooperation "yes". New questions start unanswered.
 */
function child(c: Old): Old {
  const { relation, otherMeasures, offers, counselling, ...rest } = c;
  const services = Array.isArray(counselling) ? counselling : [];
  return {
    ...rest,
    parents: PARENTS_OF[String(relation)] ?? [],
    contact: c['residence'] === 'with-other-parent' ? 'yes' : '',
    otherSupport: otherMeasures ?? '',
    cooperation: services.length ? 'yes' : '',
    counselling: services,
    consent: '',
    consentBy: '',
    consentOn: '',
    offers: { youthGroup: '', familyCourse: '', ...(offers as Old) },
  };
}

export const registrationV1toV2: Migration = (old) => ({
  ...old,
  client: { role: '', ...(old['client'] as Old) },
  children: Array.isArray(old['children'])
    ? (old['children'] as Old[]).map(child)
    : old['children'],
});
