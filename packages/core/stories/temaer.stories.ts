import { html, nothing } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { tokens, type ThemeName } from '@barnets-net/core';
// The form in each theme is the private test element (apps/test-element), by
// package name: a side-effect import core does not depend on (it would be a
// cycle); apps/storybook does, so it is built before the Storybook.
import '@barnets-net/test-element';
import { describe, pageStyles } from './foundations.js';

interface ThemeCard {
  theme: ThemeName;
  title: string;
  text: string;
}

const cards: ThemeCard[] = [
  {
    theme: 'default',
    title: 'Standard',
    text: 'Uden tema. Sådan ser en widget ud, når værtssiden ikke sætter noget.',
  },
  {
    theme: 'high-contrast',
    title: 'Høj kontrast',
    text: 'Sort på hvidt, tykkere kanter og en kraftigere fokusring.',
  },
  {
    theme: 'dkfds',
    title: 'DKFDS',
    text: 'Farver og skrift fra Det Fælles Designsystem. Siden indlæser selv IBM Plex Sans.',
  },
];

const colours = tokens.filter((t) => t.group === 'colour');

/**
 * The standard column sets every token to its default, so the toolbar's
 * theme (set on an ancestor) does not leak into it.
 */
const defaults = Object.fromEntries(tokens.map((t) => [t.name, t.value]));

const sampleValue = {
  schemaVersion: 2,
  name: 'Sofie',
  note: 'Ringer til moster Lene efter skole.',
};

const renderThemes = () => html`
  ${pageStyles}
  <style>
    .bn-themes {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(20rem, 1fr));
      gap: 1rem;
      align-items: start;
    }
    .bn-theme {
      color: var(--bn-color-text, #1b1b1b);
      background: var(--bn-color-background, #ffffff);
      font-family: var(--bn-font-family, system-ui, sans-serif);
      border: 1px solid var(--bn-color-border, #6b6b6b);
      border-radius: var(--bn-radius-large, 0.75rem);
      padding: 1rem;
    }
    .bn-theme h2 {
      margin-block: 0 0.25rem;
    }
    .bn-theme > p {
      margin-block: 0 1rem;
      color: var(--bn-color-text-muted, #505050);
    }
    .bn-theme ul {
      list-style: none;
      margin: 0 0 1.5rem;
      padding: 0;
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(8.5rem, 1fr));
      gap: 0.5rem;
      font-size: 0.8125rem;
      line-height: 1.3;
    }
    .bn-theme li {
      display: flex;
      gap: 0.5rem;
      align-items: center;
    }
    .bn-theme .bn-swatch {
      flex: none;
      inline-size: 1.75rem;
      block-size: 1.75rem;
    }
  </style>
  <div class="bn-doc">
    <h1>Temaer</h1>
    <p class="bn-doc__lead">
      Et tema sætter de offentlige tokens på et element over widgetten: kald
      <code>installThemes(document)</code> og giv elementet
      <code>data-bn-theme="high-contrast"</code> eller <code>data-bn-theme="dkfds"</code> (eller
      indlæs CSS-filen fra <code>@barnets-net/core/themes/</code>). Her står de tre side om side med
      det samme testskema.
    </p>
    <div class="bn-themes">
      ${cards.map(
        (c) => html`
          <section
            class="bn-theme"
            aria-labelledby="tema-${c.theme}"
            data-bn-theme=${c.theme === 'default' ? nothing : c.theme}
            style=${styleMap(c.theme === 'default' ? defaults : {})}
          >
            <h2 id="tema-${c.theme}">${c.title}</h2>
            <p>${c.text}</p>
            <ul aria-label="Farver i temaet ${c.title}">
              ${colours.map(
                (t) =>
                  html`<li>
                    <span
                      class="bn-swatch"
                      title=${t.name}
                      style=${styleMap({ background: `var(${t.name})` })}
                    ></span>
                    <span>${describe(t)}</span>
                  </li>`,
              )}
            </ul>
            <bn-test-element name="tema-${c.theme}" .value=${sampleValue}></bn-test-element>
          </section>
        `,
      )}
    </div>
  </div>
`;

const meta = {
  title: 'Grundlag/Temaer',
  render: renderThemes,
  parameters: { layout: 'fullscreen' },
} satisfies Meta;

export default meta;

/** The three themes side by side: swatches and the same form in each. */
export const Temaer: StoryObj = { name: 'Temaer' };
