import { svg, type SVGTemplateResult } from 'lit';
import type { StepId } from './labels.js';

// Small line drawings of our own, decorative (the words carry the meaning).
const icon = (path: SVGTemplateResult) =>
  svg`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">${path}</svg>`;

export const stepIcons: Record<StepId, () => SVGTemplateResult> = {
  signs: () =>
    icon(
      svg`<path d="M2 12s4-7 10-7 10 7 10 7-4 7-10 7S2 12 2 12z"/><circle cx="12" cy="12" r="3"/>`,
    ),
  actions: () =>
    icon(
      svg`<path d="M9 18V5l12-2v13"/><circle cx="6" cy="18" r="3"/><circle cx="18" cy="16" r="3"/>`,
    ),
  people: () =>
    icon(
      svg`<path d="M22 16.9v3a2 2 0 0 1-2.2 2 19.8 19.8 0 0 1-8.6-3.1 19.5 19.5 0 0 1-6-6A19.8 19.8 0 0 1 2.1 4.2 2 2 0 0 1 4.1 2h3a2 2 0 0 1 2 1.7c.1 1 .4 1.9.7 2.8a2 2 0 0 1-.5 2.1L8 9.9a16 16 0 0 0 6 6l1.3-1.3a2 2 0 0 1 2.1-.4c.9.3 1.8.6 2.8.7a2 2 0 0 1 1.7 2z"/>`,
    ),
  places: () =>
    icon(svg`<path d="M3 10l9-7 9 7v10a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2z"/><path d="M9 22V12h6v10"/>`),
  danger: () =>
    icon(
      svg`<path d="M12 2l8 4v6c0 5-3.5 9-8 10-4.5-1-8-5-8-10V6z"/><path d="M12 8v5M12 16h.01"/>`,
    ),
  plan: () =>
    icon(
      svg`<path d="M9 11l3 3 9-9"/><path d="M21 12v7a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2h11"/>`,
    ),
};

export const checkIcon = () => icon(svg`<path d="M5 12l5 5 9-10"/>`);
export const arrowIcon = (back: boolean) =>
  icon(back ? svg`<path d="M19 12H5M11 18l-6-6 6-6"/>` : svg`<path d="M5 12h14M13 6l6 6-6 6"/>`);
export const speakerIcon = () =>
  icon(
    svg`<path d="M11 5L6 9H2v6h4l5 4z"/><path d="M15.5 8.5a5 5 0 0 1 0 7M19 5a10 10 0 0 1 0 14"/>`,
  );
