import type { Migration } from '@barnets-net/core';
import { referenceOf, registrationIds, rowKey } from '../model/row-key.js';
import { DEFAULT_COLUMNS } from './columns.js';
import { registrationV1toV2 } from './migrate.js';

type Old = Record<string, unknown>;
const childIds = (r: unknown): string[] => {
  const children = (r as { children?: unknown } | null)?.children;
  return Array.isArray(children)
    ? children.map((c) => String((c as { id?: unknown } | null)?.id ?? ''))
    : [];
};

/** A registration of version 1 lifted; one that cannot be is kept as it is, and listed as unreadable. */
function lift(r: Old): Old {
  if (r?.['schemaVersion'] !== 1) return r;
  try {
    return { ...registrationV1toV2(r), schemaVersion: 2 };
  } catch {
    return r;
  }
}

/**
 * Version 1 to 2. Registrations of version 1 are lifted (others kept as they
 * are); each old "reference/childId" tick becomes the new key of every row
 * it ticked, and a tick that matches no row is kept as it was.
 */
export const oversigtV1toV2: Migration = (old) => {
  const registrations = Array.isArray(old['registrations']) ? (old['registrations'] as Old[]) : [];
  const ids = registrationIds(registrations);
  const byOldKey = new Map<string, string[]>();
  registrations.forEach((r, i) =>
    childIds(r).forEach((child) => {
      const was = `${referenceOf(r)}/${child}`;
      byOldKey.set(was, [...(byOldKey.get(was) ?? []), rowKey(ids[i]!, child)]);
    }),
  );
  const reviewed = Array.isArray(old['reviewed']) ? (old['reviewed'] as unknown[]) : [];
  return {
    ...old,
    participants: '',
    previousMeetingDate: '',
    registrations: registrations.map(lift),
    reviewed: [...new Set(reviewed.flatMap((k) => byOldKey.get(String(k)) ?? [k]))],
    carriedOver: [],
    decisions: [],
  };
};

/**
 * Version 2 to 3: the table's chosen columns are kept in the meeting. A
 * meeting of version 2 had none chosen, so it shows the default columns.
 */
export const oversigtV2toV3: Migration = (old) => ({ ...old, columns: [...DEFAULT_COLUMNS] });
