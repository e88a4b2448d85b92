import { html, type TemplateResult } from 'lit';
import { heading, msg } from '@barnets-net/core';
import { partIds, partTitles, type PartId } from '../model/parts.js';
import type { TaskStatus } from '../model/status.js';

const statusText: Record<TaskStatus, () => string> = {
  empty: () => msg('Ikke startet'),
  started: () => msg('Mangler noget'),
  done: () => msg('Udfyldt'),
  later: () => msg('Udfyldes på mødet'),
};

/**
 * GOV.UK's task list: every part with an honest status. Each entry moves
 * focus to its part (the parts are all on the page, so the error summary's
 * links reach every field too).
 */
export function taskList(
  level: number,
  status: (id: PartId) => TaskStatus,
  go: (id: PartId) => void,
): TemplateResult {
  return html`<nav class="tasks" aria-labelledby="tasks-h">
    ${heading(level, msg('Skemaets dele'), { id: 'tasks-h' })}
    <ol>
      ${partIds.map((id, i) => {
        const s = status(id);
        return html`<li>
          <a
            href="#section-${id}"
            aria-describedby="task-${id}"
            @click=${(e: Event) => {
              e.preventDefault();
              go(id);
            }}
            >${i + 1}. ${partTitles[id]()}</a
          >
          <span class="tag tag--${s}" id="task-${id}">${statusText[s]()}</span>
        </li>`;
      })}
    </ol>
  </nav>`;
}
