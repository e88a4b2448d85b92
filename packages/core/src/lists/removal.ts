/** An item taken out of a list, and where it stood: enough to put it back (undo). */
export interface Removed<T> {
  item: T;
  index: number;
}

/** The list without the item of that id, and the item with its place (nothing when absent). */
export function removeById<T extends { id: string }>(
  list: readonly T[],
  id: string,
): { list: readonly T[]; removed?: Removed<T> } {
  const index = list.findIndex((x) => x.id === id);
  if (index < 0) return { list };
  return { list: list.filter((x) => x.id !== id), removed: { item: list[index]!, index } };
}

/** Puts a removed item back where it was; the same list if it is there already. */
export function restoreRemoved<T extends { id: string }>(
  list: readonly T[],
  { item, index }: Removed<T>,
): readonly T[] {
  if (list.some((x) => x.id === item.id)) return list;
  const next = [...list];
  next.splice(Math.min(index, next.length), 0, item);
  return next;
}
