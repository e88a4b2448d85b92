import { isBlank } from '@barnets-net/core';
import type { DialogmoedeValue } from '../value/types.js';
import { partSpecs, type PartId } from './parts.js';
import { read } from './paths.js';
import { partIssues, type RuleContext } from './rules.js';

/** A part's honest status on the task list. */
export type TaskStatus = 'empty' | 'started' | 'done' | 'later';

/** Not started, started with something missing, done, or (the visitator's part) at the meeting. */
export function partStatus(id: PartId, v: DialogmoedeValue, c: RuleContext): TaskStatus {
  if (id === 'outcome' && (v.state === 'draft' || v.state === 'reviewed')) return 'later';
  const filled =
    (id === 'parents' && v.parents.length > 0) ||
    partSpecs(id, v, c.outcomes).some((s) => {
      const x = read(v, s.path);
      return typeof x === 'boolean' ? x : !isBlank(x) || c.typedBadly(s.path);
    });
  if (!filled) return 'empty';
  return partIssues(id, v, c).length ? 'started' : 'done';
}
