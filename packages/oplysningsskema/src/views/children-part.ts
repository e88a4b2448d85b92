import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { heading, type Locale, msg, type Removed, str, undoNotice } from '@barnets-net/core';
import { ageText, labelOf, parentsText, residenceChoices } from '../labels.js';
import { childAge } from '../model/age.js';
import { childFlags } from '../model/flags.js';
import { childChangeId, validateChild } from '../model/validate.js';
import type { Child } from '../value/types.js';

export interface ChildrenPartProps {
  /** The level of this view's heading (the widget's title is one above). */
  level: number;
  children: Child[];
  locale: Locale;
  today: string;
  editable: boolean;
  /** The error of the list itself (no child yet). */
  error: string | undefined;
  /** The child just removed, while the removal can be undone. */
  removed: Removed<Child> | null;
  onAdd: () => void;
  onEdit: (child: Child) => void;
  onRemove: (id: string) => void;
  onUndoRemove: () => void;
}

/** One child in the list: name and age, the facts, what is left to do, and its actions. */
function childCard(p: ChildrenPartProps, child: Child, index: number): TemplateResult {
  const name = child.name.trim() || msg(str`Barn ${index + 1}`);
  const warnings = childFlags(child, p.today).filter((f) => f.level === 'warning').length;
  const incomplete = validateChild(child, p.today).length > 0;
  return html`<li class="child-card">
    ${heading(p.level + 1, html`${name}, ${ageText(childAge(child, p.today), p.locale)}`, {
      id: `child-${child.id}-heading`,
      focusTarget: true,
    })}
    <p class="child-facts">
      ${[
        child.parents.length ? msg(str`Forældre: ${parentsText(child.parents, p.locale)}`) : '',
        labelOf(residenceChoices(), child.residence),
      ]
        .filter(Boolean)
        .join(' · ')}
    </p>
    ${incomplete ? html`<p class="tag tag--incomplete">${msg('Mangler oplysninger')}</p>` : nothing}
    ${warnings ? html`<p class="tag tag--warning">${msg('Se opmærksomhedspunkter nedenfor')}</p>` : nothing}
    ${
      p.editable
        ? html`<div class="card-actions">
            <button
              type="button"
              class="button button--secondary"
              id=${childChangeId(child.id)}
              @click=${() => p.onEdit(child)}
            >
              ${msg('Ret')}<span class="visually-hidden"> ${name}</span>
            </button>
            <button type="button" class="button button--link" @click=${() => p.onRemove(child.id)}>
              <span class="link-text">${msg('Fjern')}</span
              ><span class="visually-hidden"> ${name}</span>
            </button>
          </div>`
        : nothing
    }
  </li>`;
}

/** The children's part of the form: the "add another" list with undo of a removal. */
export function childrenPart(p: ChildrenPartProps): TemplateResult {
  const { children, error, removed } = p;
  return html`<section class="part" aria-labelledby="children-heading">
    ${heading(p.level, msg('Børn'), { id: 'children-heading' })}
    <p class="hint">${msg('Borgerens egne børn og partnerens børn.')}</p>
    ${
      removed
        ? undoNotice(
            msg(str`${removed.item.name.trim() || msg('Barnet')} er fjernet.`),
            p.onUndoRemove,
          )
        : nothing
    }
    ${
      children.length
        ? html`<ul class="child-list">
            ${children.map((c, i) => childCard(p, c, i))}
          </ul>`
        : html`<p>${msg('Der er ikke tilføjet nogen børn endnu.')}</p>`
    }
    <div class=${error ? 'field--error' : ''}>
      ${
        error
          ? html`<p class="error-message" id="add-child-error">
              <span class="visually-hidden">${msg('Fejl:')}</span> ${error}
            </p>`
          : nothing
      }
      ${
        p.editable
          ? html`<button
              type="button"
              class="button button--secondary"
              id="add-child"
              aria-describedby=${ifDefined(error && 'add-child-error')}
              @click=${p.onAdd}
            >
              ${children.length ? msg('Tilføj et barn mere') : msg('Tilføj et barn')}
            </button>`
          : nothing
      }
    </div>
  </section>`;
}
