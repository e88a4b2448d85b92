import { html, nothing, type TemplateResult } from 'lit';
import { icon, msg } from '@barnets-net/core';
import { bonds } from '../bonds.js';
import type { PrintFlavour } from '../controllers/derived.js';

/**
 * The trusted words: on the child's print (and any print from the screen,
 * which may be the browser's own) only "a grown-up I trust".
 */
const trustedWords = (flavour: PrintFlavour, home: () => string, safe: () => string) =>
  flavour === 'child'
    ? safe()
    : flavour === 'screen'
      ? html`<span class="no-print">${home()}</span><span class="print-only">${safe()}</span>`
      : home();

/**
 * Beside the map: the bonds' lines and marks, and the trusted adults' star.
 * The child's print goes into a home where a parent may drink: no bonds,
 * and the star only says "a grown-up I trust" (R 807–808).
 */
export const bondLegend = (flavour: PrintFlavour): TemplateResult =>
  html`<ul class="legend" aria-label=${msg('Forklaring')}>
    ${
      flavour === 'child'
        ? nothing
        : bonds(flavour === 'professional').map(
            ([bond, mark, text]) =>
              html`<li class="legend-bond">
                <svg viewBox="0 -0.015 0.15 0.03" aria-hidden="true">
                  <path class="bond bond--${bond}" d="M0 0h0.15"></path></svg
                >${mark ? icon(mark) : nothing}${text}
              </li>`,
          )
    }
    <li>
      ${icon('star', 'icon--filled trusted-star')}${trustedWords(
        flavour,
        () => msg('En voksen jeg kan tale med om det derhjemme'),
        () => msg('En voksen jeg stoler på'),
      )}
    </li>
  </ul>`;

/** Under the map: the grown-ups the child can talk to (on the child's print: trusts). */
export const trustedSummary = (names: string[], flavour: PrintFlavour): TemplateResult =>
  html`<p class="trusted-summary">
    ${icon('star', 'icon--filled trusted-star')}
    ${trustedWords(
      flavour,
      () => msg('Voksne jeg kan tale med:'),
      () => msg('Voksne jeg stoler på:'),
    )}
    ${names.join(', ')}
  </p>`;
