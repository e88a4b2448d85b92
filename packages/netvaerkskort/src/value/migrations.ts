import type { Migration } from '@barnets-net/core';

type Loose = Record<string, unknown>;

/** A version-1 person gets the network day's marks, all unset; nothing else changes. */
const withNetworkDayMarks = (person: Loose): Loose => ({
  inviteToNetworkDay: false,
  cooperationConsentOn: '',
  knowsPlan: false,
  ...person,
});

const peopleOf = (holder: Loose): Loose => ({
  ...holder,
  people: Array.isArray(holder['people'])
    ? (holder['people'] as Loose[]).map(withNetworkDayMarks)
    : holder['people'],
});

/**
 * 1 → 2: the network day's marks on every person, now and in the saved
 * versions. A version-1 bond is kept as it was: whether a child chose
 * "good" or it was the old default cannot be told afterwards.
 */
export const toVersion2: Migration = (old) => ({
  ...peopleOf(old),
  versions: Array.isArray(old['versions'])
    ? (old['versions'] as Loose[]).map(peopleOf)
    : old['versions'],
});
