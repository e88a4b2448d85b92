import { html, nothing } from 'lit';
import { formatDate, heading, type Locale } from '@barnets-net/core';
import { labels, stepText, type StepId, type StepTexts } from '../labels.js';
import { actionSuggestions, chosenWords, signSuggestions } from '../model/suggestions.js';
import type { Plan, StaffNotes } from '../value/types.js';
import type { ViewContext } from './context.js';
import { helplineList } from './danger-step.js';
import { textList } from './list-editor.js';
import { peopleList } from './people-step.js';
import { placesList } from './places-step.js';

const words = (list: string[]) => textList(list, (w) => w);

// With `blank`, an empty line stays on the page as a line to write on (the A4 page).
const line = (label: string, text: string, blank = false) =>
  text.trim() || blank
    ? html`<p>
        <strong>${label}${label.endsWith('?') ? '' : ':'}</strong>
        ${text.trim() ? text : html`<span class="write-on"></span>`}
      </p>`
    : nothing;

/**
 * The whole plan as text: the child's read-through, the A4 page, an older
 * version, its headings `depth` below the title. Without `last`, it leaves out step 6's own fields (the child
 * edits them just below the read-through).
 */
export function readThrough(
  ctx: ViewContext,
  plan: Plan,
  texts: StepTexts,
  depth = 1,
  last = true,
) {
  const title = (id: StepId) => heading(ctx.level(depth), stepText(id, texts).title);
  const view: ViewContext = { ...ctx, value: { ...ctx.value, plan } };
  return html`<div class="read-through">
    <section>${title('signs')} ${words(chosenWords(signSuggestions, plan.signs))}</section>
    <section>${title('actions')} ${words(chosenWords(actionSuggestions, plan.actions))}</section>
    <section>${title('people')} ${peopleList(view)}</section>
    <section>${title('places')} ${placesList(plan.places)}</section>
    <section>
      ${title('danger')} ${helplineList(ctx.helplines)}
      ${line(labels.callScript(), plan.callScript)}
    </section>
    ${
      last
        ? html`<section>
            ${title('plan')} ${line(labels.cardCodeWord(), plan.codeWord)}
            ${line(labels.copies(), plan.copies)} ${line(labels.siblings(), plan.siblings)}
            ${line(labels.reviewOn(), plan.reviewOn ? formatDate(plan.reviewOn, ctx.locale, 'long') : '')}
          </section>`
        : nothing
    }
  </div>`;
}

/**
 * The staff's notes as text: on an older version only what was filled in;
 * on the A4 page (`blank`) every line, an empty one to fill in by hand.
 */
export const staffNotesText = (staff: StaffNotes, locale: Locale, blank = false) => html`
  ${line(labels.parentsReviewedOn(), staff.parentsReviewedOn ? formatDate(staff.parentsReviewedOn, locale, 'long') : '', blank)}
  ${line(labels.parentsPresent(), staff.parentsPresent, blank)}
  ${line(labels.parentsPermission(), staff.parentsPermission === 'yes' ? labels.yes() : staff.parentsPermission === 'no' ? labels.no() : '', blank)}
`;
