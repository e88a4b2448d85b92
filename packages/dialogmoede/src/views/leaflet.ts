import { html, nothing, type TemplateResult } from 'lit';
import { formatDate, heading, msg, str, type Locale } from '@barnets-net/core';
import type { DialogmoedeValue } from '../value/types.js';

/**
 * The leaflet for the parents (R 2058–2060): what a dialogue meeting is,
 * who comes, what can happen after, in plain words. It never holds the
 * worry, the school's notes or the visitator's list of options.
 */
export function leaflet(v: DialogmoedeValue, locale: Locale, level: number): TemplateResult {
  const m = v.meeting;
  const when = [m.date && formatDate(m.date, locale, 'long'), m.time && msg('kl.') + ' ' + m.time]
    .filter(Boolean)
    .join(' ');
  return html`<article class="leaflet" aria-labelledby="leaflet-h">
    ${heading(level, msg('Til jer forældre: Hvad er et dialogmøde?'), { id: 'leaflet-h' })}
    <p>
      ${msg(
        'Et dialogmøde er et møde om jeres barn. I, skolen eller dagtilbuddet og en rådgiver fra kommunens familieafdeling taler sammen. Vi holder mødet, fordi vi er bekymrede for, hvordan jeres barn har det, og fordi vi gerne vil finde ud af det sammen med jer.',
      )}
    </p>
    ${heading(level + 1, msg('Hvem kommer?'))}
    <ul>
      <li>${msg('I som forældre.')}</li>
      <li>${msg('Jeres barn, hvis barnet er stort nok og har lyst.')}</li>
      <li>${msg('Lederen af skolen eller dagtilbuddet. Lederen leder mødet.')}</li>
      <li>${msg('En lærer eller pædagog, som kender jeres barn.')}</li>
      <li>${msg('En rådgiver fra familieafdelingen, som kaldes visitator.')}</li>
      <li>${msg('Nogle gange kommunens børnekonsulent.')}</li>
    </ul>
    ${heading(level + 1, msg('Hvordan foregår mødet?'))}
    <p>
      ${msg(
        'Før mødet har vi skrevet vores bekymring ned i et skema. Det gennemgår vi med jer, og I kan få jeres egne ord skrevet ind. På mødet fortæller alle, hvordan de ser det. Rådgiveren spørger ind til det, der står, og til det, der mangler.',
      )}
    </p>
    ${heading(level + 1, msg('Hvad kan der ske bagefter?'))}
    <p>
      ${msg(
        'Rådgiveren vurderer, hvad der skal ske nu, og fortæller jer det. Måske er der ikke brug for mere. Måske kan I få råd og vejledning eller støtte. Nogle gange skal familieafdelingen se nærmere på, hvordan barnet har det.',
      )}
    </p>
    <p>
      ${msg(
        'Mødet tæller som en underretning. Det betyder, at kommunen kan oprette en sag om jeres barn.',
      )}
    </p>
    <p>
      ${msg(
        'Rådgiveren spørger, om I giver samtykke til, at de voksne omkring jeres barn må tale sammen. I bestemmer selv, og I kan altid trække et samtykke tilbage.',
      )}
    </p>
    ${
      when || m.place
        ? html`${heading(level + 1, msg('Tid og sted'))}
            <p>${[when, m.place].filter(Boolean).join(', ')}</p>`
        : nothing
    }
    ${contactUs(v)}
  </article>`;
}

/** Whom the parents can ask before the meeting: the school's contact person and leader. */
function contactUs(v: DialogmoedeValue) {
  const { contact, leader, institution } = v.child;
  const who = [contact, leader].map((x) => x.trim()).filter(Boolean);
  if (!who.length) return nothing;
  const whom = who.join(` ${msg('eller')} `);
  return html`<p>
    ${
      institution.trim()
        ? msg(str`Har I spørgsmål før mødet, så kontakt ${whom} på ${institution.trim()}.`)
        : msg(str`Har I spørgsmål før mødet, så kontakt ${whom}.`)
    }
  </p>`;
}
