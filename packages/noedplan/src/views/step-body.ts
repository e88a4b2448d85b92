import { html, nothing } from 'lit';
import type { DateBoxes } from '@barnets-net/core';
import type { StepId, StepTexts } from '../labels.js';
import { actionSuggestions, signSuggestions } from '../model/suggestions.js';
import { choicesStep } from './choices-step.js';
import type { ViewContext } from './context.js';
import { dangerStep } from './danger-step.js';
import { peopleStep, type ReorderHooks } from './people-step.js';
import { placesStep } from './places-step.js';
import { planFields } from './plan-step.js';
import { pocketCard } from './pocket-card.js';
import { readThrough } from './read-through.js';

/** The body of one step: the same in the stepper and, all six, in the staff overview. */
export function stepBody(
  ctx: ViewContext,
  id: StepId,
  reorder: ReorderHooks,
  reviewBoxes: DateBoxes,
  texts: StepTexts,
  overview = false,
) {
  switch (id) {
    case 'signs':
      return choicesStep(ctx, 'signs', signSuggestions);
    case 'actions':
      return choicesStep(ctx, 'actions', actionSuggestions);
    case 'people':
      return peopleStep(ctx, reorder);
    case 'places':
      return placesStep(ctx);
    case 'danger':
      return dangerStep(ctx);
    case 'plan':
      return html`
        ${overview ? nothing : readThrough(ctx, ctx.value.plan, texts, 2, false)}
        ${planFields(ctx, reviewBoxes)}
        <div class="card-preview">${pocketCard(ctx.value.plan)}</div>
      `;
  }
}
