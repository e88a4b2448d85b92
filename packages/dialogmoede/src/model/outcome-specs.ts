import { msg, str, type Choice } from '@barnets-net/core';
import type { DialogmoedeValue } from '../value/types.js';
import type { Outcomes } from './parts.js';
import type { Spec } from './spec.js';

const consentStatus = (): Choice<string>[] => [
  { value: 'given', label: msg('Giver samtykke') },
  { value: 'refused', label: msg('Giver ikke samtykke') },
  { value: 'withdrawn', label: msg('Har trukket samtykket tilbage') },
];

/** The visitator's part: what happens now, agreements, consent per custody holder. */
export function outcomeSpecs(v: DialogmoedeValue, outcomes: Outcomes): Spec[] {
  const o = v.outcome;
  const givers = v.parents.map((p, i) => ({ p, i })).filter(({ p }) => p.custody !== 'no');
  const choices = givers.map(({ p, i }) => ({
    value: p.id,
    label: p.name.trim() || msg(str`Forælder ${i + 1}`),
  }));
  return [
    {
      path: 'outcome.additions',
      kind: 'area',
      label: () => msg('Det manglede skemaet (visitatorens tilføjelser)'),
    },
    { path: 'outcome.notes', kind: 'area', label: () => msg('Noter fra mødet') },
    {
      path: 'outcome.next',
      kind: 'checks',
      label: () => msg('Det sker nu'),
      hint: () => msg('Visitator vurderer og beslutter. Listen vises ikke til forældrene.'),
      choices: () => outcomes.map((x) => ({ value: x.id, label: x.label })),
      req: true,
    },
    {
      path: 'outcome.nextOther',
      kind: 'text',
      label: () => msg('Hvad andet sker der?'),
      when: (x) => x.outcome.next.includes('other'),
      req: true,
    },
    ...o.agreements.flatMap((a, i): Spec[] => {
      const at = `outcome.agreements.${a.id}.`;
      const n = i + 1;
      return [
        {
          path: `${at}what`,
          kind: 'text',
          label: () => msg('Aftale'),
          name: () => msg(str`Aftale ${n}`),
          req: true,
        },
        {
          path: `${at}who`,
          kind: 'text',
          label: () => msg('Hvem gør det?'),
          name: () => msg(str`Aftale ${n}: hvem`),
          req: true,
        },
        {
          path: `${at}by`,
          kind: 'date',
          label: () => msg('Senest'),
          name: () => msg(str`Aftale ${n}: senest`),
        },
      ];
    }),
    ...o.consents.flatMap((c, i): Spec[] => {
      const at = `outcome.consents.${c.id}.`;
      const n = i + 1;
      const given = (x: DialogmoedeValue) =>
        x.outcome.consents.find((y) => y.id === c.id)?.status === 'given';
      const said = (x: DialogmoedeValue) => {
        const s = x.outcome.consents.find((y) => y.id === c.id)?.status;
        return s === 'refused' || s === 'withdrawn';
      };
      const name = (what: string) => () => msg(str`Samtykke ${n}: ${what}`);
      return [
        {
          path: `${at}givenBy`,
          kind: 'select',
          label: () => msg('Hvem med forældremyndighed?'),
          name: name(msg('hvem')),
          choices: () => choices,
          req: true,
        },
        {
          path: `${at}status`,
          kind: 'radio',
          label: () => msg('Svar'),
          name: name(msg('svar')),
          choices: consentStatus,
          req: true,
        },
        {
          path: `${at}between`,
          kind: 'text',
          label: () => msg('Mellem hvilke parter?'),
          hint: () => msg('Fx skolen, familieafdelingen og sundhedsplejen'),
          name: name(msg('mellem hvem')),
          req: given,
        },
        {
          path: `${at}purpose`,
          kind: 'text',
          label: () => msg('Til hvilket formål?'),
          name: name(msg('formål')),
          req: given,
        },
        {
          path: `${at}from`,
          kind: 'date',
          label: () => msg('Gælder fra'),
          name: name(msg('gælder fra')),
          req: given,
        },
        {
          path: `${at}until`,
          kind: 'date',
          label: () => msg('Gælder til'),
          name: name(msg('gælder til')),
          req: given,
        },
        {
          path: `${at}note`,
          kind: 'area',
          label: () => msg('Note om afslaget eller tilbagetrækningen'),
          name: name(msg('note')),
          when: said,
          req: true,
        },
      ];
    }),
  ];
}
