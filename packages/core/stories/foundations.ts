import { html } from 'lit';
import type { Token } from '@barnets-net/core';

/** Danish names of the token groups, in the order the pages show them. */
export const groupNames: Record<Token['group'], string> = {
  colour: 'Farver',
  type: 'Typografi',
  space: 'Afstande',
  shape: 'Former og kanter',
  focus: 'Fokus',
  touch: 'Berøringsflader',
};

/**
 * Danish descriptions for the docs. The tokens carry English ones; a token
 * added without a line here shows its English description until one is added.
 */
const danish: Record<string, string> = {
  '--bn-color-text': 'Brødtekst',
  '--bn-color-text-muted': 'Hjælpetekster og sekundær tekst',
  '--bn-color-background': 'Baggrund for side og felter',
  '--bn-color-surface': 'Paneler, kort og opsummeringen før afslutning',
  '--bn-color-border': 'Kanter på felter og paneler',
  '--bn-color-primary': 'Hovedhandlinger og links',
  '--bn-color-primary-hover': 'Hovedhandling, når markøren er over den',
  '--bn-color-on-primary': 'Tekst på hovedhandlinger',
  '--bn-color-error': 'Fejl og deres kanter',
  '--bn-color-warning': 'Tekst og kanter, der kalder på opmærksomhed',
  '--bn-color-warning-surface': 'Baggrund for advarsler og kladdebeskeder',
  '--bn-color-success': 'Gemt, afsluttet, godkendt',
  '--bn-font-family': 'Al tekst',
  '--bn-font-size-s': 'Småt og tabelceller',
  '--bn-font-size-m': 'Brødtekst og felter',
  '--bn-font-size-l': 'Afsnitsoverskrifter',
  '--bn-font-size-xl': 'Widgettens overskrift',
  '--bn-font-size-xxl': 'Store overskrifter (enkel visning)',
  '--bn-line-height': 'Linjehøjde i brødtekst',
  '--bn-font-weight-bold': 'Overskrifter og etiketter',
  '--bn-space-1': 'Hårfine mellemrum',
  '--bn-space-2': 'Luft inde i knapper og felter',
  '--bn-space-3': 'Mellem etiket og felt',
  '--bn-space-4': 'Mellem felter',
  '--bn-space-5': 'Mellem grupper af felter',
  '--bn-space-6': 'Mellem afsnit',
  '--bn-radius': 'Hjørner på felter og knapper',
  '--bn-radius-large': 'Hjørner på kort og paneler',
  '--bn-border-width': 'Kantbredde på felter',
  '--bn-focus-color': 'Fokusringens fyld',
  '--bn-focus-outline': 'Fokusringens kant',
  '--bn-focus-width': 'Fokusringens bredde',
  '--bn-touch-target': 'Mindste størrelse på alt, man kan trykke på (WCAG 2.5.5)',
};

export const describe = (token: Token): string => danish[token.name] ?? token.description;

/** `var(--bn-x, default)`: the value a theme sets, else the token's default. */
export const tokenVar = (token: Token): string => `var(${token.name}, ${token.value})`;

/**
 * Story-only layout. The pages read the public tokens themselves, so the
 * toolbar's theme shows in them too.
 */
export const pageStyles = html`<style>
  .bn-doc {
    color: var(--bn-color-text, #1b1b1b);
    background: var(--bn-color-background, #ffffff);
    font-family: var(--bn-font-family, system-ui, sans-serif);
    line-height: var(--bn-line-height, 1.5);
    max-inline-size: 72rem;
    padding: 1rem;
  }
  .bn-doc h1 {
    font-size: 2rem;
    margin-block: 0 0.5rem;
  }
  .bn-doc h2 {
    font-size: 1.375rem;
    margin-block: 2rem 0.5rem;
  }
  .bn-doc p.bn-doc__lead {
    max-inline-size: 45rem;
    margin-block: 0 1rem;
  }
  .bn-doc code {
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
    font-size: 0.875em;
  }
  .bn-doc table {
    border-collapse: collapse;
    inline-size: 100%;
    table-layout: fixed;
  }
  .bn-doc th:nth-child(1) {
    inline-size: 27%;
  }
  .bn-doc th:nth-child(2) {
    inline-size: 21%;
  }
  .bn-doc th:nth-child(3) {
    inline-size: 14%;
  }
  .bn-doc th,
  .bn-doc td {
    text-align: start;
    vertical-align: middle;
    padding: 0.5rem 0.75rem;
    border-block-end: 1px solid #d0d0d0;
  }
  .bn-doc th {
    font-size: 0.875rem;
    border-block-end-width: 2px;
    border-block-end-color: currentColor;
  }
  .bn-doc td {
    overflow-wrap: anywhere;
  }
  .bn-swatch {
    display: inline-block;
    inline-size: 3rem;
    block-size: 2rem;
    border-radius: 0.25rem;
    box-shadow: inset 0 0 0 1px rgb(0 0 0 / 0.3);
    vertical-align: middle;
  }
  .bn-bar {
    display: block;
    block-size: 1rem;
    background: var(--bn-color-primary, #0b5e8a);
  }
  .bn-box {
    display: block;
    inline-size: 3rem;
    block-size: 2rem;
    background: var(--bn-color-surface, #f3f2f1);
    border: 1px solid var(--bn-color-border, #6b6b6b);
  }
</style>`;
