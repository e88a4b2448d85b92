import { html, type TemplateResult } from 'lit';
import { msg } from '@barnets-net/core';
import { bonds } from './map-view.js';

/** Beside the map on screen: the bonds' lines and marks, and the trusted adults' star. */
export const bondLegend = (): TemplateResult =>
  html`<ul class="legend" aria-label=${msg('Forklaring')}>
    ${bonds().map(
      ([bond, mark, text]) =>
        html`<li>
          <svg viewBox="0 -0.015 0.15 0.03" aria-hidden="true">
            <path class="bond bond--${bond}" d="M0 0h0.15"></path></svg
          ><span aria-hidden="true">${mark}</span>${text}
        </li>`,
    )}
    <li><span aria-hidden="true">★ </span>${msg('En voksen jeg kan tale med om det derhjemme')}</li>
  </ul>`;

/** Under the map: the grown-ups the child can talk to about home. */
export const trustedSummary = (names: string[]): TemplateResult =>
  html`<p class="trusted-summary">
    <span aria-hidden="true">★ </span>${msg('Voksne jeg kan tale med:')} ${names.join(', ')}
  </p>`;
