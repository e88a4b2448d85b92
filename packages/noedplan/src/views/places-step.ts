import { html, nothing } from 'lit';
import { labels } from '../labels.js';
import { newId } from '../model/plan.js';
import type { SafePlace } from '../value/types.js';
import { button } from './button.js';
import type { ViewContext } from './context.js';
import { itemLabel, listEditor, rowList, textList } from './list-editor.js';

/** Step 4: safe places, the address optional. */
export function placesStep(ctx: ViewContext) {
  const places = ctx.value.plan.places;
  if (!ctx.editable) return placesList(places);
  const list = listEditor(ctx, 'places');
  return html`
    ${rowList(places, { cls: 'places' }, (p) => ({
      fields: html`${list.text(p, 'name', { label: labels.placeName(), maxlength: 120 })}
      ${list.text(p, 'address', { label: labels.address(), maxlength: 200 })}`,
      remove: list.removeButton(p),
    }))}
    ${button('place-add', labels.addPlace(), () =>
      list.add({ id: newId('s'), name: '', address: '' }),
    )}
  `;
}

export const placesList = (places: readonly SafePlace[]) =>
  textList(places, (p) => html`${itemLabel(p)}${p.address ? html`, ${p.address}` : nothing}`);
