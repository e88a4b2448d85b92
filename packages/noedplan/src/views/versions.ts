import { html, nothing } from 'lit';
import { formatDate, heading } from '@barnets-net/core';
import { labels, type StepTexts } from '../labels.js';
import type { ViewContext } from './context.js';
import { readThrough, staffNotesText } from './read-through.js';

/** Earlier plans, newest first, each with its date; shown, never edited. */
export function versionsList(ctx: ViewContext, texts: StepTexts) {
  const versions = ctx.value.versions;
  if (!versions.length) return nothing;
  return html`<section class="versions" aria-labelledby="versions-title">
    ${heading(ctx.level(1), labels.versionsTitle(), { id: 'versions-title' })}
    ${[...versions].reverse().map(
      (v) =>
        html`<details class="version" id="version-${v.id}">
          <summary>${labels.versionOf(formatDate(v.savedOn, ctx.locale, 'long'))}</summary>
          ${readThrough({ ...ctx, editable: false }, v.plan, texts, 2)}
          ${staffNotesText(v.staff, ctx.locale)}
        </details>`,
    )}
  </section>`;
}
