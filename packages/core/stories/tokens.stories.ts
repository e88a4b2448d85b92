import { html, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { tokens, type Token } from '@barnets-net/core';
import { describe, groupNames, pageStyles, tokenVar } from './foundations.js';

/** A small picture of what the token does, drawn with the token itself. */
function sample(token: Token): TemplateResult {
  const v = tokenVar(token);
  const name = token.name;
  if (token.value.startsWith('#')) {
    return html`<span class="bn-swatch" style=${styleMap({ background: v })}></span>`;
  }
  if (name === '--bn-font-family') {
    return html`<span style=${styleMap({ 'font-family': v })}>Æblegrød på én skål</span>`;
  }
  if (name.startsWith('--bn-font-size')) {
    return html`<span style=${styleMap({ 'font-size': v, 'line-height': '1.2' })}>Aa Ææ Øø</span>`;
  }
  if (name === '--bn-font-weight-bold') {
    return html`<span style=${styleMap({ 'font-weight': v })}>Fed overskrift</span>`;
  }
  if (name === '--bn-line-height') {
    return html`<span
      style=${styleMap({ 'line-height': v, display: 'block', 'max-inline-size': '14rem' })}
      >To linjer tekst med den linjehøjde, brødteksten har.</span
    >`;
  }
  if (name.startsWith('--bn-space')) {
    return html`<span class="bn-bar" style=${styleMap({ 'inline-size': v })}></span>`;
  }
  if (name.startsWith('--bn-radius')) {
    return html`<span class="bn-box" style=${styleMap({ 'border-radius': v })}></span>`;
  }
  if (name === '--bn-border-width') {
    return html`<span
      class="bn-box"
      style=${styleMap({ 'border-width': v, 'border-style': 'solid' })}
    ></span>`;
  }
  if (name === '--bn-focus-width') {
    return html`<span
      class="bn-box"
      style=${styleMap({
        outline: `${v} solid var(--bn-focus-outline, #0b0c0c)`,
        'box-shadow': `0 0 0 calc(${v} * 2) var(--bn-focus-color, #ffbf47)`,
        'margin-inline': '0.5rem',
      })}
    ></span>`;
  }
  if (name === '--bn-touch-target') {
    return html`<span
      class="bn-box"
      style=${styleMap({ 'inline-size': v, 'block-size': v })}
    ></span>`;
  }
  return html`<code>${token.value}</code>`;
}

const groups = [...new Set(tokens.map((t) => t.group))];

const renderTokens = () => html`
  ${pageStyles}
  <div class="bn-doc">
    <h1>Tokens</h1>
    <p class="bn-doc__lead">
      Alle widgets læser deres farver, skrift, afstande og former fra de offentlige
      <code>--bn-*</code>-egenskaber. Værtssiden kan sætte dem på et hvilket som helst element over
      en widget; uden tema bruges standardværdierne, som opfylder WCAG AA på hvid baggrund.
      Eksemplerne tegnes med selve tokenet, så de viser det tema, der er valgt i værktøjslinjen.
    </p>
    ${groups.map(
      (group) => html`
        <h2 id="gruppe-${group}">${groupNames[group]}</h2>
        <table aria-labelledby="gruppe-${group}">
          <thead>
            <tr>
              <th scope="col">Navn</th>
              <th scope="col">Standard</th>
              <th scope="col">Eksempel</th>
              <th scope="col">Beskrivelse</th>
            </tr>
          </thead>
          <tbody>
            ${tokens
              .filter((t) => t.group === group)
              .map(
                (t) => html`
                  <tr data-token=${t.name}>
                    <td><code>${t.name}</code></td>
                    <td><code>${t.value}</code></td>
                    <td>${sample(t)}</td>
                    <td>${describe(t)}</td>
                  </tr>
                `,
              )}
          </tbody>
        </table>
      `,
    )}
  </div>
`;

const meta = {
  title: 'Grundlag/Tokens',
  render: renderTokens,
  parameters: { layout: 'fullscreen' },
} satisfies Meta;

export default meta;

/** Every design token, grouped, with its default and a sample. */
export const Tokens: StoryObj = { name: 'Tokens' };
