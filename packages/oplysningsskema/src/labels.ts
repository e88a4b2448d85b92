import { msg, plural, str } from '@barnets-net/core';
import type { Choice, Locale } from '@barnets-net/core';
import type { ChildAge } from './model/age.js';
import type { FlagCode } from './model/flags.js';
import type {
  Counselling,
  Custody,
  LivingSituation,
  OfferKind,
  OfferStatus,
  Relation,
  Residence,
  YesNoUnknown,
} from './value/types.js';

/** Localised words for every coded answer; call while rendering. */
type Labels<T extends string> = Choice<Exclude<T, ''>>[];

export const livingSituationChoices = (): Labels<LivingSituation> => [
  { value: 'alone', label: msg('Bor alene') },
  { value: 'partner', label: msg('Bor med partner') },
  { value: 'other', label: msg('Andet') },
];

export const yesNoUnknownChoices = (): Labels<YesNoUnknown> => [
  { value: 'yes', label: msg('Ja') },
  { value: 'no', label: msg('Nej') },
  { value: 'unknown', label: msg('Ved ikke') },
];

export const yesNoChoices = (): Labels<'' | 'yes' | 'no'> => [
  { value: 'yes', label: msg('Ja') },
  { value: 'no', label: msg('Nej') },
];

export const relationChoices = (): Labels<Relation> => [
  { value: 'own', label: msg('Klientens eget barn') },
  { value: 'partner', label: msg('Partnerens barn') },
  { value: 'both', label: msg('Klientens og partnerens fælles barn') },
];

export const custodyChoices = (): Labels<Custody> => [
  { value: 'client', label: msg('Klienten alene') },
  { value: 'joint', label: msg('Fælles med den anden forælder') },
  { value: 'other-parent', label: msg('Den anden forælder alene') },
  { value: 'others', label: msg('Andre, fx kommunen eller en værge') },
];

export const residenceChoices = (): Labels<Residence> => [
  { value: 'with-client', label: msg('Bor hos klienten') },
  {
    value: 'with-other-parent',
    label: msg('Bor hos den anden forælder og har samvær med klienten'),
  },
  { value: 'placed', label: msg('Anbragt uden for hjemmet') },
  { value: 'own-home', label: msg('Bor i egen bolig') },
];

export const counsellingChoices = (): Labels<Counselling> => [
  { value: 'family', label: msg('Familierådgivningen') },
  { value: 'disability', label: msg('Handicaprådgivningen') },
];

export const offerKindLabel = (kind: OfferKind): string =>
  ({
    childrensGroup: msg('Børnegruppe'),
    reliefTalks: msg('Aflastende samtaler'),
    familyTalks: msg('Familiesamtaler'),
    other: msg('Andet tilbud'),
  })[kind];

export const offerStatusChoices = (): Labels<OfferStatus> => [
  { value: 'offered', label: msg('Tilbudt') },
  { value: 'accepted', label: msg('Har sagt ja tak') },
  { value: 'declined', label: msg('Har sagt nej tak') },
  { value: 'ongoing', label: msg('I gang') },
  { value: 'ended', label: msg('Afsluttet') },
];

export const labelOf = <T extends string>(choices: Choice<T>[], value: T | ''): string =>
  choices.find((c) => c.value === value)?.label ?? '';

/** "8 år", "10–11 år"; unknown is "alder ukendt", or just "ukendt" after a label "Alder". */
export function ageText(age: ChildAge, locale: Locale, labelled = false): string {
  if (!age) return labelled ? msg('ukendt') : msg('alder ukendt');
  if ('exact' in age) {
    const n = age.exact;
    return plural(n, locale, {
      one: msg(str`${n} år`, { id: 'age-years-one' }),
      other: msg(str`${n} år`, { id: 'age-years-other' }),
    });
  }
  return msg(str`${age.from}–${age.to} år`);
}

/** The widget's own flag texts; `{navn}` and `{alder}` are filled in. */
export const defaultFlagText = (code: FlagCode): string =>
  ({
    'worry-without-case': msg(
      'Der er bekymring for {navn} ({alder}), og der er ingen åben sag i familieafdelingen. Overvej at kontakte familieafdelingen, og husk din underretningspligt (barnets lov § 133).',
    ),
    'worry-case-unknown': msg(
      'Der er bekymring for {navn} ({alder}), og det vides ikke, om der er en åben sag i familieafdelingen. Undersøg det, og husk underretningspligten (barnets lov § 133).',
    ),
    'placed-without-case': msg(
      '{navn} er anbragt, men der er ikke registreret en sag i familieafdelingen. Tjek, om oplysningerne er rigtige.',
    ),
    'no-offer': msg('{navn} har endnu ikke fået et tilbud. Overvej børnegruppe eller samtaler.'),
    'offer-declined': msg(
      '{navn} har sagt nej tak og har ikke noget tilbud nu. Overvej et andet tilbud.',
    ),
    'perspective-not-discussed': msg(
      'Børne- og familieperspektivet for {navn} er endnu ikke drøftet med klienten.',
    ),
    'involve-specialist': msg('Husk at inddrage centrets børnefamiliebehandler om {navn}.'),
  })[code];

/** Short names of the flags, for table cells. */
export const flagTitle = (code: FlagCode): string =>
  ({
    'worry-without-case': msg('Bekymring, ingen sag'),
    'worry-case-unknown': msg('Bekymring, sag ukendt'),
    'placed-without-case': msg('Anbragt, ingen sag'),
    'no-offer': msg('Intet tilbud endnu'),
    'offer-declined': msg('Har sagt nej tak til tilbud'),
    'perspective-not-discussed': msg('Børneperspektiv ikke drøftet'),
    'involve-specialist': msg('Inddrag børnefamiliebehandler'),
  })[code];

/** Short words for where a child lives, for table cells. */
export const residenceShort = (r: Residence): string =>
  r
    ? {
        'with-client': msg('Hos klienten'),
        'with-other-parent': msg('Hos den anden forælder'),
        placed: msg('Anbragt'),
        'own-home': msg('Egen bolig'),
      }[r]
    : '';
