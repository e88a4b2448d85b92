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
  people: () => icon(svg`<rect x="7" y="2" width="10" height="20" rx="2"/><path d="M11 18h2"/>`),
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

/** A box, ticked when `on`: a picked suggestion shows more than a colour. */
export const checkIcon = (on: boolean) =>
  icon(
    svg`<rect x="3" y="3" width="18" height="18" rx="3"/>${on ? svg`<path d="M7 12l4 4 6-8"/>` : ''}`,
  );
export const arrowIcon = (back: boolean) =>
  icon(back ? svg`<path d="M19 12H5M11 18l-6-6 6-6"/>` : svg`<path d="M5 12h14M13 6l6 6-6 6"/>`);
export const speakerIcon = () => icon(svg`<path d="M11 5L6 9H2v6h4l5 4zM16 9a4 4 0 0 1 0 6"/>`);
