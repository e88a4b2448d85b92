import { type Locale, msg, plural, str } from '@barnets-net/core';

/** «1 barn», «3 børn». */
export const childrenText = (all: number, locale: Locale): string =>
  plural(all, locale, {
    one: msg(str`${all} barn`, { id: 'children-one' }),
    other: msg(str`${all} børn`, { id: 'children-other' }),
  });

/** «Viser 3 af 4 børn hos 2 borgere. 1 er gennemgået.» */
export function countText(
  locale: Locale,
  shown: number,
  all: number,
  clients: number,
  reviewed: number,
): string {
  const children = childrenText(all, locale);
  const people = plural(clients, locale, {
    one: msg(str`${clients} borger`, { id: 'clients-one' }),
    other: msg(str`${clients} borgere`, { id: 'clients-other' }),
  });
  return msg(str`Viser ${shown} af ${children} hos ${people}. ${reviewed} er gennemgået.`);
}
