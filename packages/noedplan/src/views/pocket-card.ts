import { html, nothing } from 'lit';
import { labels } from '../labels.js';
import type { Plan } from '../value/types.js';
import { phoneLink } from './phone-link.js';

/**
 * The pocket card, credit-card size and folding: only what the child chose,
 * plus 112 and Børnetelefonen. Discreet on purpose: it says what to do,
 * never why, so a grown-up who finds it learns nothing from it.
 */
export function pocketCard(plan: Plan) {
  const person = plan.card.firstPerson ? plan.people.find((p) => p.name.trim()) : undefined;
  const place = plan.card.firstPlace ? plan.places.find((p) => p.name.trim()) : undefined;
  const code = plan.card.codeWord ? plan.codeWord.trim() : '';
  return html`<div class="pocket-card" part="pocket-card">
    <div class="card-panel card-front">
      <p class="card-title">${labels.cardHeading()}</p>
      ${
        person
          ? html`<p class="card-line">
              <strong>${person.name}</strong> ${person.phone ? phoneLink(person.phone) : nothing}
            </p>`
          : nothing
      }
      ${code ? html`<p class="card-line">${labels.cardCode()}: <strong>${code}</strong></p>` : nothing}
      ${
        place
          ? html`<p class="card-line">
              <strong>${place.name}</strong>${place.address ? html` ${place.address}` : nothing}
            </p>`
          : nothing
      }
    </div>
    <div class="card-panel card-back">
      <p class="card-line">${labels.emergency()} <strong>112</strong></p>
      <p class="card-line">${labels.childLine()} <strong>116 111</strong></p>
    </div>
  </div>`;
}
