import { html, nothing } from 'lit';
import { removeById, restoreRemoved, textField } from '@barnets-net/core';
import { labels } from '../labels.js';
import { newId } from '../model/plan.js';
import type { SafePlace } from '../value/types.js';
import type { ViewContext } from './context.js';

const placeLabel = (p: SafePlace) => p.name.trim() || labels.unnamed();

/** Step 4: safe places, the address optional. */
export function placesStep(ctx: ViewContext) {
  const places = ctx.value.plan.places;
  if (!ctx.editable) return placesList(places);
  const set = (next: readonly SafePlace[], commit = true) =>
    (commit ? ctx.commit : ctx.edit)({ ...ctx.value.plan, places: [...next] });
  const patch = (id: string, change: Partial<SafePlace>) =>
    set(
      ctx.value.plan.places.map((p) => (p.id === id ? { ...p, ...change } : p)),
      false,
    );
  const remove = (p: SafePlace) => {
    const { list, removed } = removeById(ctx.value.plan.places, p.id);
    set(list);
    if (removed)
      ctx.removed(
        () => labels.removed(placeLabel(p)),
        () => set(restoreRemoved(ctx.value.plan.places, removed)),
      );
  };
  const add = () => {
    const place = { id: newId('s'), name: '', address: '' };
    set([...places, place]);
    ctx.focusAfter(`${place.id}-name`);
  };
  return html`
    <ul class="people">
      ${places.map(
        (p) =>
          html`<li class="person">
            <div class="person-fields">
              ${textField({
                id: `${p.id}-name`,
                label: labels.placeName(),
                value: p.name,
                maxlength: 120,
                onInput: (name) => patch(p.id, { name }),
                onChange: () => ctx.commit(ctx.value.plan),
              })}
              ${textField({
                id: `${p.id}-address`,
                label: labels.address(),
                value: p.address,
                maxlength: 200,
                onInput: (address) => patch(p.id, { address }),
                onChange: () => ctx.commit(ctx.value.plan),
              })}
            </div>
            <button
              type="button"
              class="button button--secondary"
              id="${p.id}-remove"
              @click=${() => remove(p)}
            >
              ${labels.remove(placeLabel(p))}
            </button>
          </li>`,
      )}
    </ul>
    <button type="button" class="button button--secondary" id="place-add" @click=${add}>
      ${labels.addPlace()}
    </button>
  `;
}

export const placesList = (places: readonly SafePlace[]) =>
  places.length
    ? html`<ul class="plain-list">
        ${places.map(
          (p) => html`<li>${placeLabel(p)}${p.address ? html`, ${p.address}` : nothing}</li>`,
        )}
      </ul>`
    : html`<p class="hint">${labels.nothingYet()}</p>`;
