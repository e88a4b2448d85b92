import { msg } from '@barnets-net/core';
import { fillFlagText, type AttentionFlag, type FlagCode, type FlagTexts } from './model/flags.js';
import type { Child } from './value/types.js';

/** The widget's own flag texts; `{navn}`, `{alder}` and `{titel}` are filled in. */
export const defaultFlagText = (code: FlagCode): string =>
  ({
    'worry-without-case': msg(
      'Der er bekymring for {navn} ({alder}), og der er ingen åben sag i familieafdelingen. Overvej at kontakte familieafdelingen, og husk din underretningspligt (barnets lov § 133).',
    ),
    'worry-case-unknown': msg(
      'Der er bekymring for {navn} ({alder}), og det vides ikke, om der er en åben sag i familieafdelingen. Undersøg det, og husk underretningspligten (barnets lov § 133).',
    ),
    'worry-with-case': msg(
      'Der er bekymring for {navn} ({alder}). Giv bekymringen videre til sagsbehandleren i familieafdelingen: underretningspligten gælder også, når der er en åben sag (barnets lov § 133).',
    ),
    'placed-without-case': msg(
      '{navn} er anbragt, men der er ikke registreret en sag i familieafdelingen. Tjek, om oplysningerne er rigtige.',
    ),
    'no-offer': msg('{navn} har endnu ikke fået et tilbud. Overvej børnegruppe eller samtaler.'),
    'no-offer-young': msg(
      '{navn} har endnu ikke fået et tilbud. Overvej familiesamtaler eller et familiekursus.',
    ),
    'no-offer-youth': msg(
      '{navn} har endnu ikke fået et tilbud. Overvej ungegruppe eller samtaler.',
    ),
    'offer-declined': msg(
      'Familien har takket nej til tilbuddet til {navn}, og {navn} har ikke noget tilbud nu. Overvej et andet tilbud.',
    ),
    'perspective-not-discussed': msg(
      'Børnefamilieperspektivet er endnu ikke drøftet med forældrene til {navn}.',
    ),
    'perspective-unknown': msg(
      'Det er ikke registreret, om børnefamilieperspektivet er drøftet med forældrene til {navn}.',
    ),
    'involve-specialist': msg('Husk at inddrage en {titel} om {navn}.'),
  })[code];

/** Short names of the flags, for table cells. */
export const flagTitle = (code: FlagCode): string =>
  ({
    'worry-without-case': msg('Bekymring, ingen sag'),
    'worry-case-unknown': msg('Bekymring, sag ukendt'),
    'worry-with-case': msg('Bekymring, giv videre til sagen'),
    'placed-without-case': msg('Anbragt, ingen sag'),
    'no-offer': msg('Intet tilbud endnu'),
    'no-offer-young': msg('Intet tilbud endnu'),
    'no-offer-youth': msg('Intet tilbud endnu'),
    'offer-declined': msg('Familien har takket nej'),
    'perspective-not-discussed': msg('Børnefamilieperspektiv ikke drøftet'),
    'perspective-unknown': msg('Børnefamilieperspektiv ikke registreret'),
    'involve-specialist': msg('Inddrag {titel}'),
  })[code];

/** The child specialist's title when the host names none. */
export const defaultSpecialistTitle = (): string => msg('børnefamiliebehandler');

/** A flag's words for one child: the host's text or the widget's, filled in. */
export const flagTextFor = (
  flag: AttentionFlag,
  child: Child | undefined,
  age: string,
  hostTexts: FlagTexts,
  specialistTitle: string,
): string =>
  fillFlagText(
    hostTexts[flag.code] ?? defaultFlagText(flag.code),
    child?.name.trim() || msg('barnet'),
    age,
    specialistTitle,
  );
