import { msg } from '@barnets-net/core';

/** A suggestion a child can pick: stored by id, shown in the element's language. */
export interface Suggestion {
  id: string;
  label: () => string;
}

// In a child's words. Nothing here asks the child to manage a grown-up or
// names what happens at home: a plan may lie where a parent reads it.
export const signSuggestions: readonly Suggestion[] = [
  { id: 'voice', label: () => msg('Mor eller far lyder anderledes') },
  { id: 'mood', label: () => msg('De bliver hurtigt sure eller kede af det') },
  { id: 'smell', label: () => msg('De lugter anderledes') },
  { id: 'tired', label: () => msg('De sover meget eller er meget trætte') },
  { id: 'forget', label: () => msg('De glemmer det, vi har aftalt') },
  { id: 'tummy', label: () => msg('Jeg får ondt i maven') },
];

export const actionSuggestions: readonly Suggestion[] = [
  { id: 'room', label: () => msg('Gå ind på mit værelse') },
  { id: 'music', label: () => msg('Sætte musik på') },
  { id: 'friend', label: () => msg('Gå hen til en ven') },
  { id: 'call', label: () => msg('Ringe til en, jeg stoler på') },
  { id: 'draw', label: () => msg('Tegne, læse eller lege') },
  { id: 'outside', label: () => msg('Gå en tur udenfor') },
];

/** The words of picked suggestions and own words, in the plan's order. */
export const chosenWords = (
  suggestions: readonly Suggestion[],
  c: { picked: readonly string[]; own: readonly string[] },
): string[] => [
  ...suggestions.filter((s) => c.picked.includes(s.id)).map((s) => s.label()),
  ...c.own.filter((w) => w.trim() !== ''),
];
