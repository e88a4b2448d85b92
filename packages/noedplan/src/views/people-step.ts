import { html, nothing } from 'lit';
import { checkbox, removeById, restoreRemoved, textField } from '@barnets-net/core';
import { labels } from '../labels.js';
import { fromMap, moveItem, offered } from '../model/people.js';
import { newId } from '../model/plan.js';
import type { PlanPerson } from '../value/types.js';
import type { ViewContext } from './context.js';
import { phoneLink } from './phone-link.js';

export interface ReorderHooks {
  /** The row being dragged over, for the drop mark. */
  hover: number | undefined;
  startDrag(e: PointerEvent, index: number): void;
}

const personLabel = (p: PlanPerson) => p.name.trim() || labels.unnamed();

/** Is this person from the linked map, and gone from it now? */
export const goneFromMap = (ctx: ViewContext, p: PlanPerson): boolean =>
  !!p.mapId && !!ctx.mapIds && !ctx.mapIds.has(p.mapId);

/** Step 3: the grown-ups to call, the map's trusted people offered first. */
export function peopleStep(ctx: ViewContext, reorder: ReorderHooks) {
  const people = ctx.value.plan.people;
  const setPeople = (next: readonly PlanPerson[], commit = true) =>
    (commit ? ctx.commit : ctx.edit)({ ...ctx.value.plan, people: [...next] });
  if (!ctx.editable) return peopleList(ctx);

  const patch = (id: string, change: Partial<PlanPerson>, commit = true) =>
    setPeople(
      ctx.value.plan.people.map((p) => (p.id === id ? { ...p, ...change } : p)),
      commit,
    );
  const move = (from: number, to: number) => {
    const list = ctx.value.plan.people;
    if (to < 0 || to >= list.length) return;
    const person = list[from]!;
    setPeople(moveItem(list, from, to));
    ctx.focusAfter(`${person.id}-move`);
    ctx.announce(() => labels.movedTo(personLabel(person), to + 1, list.length));
  };
  const remove = (p: PlanPerson) => {
    const { list, removed } = removeById(ctx.value.plan.people, p.id);
    setPeople(list);
    if (removed)
      ctx.removed(
        () => labels.removed(personLabel(p)),
        () => setPeople(restoreRemoved(ctx.value.plan.people, removed)),
      );
  };
  const addBlank = () => {
    const person: PlanPerson = {
      id: newId('p'),
      name: '',
      relation: '',
      phone: '',
      knowsPlan: false,
      mapId: '',
    };
    setPeople([...people, person]);
    ctx.focusAfter(`${person.id}-name`);
  };
  const suggestions = offered(ctx.mapPeople ?? [], people);

  return html`
    ${
      suggestions.length
        ? html`<section class="offer" aria-labelledby="offer-title">
            <h4 id="offer-title">${labels.fromMap()}</h4>
            <div class="suggestions">
              ${suggestions.map(
                (m) =>
                  html`<button
                    type="button"
                    class="suggestion"
                    id="offer-${m.id}"
                    @click=${() => {
                      setPeople([...ctx.value.plan.people, fromMap(m)]);
                      ctx.announce(() => labels.added(m.name));
                      ctx.focusAfter('offer-title');
                    }}
                  >
                    +
                    ${m.name}${m.relation ? html` <span class="hint">(${m.relation})</span>` : nothing}
                  </button>`,
              )}
            </div>
          </section>`
        : nothing
    }
    <ol class="people" aria-label=${labels.callOrder()}>
      ${people.map((p, i) => {
        const common = (field: keyof PlanPerson) => ({
          id: `${p.id}-${field}`,
          error: ctx.errorFor(`${p.id}-${field}`),
          onChange: () => ctx.commit(ctx.value.plan),
        });
        return html`<li class="person ${reorder.hover === i ? 'drop-here' : ''}" data-row>
          <div class="person-head">
            <button
              type="button"
              class="handle"
              id="${p.id}-move"
              aria-label=${labels.moveLabel(personLabel(p), i + 1, people.length)}
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
            </button>
            <strong>${personLabel(p)}</strong>
            ${goneFromMap(ctx, p) ? html`<span class="tag">${labels.goneFromMap()}</span>` : nothing}
          </div>
          <div class="person-fields">
            ${textField({
              ...common('name'),
              label: labels.name(),
              value: p.name,
              maxlength: 80,
              onInput: (name) => patch(p.id, { name }, false),
            })}
            ${textField({
              ...common('relation'),
              label: labels.relation(),
              value: p.relation,
              maxlength: 80,
              onInput: (relation) => patch(p.id, { relation }, false),
            })}
            ${textField({
              ...common('phone'),
              label: labels.phone(),
              hint: labels.phoneHint(),
              type: 'tel',
              inputmode: 'tel',
              autocomplete: 'off',
              value: p.phone,
              maxlength: 30,
              onInput: (phone) => patch(p.id, { phone }, false),
            })}
            ${checkbox({
              id: `${p.id}-knows`,
              label: labels.knowsPlan(),
              checked: p.knowsPlan,
              onChange: (knowsPlan) => patch(p.id, { knowsPlan }),
            })}
          </div>
          <button
            type="button"
            class="button button--secondary"
            id="${p.id}-remove"
            @click=${() => remove(p)}
          >
            ${labels.remove(personLabel(p))}
          </button>
        </li>`;
      })}
    </ol>
    ${people.length ? html`<p class="hint" id="move-hint">${labels.moveHint()}</p>` : nothing}
    <button type="button" class="button button--secondary" id="person-add" @click=${addBlank}>
      ${labels.addPerson()}
    </button>
  `;
}

/** The people as text, for the read-through, the staff page and readonly. */
export function peopleList(ctx: ViewContext) {
  const people = ctx.value.plan.people;
  if (!people.length) return html`<p class="hint">${labels.nothingYet()}</p>`;
  return html`<ol class="plain-list">
    ${people.map(
      (p) =>
        html`<li>
          ${personLabel(p)}${p.relation ? ` (${p.relation})` : ''}${
            p.phone ? html`: ${phoneLink(p.phone)}` : nothing
          }${p.knowsPlan ? html` · ${labels.knowsPlan()}` : nothing}${
            goneFromMap(ctx, p)
              ? html` · <span class="tag">${labels.goneFromMap()}</span>`
              : nothing
          }
        </li>`,
    )}
  </ol>`;
}
