import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { tokens } from '@barnets-net/core';
import { describe, pageStyles, tokenVar } from './foundations.js';

const sizes = tokens.filter((t) => t.name.startsWith('--bn-font-size'));
const token = (name: string) => tokens.find((t) => t.name === name);

const bold = token('--bn-font-weight-bold');
const lineHeight = token('--bn-line-height');
const family = token('--bn-font-family');

const px = (rem: string) => (rem.endsWith('rem') ? ` (${parseFloat(rem) * 16} px)` : '');

const renderTypography = () => html`
  ${pageStyles}
  <style>
    .bn-type-row {
      display: grid;
      grid-template-columns: minmax(14rem, 18rem) 1fr;
      gap: 1rem;
      align-items: baseline;
      padding-block: 0.75rem;
      border-block-end: 1px solid #d0d0d0;
    }
    .bn-type-row p {
      margin: 0;
    }
    .bn-type-meta {
      font-size: 0.875rem;
    }
    .bn-type-meta span {
      display: block;
    }
  </style>
  <div class="bn-doc">
    <h1>Typografi</h1>
    <p class="bn-doc__lead">
      Skriftstørrelserne er i <code>rem</code>, så de følger den størrelse, brugeren har valgt i sin
      browser. Brødtekst og felter er mindst 16 px, så iPads ikke zoomer ind, når et barn trykker på
      et felt.
    </p>
    ${
      family
        ? html`<p class="bn-doc__lead">
            Skrift: <code>${family.name}</code>, standard <code>${family.value}</code>. Widgets
            henter aldrig skrifttyper selv; DKFDS-temaet forventer, at siden selv indlæser IBM Plex
            Sans.
          </p>`
        : ''
    }
    <h2>Størrelser</h2>
    ${sizes.map(
      (t) => html`
        <div class="bn-type-row" data-token=${t.name}>
          <div class="bn-type-meta">
            <code>${t.name}</code>
            <span>${t.value}${px(t.value)}</span>
            <span>${describe(t)}</span>
          </div>
          <p
            style=${styleMap({
              'font-size': tokenVar(t),
              'font-family': family ? tokenVar(family) : null,
              'line-height': '1.25',
            })}
          >
            Et trygt netværk omkring barnet
          </p>
        </div>
      `,
    )}
    <h2>Vægt og linjehøjde</h2>
    ${
      bold && lineHeight
        ? html`
            <div class="bn-type-row">
              <div class="bn-type-meta">
                <code>${bold.name}</code>
                <span>${bold.value}</span>
                <span>${describe(bold)}</span>
              </div>
              <p style=${styleMap({ 'font-weight': tokenVar(bold) })}>Hvem kan barnet ringe til?</p>
            </div>
            <div class="bn-type-row">
              <div class="bn-type-meta">
                <code>${lineHeight.name}</code>
                <span>${lineHeight.value}</span>
                <span>${describe(lineHeight)}</span>
              </div>
              <p
                style=${styleMap({ 'line-height': tokenVar(lineHeight), 'max-inline-size': '36rem' })}
              >
                Når en forælder drikker, har barnet brug for voksne, det kan regne med. Skemaerne
                skal kunne læses af børn og travle fagfolk, så teksten får god luft mellem linjerne
                og korte linjer.
              </p>
            </div>
          `
        : ''
    }
  </div>
`;

const meta = {
  title: 'Grundlag/Typografi',
  render: renderTypography,
  parameters: { layout: 'fullscreen' },
} satisfies Meta;

export default meta;

/** The type scale, each size drawn with its own token. */
export const Typografi: StoryObj = { name: 'Typografi' };
