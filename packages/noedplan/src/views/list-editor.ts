import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { removeById, restoreRemoved, textField, type TextFieldOptions } from '@barnets-net/core';
import { labels } from '../labels.js';
import type { Plan, PlanPerson, SafePlace } from '../value/types.js';
import { button } from './button.js';
import type { ViewContext } from './context.js';

type ListKey = 'people' | 'places';
type Item<K extends ListKey> = K extends 'people' ? PlanPerson : SafePlace;

/** A row's name, or «Uden navn» while it has none. */
export const itemLabel = (item: { name: string }) => item.name.trim() || labels.unnamed();

/**
 * Edits one of the plan's lists of rows with ids (the grown-ups, the safe
 * places): each change goes to the plan as it is when it happens (an undo
 * or a drag ends after later changes), a removal can be undone.
 */
export function listEditor<K extends ListKey>(ctx: ViewContext, key: K) {
  type T = Item<K>;
  const now = () => ctx.value.plan[key] as T[];
  const set = (next: readonly T[], commit = true) =>
    (commit ? ctx.commit : ctx.edit)({ ...ctx.value.plan, [key]: [...next] } as Plan);
  const patch = (id: string, change: Partial<T>, commit = false) =>
    set(
      now().map((x) => (x.id === id ? { ...x, ...change } : x)),
      commit,
    );
  return {
    set,
    patch,
    /** Adds a row at the end; `focus` names the control that gets focus (default its name). */
    add(item: T, focus = `${item.id}-name`) {
      set([...now(), item]);
      ctx.focusAfter(focus);
    },
    /** A text field of a row, its id `<row id>-<field>`; typing edits, leaving commits. */
    text(
      item: T,
      field: keyof T & string,
      o: Omit<TextFieldOptions, 'id' | 'value' | 'onInput'>,
    ): TemplateResult {
      const id = `${item.id}-${field}`;
      return textField({
        error: ctx.errorFor(id),
        onChange: () => ctx.commit(ctx.value.plan),
        ...o,
        id,
        value: item[field] as string,
        onInput: (value) => patch(item.id, { [field]: value } as Partial<T>),
      });
    },
    /** The row's remove button: the row goes, with an undo. */
    removeButton(item: T): TemplateResult {
      const remove = () => {
        const { list, removed } = removeById(now(), item.id);
        set(list);
        if (removed)
          ctx.removed(
            () => labels.removed(itemLabel(item)),
            () => set(restoreRemoved(now(), removed)),
          );
      };
      return button(`${item.id}-remove`, labels.remove(itemLabel(item)), remove);
    },
  };
}

/** The rows in an ordered list, each its head (if any), its fields and its remove button. */
export const rowList = <T extends { id: string }>(
  items: readonly T[],
  list: { cls: string; label?: string },
  row: (item: T, i: number) => { head?: unknown; fields: unknown; remove: unknown; cls?: string },
) =>
  html`<ol class="rows ${list.cls}" aria-label=${ifDefined(list.label)}>
    ${items.map((item, i) => {
      const r = row(item, i);
      return html`<li class="row ${r.cls ?? ''}" data-row>
        ${r.head ?? nothing}
        <div class="row-fields">${r.fields}</div>
        ${r.remove}
      </li>`;
    })}
  </ol>`;

/** A list shown as text (readonly, the read-through, the A4 page), or «Ikke udfyldt endnu». */
export const textList = <T>(items: readonly T[], line: (item: T) => unknown) =>
  items.length
    ? html`<ol class="plain-list">
        ${items.map((item) => html`<li>${line(item)}</li>`)}
      </ol>`
    : html`<p class="hint">${labels.nothingYet()}</p>`;
