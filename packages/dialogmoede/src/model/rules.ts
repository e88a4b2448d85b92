import {
  check,
  findCprNumbers,
  isBlank,
  msg,
  noCpr,
  pastDate,
  required,
  str,
  type FieldIssue,
  type Rule,
} from '@barnets-net/core';
import { roleNames } from '../labels.js';
import type { DialogmoedeValue as V, MeetingState, Role } from '../value/types.js';
import { partIds, partSpecs, type Outcomes, type PartId } from './parts.js';
import { fieldId, read } from './paths.js';
import { nameOf, needed, shown, type Spec } from './spec.js';

/** What the rules need besides the value. */
export interface RuleContext {
  outcomes: Outcomes;
  today: string;
  /** The date boxes at this path hold something that is no date yet. */
  typedBadly: (path: string) => boolean;
}

const FAR = '9999-12-31';
const custom = (field: string, text: string): FieldIssue => ({
  field,
  code: 'custom',
  label: text,
});

/** The rules of these fields: what must be answered (when `all`), and what must be right. */
function specRules(specs: Spec[], c: RuleContext, all: boolean): Rule<V>[] {
  return specs.flatMap((s): Rule<V>[] => {
    const id = fieldId(s.path);
    const label = () => nameOf(s);
    const get = (v: V) => read<string>(v, s.path) ?? '';
    const on =
      (rule: Rule<V>): Rule<V> =>
      (v) =>
        shown(s, v) && rule(v);
    const need: Rule<V> = (v) =>
      all && needed(s, v) && !c.typedBadly(s.path) && required(id, label, get)(v);
    if (s.kind === 'date') {
      const today = () => (s.past ? c.today : FAR);
      return [need, on(pastDate(id, label, get, today, () => c.typedBadly(s.path)))];
    }
    if (s.kind === 'text' || s.kind === 'area')
      return s.path === 'child.cpr' ? [need] : [need, on(noCpr(id, label, get))];
    return [need];
  });
}

const attends = (v: V, r: Role) => v.meeting.roles[r].attends;

type Checks = Partial<Record<PartId, (v: V) => (FieldIssue | false)[]>>;

/** What must be right whenever it is written, whatever the state. */
const format: Checks = {
  child: (v) => {
    const cpr = v.child.cpr.trim();
    if (!cpr) return [];
    const found = findCprNumbers(cpr);
    const whole = found.length === 1 && found[0]!.text === cpr;
    if (!whole)
      return [custom('child-cpr', msg('CPR-nummeret skal have 10 cifre, fx 010118-4321'))];
    return [
      !!v.child.birthDate &&
        found[0]!.birthDate !== v.child.birthDate &&
        custom('child-cpr', msg('CPR-nummeret passer ikke med fødselsdatoen')),
    ];
  },
  meeting: (v) => [
    !/^(([01]?\d|2[0-3])[:.][0-5]\d)?$/.test(v.meeting.time.trim()) &&
      custom('meeting-time', msg('Skriv klokkeslættet som timer og minutter, fx 9.30')),
  ],
  outcome: (v) =>
    v.outcome.consents.map(
      (c, i) =>
        !!c.from &&
        !!c.until &&
        c.until < c.from &&
        custom(
          `outcome-consents-${c.id}-until`,
          msg(str`Samtykke ${i + 1}: gælder til skal ligge efter gælder fra`),
        ),
    ),
};

/** What a part needs before it is done, beyond its fields one by one. */
const extra: Checks = {
  parents: (v) => [
    v.parents.length === 0 &&
      custom('add-parent', msg('Tilføj mindst én forælder eller anden med forældremyndighed')),
    v.parents.length > 0 &&
      v.parents.every((p) => p.custody === 'no') &&
      custom(
        `parents-${v.parents[0]!.id}-custody`,
        msg('Mindst én af dem skal have forældremyndighed'),
      ),
  ],
  worry: (v) => [
    Object.values(v.worry).every((w) => isBlank(w.seen)) &&
      custom('worry-wellbeing-seen', msg('Beskriv det, I ser, under mindst ét område')),
  ],
  meeting: (v) => [
    ...(['parents', 'leader', 'visitator'] as Role[]).map(
      (r) =>
        !attends(v, r) &&
        custom(`meeting-roles-${r}-attends`, msg(str`${roleNames[r]()} skal være med til mødet`)),
    ),
    (v.alcohol.level === 'suspected' || v.alcohol.level === 'known') &&
      !attends(v, 'consultant') &&
      custom(
        'meeting-roles-consultant-attends',
        msg(
          'Kommunens børnekonsulent skal inviteres, når der er alkohol eller rusmidler i familien',
        ),
      ),
  ],
  // One problem naming every custody holder without an answer: the summary
  // shows one problem per field, and they all point to «Tilføj et svar».
  outcome: (v) => {
    const who = v.parents
      .map((p, i) =>
        p.custody === 'yes' && !v.outcome.consents.some((c) => c.givenBy === p.id && c.status)
          ? p.name.trim() || msg(str`forælder ${i + 1}`)
          : '',
      )
      .filter(Boolean)
      .join(', ');
    return [!!who && custom('add-consent', msg(str`Skriv svaret om samtykke fra ${who}`))];
  },
};

/** The problems of one part: what is missing (when `all`) and what is wrong. */
export function partIssues(id: PartId, v: V, c: RuleContext, all = true): FieldIssue[] {
  const rules = specRules(partSpecs(id, v, c.outcomes), c, all);
  const more =
    (checks: Checks): Rule<V> =>
    (x) =>
      (checks[id]?.(x) ?? []).filter((i): i is FieldIssue => !!i);
  return check([...rules, more(format), ...(all ? [more(extra)] : [])], v);
}

/** The parts a state needs, in the form's order. */
export const partsFor = (state: MeetingState): PartId[] =>
  state === 'draft' ? [] : partIds.slice(0, state === 'reviewed' ? 8 : state === 'ready' ? 10 : 11);

/** The problems that keep the form from being in `state`. */
export function stateIssues(state: MeetingState, v: V, c: RuleContext): FieldIssue[] {
  const issues = partsFor(state).flatMap((id) => partIssues(id, v, c));
  if (state !== 'draft' && state !== 'reviewed' && v.custodyKnows !== 'yes')
    issues.push(
      custom('custodyKnows', msg('Alle med forældremyndighed skal vide besked, før mødet holdes')),
    );
  return issues;
}

/** The stop rule's problems: no dialogue meeting while it stops the form. */
export function stopIssues(v: V): FieldIssue[] {
  if (v.stop.harm === '')
    return [custom('stop-harm', msg('Svar på, om der er mistanke om vold eller overgreb'))];
  if (v.stop.harm === 'yes')
    return [custom('stop-harm', msg('Et dialogmøde er ikke vejen her: send en underretning'))];
  if (v.stop.parentsDeclined)
    return [
      custom('undo-declined', msg('Forældrene har sagt nej til mødet: send en underretning')),
    ];
  return [];
}

/**
 * The whole value's problems (the form's validity, and the finish action):
 * the stop rule, the child's name, everything that is wrong, and everything
 * the state it is in needs.
 */
export function valueIssues(v: V, c: RuleContext): FieldIssue[] {
  const stop = stopIssues(v);
  if (stop.length) return stop;
  return check(
    [
      required<V>(
        'child-name',
        () => msg('Barnets navn'),
        (x) => x.child.name,
      ),
      (x) => partIds.flatMap((id) => partIssues(id, x, c, false)),
      (x) => stateIssues(x.state, x, c),
    ],
    v,
  );
}
