import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '../localize/locale.js';
import { heading } from './heading.js';
import { issueMessage, type FieldIssue } from '../validators/issues.js';

/**
 * The GOV.UK error summary: a heading, then one link per problem. Links
 * move focus to the field inside the shadow root (a plain `#id` link would
 * try the host page). The widget focuses `.error-summary` after a failed
 * attempt to finish: focus reads its title and, as its description, the
 * problems. It is no `role="alert"`, which would say it all a second time.
 */
export function errorSummary(
  issues: readonly FieldIssue[],
  root: ParentNode,
  /** Its id, when one widget has several (one per validation scope). */
  id = 'bn-error-summary',
  /** Its heading's level: one below the widget's title. */
  level = 2,
): TemplateResult | typeof nothing {
  if (issues.length === 0) return nothing;
  const focusField = (e: Event, id: string) => {
    e.preventDefault();
    const field = root.querySelector<HTMLElement>(`#${CSS.escape(id)}`);
    field?.scrollIntoView({ block: 'center' });
    field?.focus();
  };
  return html`
    <div
      class="error-summary"
      id=${id}
      part="error-summary"
      tabindex="-1"
      role="group"
      aria-labelledby="${id}-title"
      aria-describedby="${id}-list"
    >
      ${heading(level, msg('Ret følgende, før du går videre'), { id: `${id}-title` })}
      <ul id="${id}-list">
        ${issues.map(
          (issue) => html`
            <li>
              <a href="#${issue.field}" @click=${(e: Event) => focusField(e, issue.field)}
                >${issueMessage(issue)}</a
              >
            </li>
          `,
        )}
      </ul>
    </div>
  `;
}

/**
 * The error summary of one validation scope. Its id is `<scope>-errors`:
 * where `ValidationScopes` moves focus after a failed try.
 */
export const scopeSummary = (
  checks: { visible(scope: string): readonly FieldIssue[] },
  scope: string,
  root: ParentNode,
  level?: number,
): TemplateResult | typeof nothing =>
  errorSummary(checks.visible(scope), root, `${scope}-errors`, level);
