import { html, type TemplateResult } from 'lit';
import { heading, msg } from '@barnets-net/core';
import { labels } from '../labels.js';
import { read } from '../model/paths.js';
import { nextId, type Spec } from '../model/spec.js';
import type { ViewContext } from './context.js';
import { fields } from './field.js';

/** One list of the form: parents, agreements or consents. */
export interface ListOptions {
  /** The list's path in the value: `parents`, `outcome.agreements`… */
  path: string;
  /** The part's fields; an item's are those under `path.<id>.`. */
  specs: Spec[];
  /** An item's heading, «Forælder 1». */
  title: (n: number) => string;
  add: string;
  /** The id of the add button: error links land on it. */
  addId: string;
  make: (id: string) => { id: string };
  prefix: string;
  /** Heading level of each item. */
  level: number;
}

/** An «add another» list: each item a group with its fields and a remove button. */
export function list(o: ListOptions, c: ViewContext): TemplateResult {
  const items = read<{ id: string }[]>(c.value, o.path);
  const error = c.errorFor(o.addId);
  return html`
    ${items.map((item, i) => {
      const at = `${o.path}.${item.id}.`;
      const title = o.title(i + 1);
      return html`<div class="item" role="group" aria-labelledby="${o.prefix}-${item.id}-h">
        ${heading(o.level, title, { id: `${o.prefix}-${item.id}-h`, focusTarget: true })}
        ${fields(
          o.specs.filter((s) => s.path.startsWith(at)),
          c,
        )}
        ${
          c.editable
            ? html`<button
                type="button"
                class="button button--secondary"
                id="${o.prefix}-${item.id}-remove"
                aria-describedby="${o.prefix}-${item.id}-h"
                @click=${() => c.remove(o.path, item.id, title, `${o.prefix}-${item.id}-h`)}
              >
                ${labels.remove()}
              </button>`
            : ''
        }
      </div>`;
    })}
    ${
      error
        ? html`<p class="error-message" id="${o.addId}-error">
            <span class="visually-hidden">${msg('Fejl:')}</span> ${error}
          </p>`
        : ''
    }
    ${
      c.editable
        ? html`<button
            type="button"
            class="button button--secondary"
            id=${o.addId}
            aria-describedby=${error ? `${o.addId}-error` : ''}
            @click=${() => {
              const id = nextId(items, o.prefix);
              c.add(o.path, o.make(id), `${o.prefix}-${id}-h`);
            }}
          >
            ${o.add}
          </button>`
        : ''
    }
  `;
}
