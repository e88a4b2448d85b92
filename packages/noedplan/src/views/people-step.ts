import { html, nothing } from 'lit';
import { checkbox, heading } from '@barnets-net/core';
import { labels } from '../labels.js';
import { fromMap, moveItem, offered } from '../model/people.js';
import { newId } from '../model/plan.js';
import type { PlanPerson } from '../value/types.js';
import { button } from './button.js';
import type { ViewContext } from './context.js';
import { itemLabel, listEditor, rowList, textList } from './list-editor.js';
import { phoneLink } from './phone-link.js';

export interface ReorderHooks {
  /** The row being dragged over, for the drop mark. */
  hover: number | undefined;
  startDrag(e: PointerEvent, index: number): void;
}

/** Is this person from the linked map, and gone from it now? */
export const goneFromMap = (ctx: ViewContext, p: PlanPerson): boolean =>
  !!p.mapId && !!ctx.mapIds && !ctx.mapIds.has(p.mapId);

const goneTag = (ctx: ViewContext, p: PlanPerson) =>
  goneFromMap(ctx, p) ? html`<span class="tag">${labels.goneFromMap()}</span>` : nothing;

/** The map's trusted people not yet in the plan, each a button that adds its own copy. */
function offer(ctx: ViewContext, add: (p: PlanPerson) => void) {
  const people = offered(ctx.mapPeople ?? [], ctx.value.plan.people);
  return people.length
    ? html`<section class="offer" aria-labelledby="offer-title">
        ${heading(ctx.level(2), labels.fromMap(), { id: 'offer-title' })}
        <div class="suggestions">
          ${people.map(
            (m) =>
              html`<button
                type="button"
                class="suggestion"
                id="offer-${m.id}"
                @click=${() => {
                  add(fromMap(m));
                  ctx.announce(() => labels.added(m.name));
                }}
              >
                +
                ${m.name}${m.relation ? html` <span class="hint">(${m.relation})</span>` : nothing}
              </button>`,
          )}
        </div>
      </section>`
    : nothing;
}

/** Step 3: the grown-ups to call, the map's trusted people offered first. */
export function peopleStep(ctx: ViewContext, reorder: ReorderHooks) {
  const people = ctx.value.plan.people;
  if (!ctx.editable) return peopleList(ctx);
  const list = listEditor(ctx, 'people');
  const move = (from: number, to: number, control = 'move') => {
    const now = ctx.value.plan.people;
    if (to < 0 || to >= now.length) return;
    const person = now[from]!;
    list.set(moveItem(now, from, to));
    // The same control again; at the top or bottom, where it is gone, its partner.
    const id = (c: string) => `${person.id}-${c}`;
    ctx.focusAfter(id(control), id(control === 'up' ? 'down' : 'up'), id('move'));
    ctx.announce(() => labels.movedTo(itemLabel(person), to + 1, now.length));
  };
  const handle = (p: PlanPerson, i: number) =>
    html`<button
      type="button"
      class="handle"
      id="${p.id}-move"
      aria-label=${labels.moveLabel(itemLabel(p), i + 1, people.length)}
      aria-describedby="move-hint"
      @keydown=${(e: KeyboardEvent) => {
        const step = e.key === 'ArrowUp' ? -1 : e.key === 'ArrowDown' ? 1 : 0;
        if (!step) return;
        e.preventDefault();
        move(i, i + step);
      }}
      @pointerdown=${(e: PointerEvent) => reorder.startDrag(e, i)}
    >
      <span aria-hidden="true">${i + 1}</span>
    </button>`;
  // Buttons as well as the drag: moving by a tap, for a finger or mouse that cannot drag.
  const step = (p: PlanPerson, i: number, up: boolean) => {
    const to = up ? i - 1 : i + 1;
    if (to < 0 || to >= people.length) return nothing;
    const name = itemLabel(p);
    return html`<button
      type="button"
      class="button button--secondary"
      id="${p.id}-${up ? 'up' : 'down'}"
      aria-label=${up ? labels.moveUp(name) : labels.moveDown(name)}
      @click=${() => move(i, to, up ? 'up' : 'down')}
    >
      ${up ? labels.up() : labels.down()}
    </button>`;
  };

  return html`
    ${offer(ctx, (p) => list.add(p, 'offer-title'))}
    ${rowList(people, { cls: 'people', label: labels.callOrder() }, (p, i) => ({
      cls: reorder.hover === i ? 'drop-here' : '',
      head: html`<div class="row-head">
        ${handle(p, i)} <strong>${itemLabel(p)}</strong> ${goneTag(ctx, p)} ${step(p, i, true)}
        ${step(p, i, false)}
      </div>`,
      fields: html`${list.text(p, 'name', { label: labels.name(), maxlength: 80 })}
      ${list.text(p, 'relation', { label: labels.relation(), maxlength: 80 })}
      ${list.text(p, 'phone', {
        label: labels.phone(),
        hint: labels.phoneHint(),
        type: 'tel',
        inputmode: 'tel',
        maxlength: 30,
      })}
      ${checkbox({
        id: `${p.id}-knows`,
        label: labels.knowsPlan(),
        checked: p.knowsPlan,
        onChange: (knowsPlan) => list.patch(p.id, { knowsPlan }, true),
      })}`,
      remove: list.removeButton(p),
    }))}
    ${people.length ? html`<p class="hint" id="move-hint">${labels.moveHint()}</p>` : nothing}
    ${button('person-add', labels.addPerson(), () =>
      list.add({ id: newId('p'), name: '', relation: '', phone: '', knowsPlan: false, mapId: '' }),
    )}
  `;
}

/** The people as text, for the read-through, the staff page and readonly. */
export const peopleList = (ctx: ViewContext) =>
  textList(
    ctx.value.plan.people,
    (p) =>
      html`${itemLabel(p)}${p.relation ? ` (${p.relation})` : ''}${
        p.phone ? html`: ${phoneLink(p.phone)}` : nothing
      }${p.knowsPlan ? html` · ${labels.knowsPlan()}` : nothing}${
        goneFromMap(ctx, p) ? html` · ${goneTag(ctx, p)}` : nothing
      }`,
  );
