import { html, nothing, type TemplateResult } from 'lit';
import { heading, msg, str } from '@barnets-net/core';
import type { StopWay } from '../model/notify.js';

/**
 * The stop rule's message: a dialogue meeting is not the way, a
 * notification is. Plain words, the host's way to notify, nothing more.
 */
export function stopMessage(
  reason: 'harm' | 'parents-declined',
  way: StopWay,
  level: number,
  undo?: TemplateResult,
): TemplateResult {
  const harm = reason === 'harm';
  return html`<div class="stop" role="group" aria-labelledby="stop-h" part="stop">
    ${heading(
      level,
      harm
        ? msg('Send en underretning, ikke et dialogmøde')
        : msg('Forældrene har sagt nej til et dialogmøde'),
      { id: 'stop-h', focusTarget: true },
    )}
    ${
      harm
        ? html`<p>
              ${msg(
                'Et dialogmøde er ikke den rigtige vej, når der er mistanke om vold eller overgreb fra forældrene, eller når det kan skade barnet at tale med dem.',
              )}
            </p>
            <p>
              <strong
                >${msg(
                  'Send en underretning til kommunen nu (barnets lov § 133). Fortæl ikke forældrene om bekymringen eller om underretningen.',
                )}</strong
              >
            </p>
            <p>
              ${msg('Tal med din leder, hvis du er i tvivl, men vent ikke med at underrette.')}
            </p>`
        : html`<p>
            ${msg(
              'Din pligt til at underrette gælder stadig (barnets lov § 133). Er du fortsat bekymret for barnet, skal du sende en underretning til kommunen.',
            )}
          </p>`
    }
    <ul class="ways">
      ${
        way.url
          ? html`<li>
              <a class="button" href=${way.url} target="_blank" rel="noopener noreferrer"
                >${msg('Send en underretning')}</a
              >
            </li>`
          : nothing
      }
      ${
        way.phone
          ? html`<li>
              <a href="tel:${way.tel}">${msg(str`Ring til kommunen: ${way.phone}`)}</a>
            </li>`
          : nothing
      }
      ${
        way.url || way.phone
          ? nothing
          : html`<li>
              ${msg('Brug kommunens underretningsformular, eller ring til kommunens familieafdeling.')}
            </li>`
      }
    </ul>
    ${undo ?? nothing}
  </div>`;
}
