import { msg, str, type Choice } from '@barnets-net/core';
import { areaNames, labels, roleNames, stepNames } from '../labels.js';
import type { DialogmoedeValue, Parent, Role } from '../value/types.js';
import { areas, beforeSteps, roles } from './keys.js';
import { outcomeSpecs } from './outcome-specs.js';
import type { Spec } from './spec.js';

/** Part 1's people, offered in part 9 for the roles they hold. */
const known: Partial<Record<Role, (v: DialogmoedeValue) => string>> = {
  leader: (v) => v.child.leader,
  teacher: (v) => v.child.contact,
};

/** The eleven parts of the form, in order. */
export const partIds = [
  'child',
  'parents',
  'worry',
  'tried',
  'strengths',
  'childView',
  'alcohol',
  'parentsPart',
  'meeting',
  'before',
  'outcome',
] as const;
export type PartId = (typeof partIds)[number];

export const partTitles: Record<PartId, () => string> = {
  child: () => msg('Barnet'),
  parents: () => msg('Forældre og forældremyndighed'),
  worry: () => msg('Bekymringen'),
  tried: () => msg('Det har vi prøvet'),
  strengths: () => msg('Barnets ressourcer og styrker'),
  childView: () => msg('Barnets eget syn'),
  alcohol: () => msg('Alkohol og rusmidler'),
  parentsPart: () => msg('Forældrenes syn'),
  meeting: () => msg('Mødet'),
  before: () => msg('Før mødet'),
  outcome: () => msg('På mødet (visitator)'),
};

const yesNo = (): Choice<string>[] => [
  { value: 'yes', label: labels.yes() },
  { value: 'no', label: labels.no() },
];

const alcoholKnown = (v: DialogmoedeValue) =>
  v.alcohol.level === 'suspected' || v.alcohol.level === 'known';

/** The host's list of what can happen after the meeting. */
export type Outcomes = { id: string; label: string }[];

const parentSpecs = (p: Parent, n: number): Spec[] => {
  const at = `parents.${p.id}.`;
  const who = () => p.name.trim() || msg(str`forælder ${n}`);
  return [
    {
      path: `${at}name`,
      kind: 'text',
      label: () => msg('Navn'),
      name: () => msg(str`Navn på forælder ${n}`),
      req: true,
    },
    {
      path: `${at}contact`,
      kind: 'text',
      label: () => msg('Telefon eller e-mail'),
      name: () => msg(str`Kontakt til ${who()}`),
    },
    {
      path: `${at}custody`,
      kind: 'radio',
      label: () => msg(str`Har ${who()} forældremyndighed?`),
      choices: yesNo,
      req: true,
    },
    {
      path: `${at}livesWith`,
      kind: 'radio',
      label: () => msg(str`Bor barnet hos ${who()}?`),
      choices: yesNo,
      req: true,
    },
  ];
};

/** The fields of each part, read from the value (its lists) and the host's outcomes. */
export function partSpecs(id: PartId, v: DialogmoedeValue, outcomes: Outcomes): Spec[] {
  switch (id) {
    case 'child':
      return [
        { path: 'child.name', kind: 'text', label: () => msg('Barnets navn'), req: true },
        {
          path: 'child.birthDate',
          kind: 'date',
          label: () => msg('Fødselsdato'),
          past: true,
          req: true,
        },
        {
          path: 'child.cpr',
          kind: 'text',
          label: () => msg('CPR-nummer (hvis det er kendt)'),
          hint: () => msg('Kun her, ikke i de andre felter. Fx 010118-4321.'),
          short: true,
          max: 20,
        },
        { path: 'child.group', kind: 'text', label: () => msg('Klasse eller stue'), req: true },
        {
          path: 'child.institution',
          kind: 'text',
          label: () => msg('Skole eller dagtilbud'),
          req: true,
        },
        {
          path: 'child.contact',
          kind: 'text',
          label: () => msg('Kontaktperson (lærer eller pædagog)'),
          req: true,
        },
        { path: 'child.leader', kind: 'text', label: () => msg('Leder'), req: true },
      ];
    case 'parents':
      return [
        ...v.parents.flatMap((p, i) => parentSpecs(p, i + 1)),
        {
          path: 'custodyKnows',
          kind: 'radio',
          label: () => msg('Ved alle med forældremyndighed besked om bekymringen og mødet?'),
          choices: yesNo,
          req: true,
        },
      ];
    case 'worry':
      return areas.flatMap((a): Spec[] => [
        {
          path: `worry.${a}.seen`,
          kind: 'area',
          label: () => msg('Det ser vi'),
          name: () => msg(str`${areaNames[a]()}: det ser vi`),
        },
        {
          path: `worry.${a}.since`,
          kind: 'text',
          label: () => msg('Siden hvornår?'),
          name: () => msg(str`${areaNames[a]()}: siden hvornår`),
          req: (x) => x.worry[a].seen.trim() !== '',
        },
      ]);
    case 'tried':
      return [
        { path: 'tried.what', kind: 'area', label: () => msg('Det har vi prøvet'), req: true },
        { path: 'tried.result', kind: 'area', label: () => msg('Det kom der ud af'), req: true },
      ];
    case 'strengths':
      return [
        {
          path: 'strengths',
          kind: 'area',
          label: () => msg('Det er barnet god til, og det giver barnet styrke'),
          name: partTitles.strengths,
          req: true,
        },
      ];
    case 'childView':
      return [
        {
          path: 'childView.view',
          kind: 'area',
          label: () => msg('Det siger barnet selv'),
          hint: () => msg('Så vidt barnets alder tillader det. Skriv gerne barnets egne ord.'),
          req: true,
        },
        {
          path: 'childView.invited',
          kind: 'radio',
          label: () => msg('Er barnet eller den unge inviteret til mødet?'),
          choices: () => [
            ...yesNo(),
            { value: 'young', label: msg('Nej, barnet er for lille til at deltage') },
          ],
          req: true,
        },
      ];
    case 'alcohol':
      return [
        {
          path: 'alcohol.level',
          kind: 'radio',
          label: () =>
            msg('Er der formodning om eller viden om alkohol eller rusmidler i familien?'),
          choices: () => [
            { value: 'no', label: labels.no() },
            { value: 'suspected', label: msg('Ja, vi har en formodning') },
            { value: 'known', label: msg('Ja, vi ved det') },
          ],
          req: true,
        },
        {
          path: 'alcohol.consultantInvited',
          kind: 'check',
          label: () => msg('Kommunens børnekonsulent er inviteret til mødet'),
          when: alcoholKnown,
        },
        {
          path: 'alcohol.note',
          kind: 'area',
          label: () => msg('Note om alkohol eller rusmidler'),
          hint: () => msg('Hvad bygger formodningen eller viden på?'),
          when: alcoholKnown,
          req: true,
        },
      ];
    case 'parentsPart':
      return [
        {
          path: 'parentsPart.words',
          kind: 'area',
          label: () => msg('Forældrenes syn, med deres egne ord'),
          hint: () => msg('Skriv det, forældrene siger. Vil de ikke sige noget, så skriv det.'),
          req: true,
        },
        {
          path: 'parentsPart.help',
          kind: 'area',
          label: () => msg('Det vil forældrene gerne have hjælp til'),
        },
        {
          path: 'parentsPart.on',
          kind: 'date',
          label: () => msg('Gennemgået med forældrene den'),
          past: true,
          req: true,
        },
        {
          path: 'parentsPart.by',
          kind: 'text',
          label: () => msg('Gennemgået af'),
          req: true,
        },
      ];
    case 'meeting':
      return [
        { path: 'meeting.date', kind: 'date', label: () => msg('Dato for mødet'), req: true },
        {
          path: 'meeting.time',
          kind: 'text',
          label: () => msg('Klokken'),
          hint: () => msg('Fx 9.30'),
          short: true,
          max: 20,
          req: true,
        },
        {
          path: 'meeting.place',
          kind: 'text',
          label: () => msg('Sted'),
          hint: () => msg('Mødet holdes på skolen eller i dagtilbuddet.'),
          req: true,
        },
        ...roles.flatMap((r): Spec[] => [
          { path: `meeting.roles.${r}.attends`, kind: 'check', label: roleNames[r] },
          {
            path: `meeting.roles.${r}.name`,
            kind: 'text',
            label: () => msg('Navn'),
            name: () => msg(str`Navn: ${roleNames[r]()}`),
            when: (x) => x.meeting.roles[r].attends && r !== 'parents',
            offer: known[r],
          },
        ]),
        { path: 'meeting.others', kind: 'text', label: () => msg('Andre deltagere') },
      ];
    case 'before':
      return beforeSteps.map((s) => ({
        path: `before.${s}`,
        kind: 'date',
        label: stepNames[s],
        past: true,
        req: true,
      }));
    case 'outcome':
      return outcomeSpecs(v, outcomes);
  }
}
