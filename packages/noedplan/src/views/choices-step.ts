import { html, nothing } from 'lit';
import { checkIcon } from '../icons.js';
import { labels } from '../labels.js';
import { chosenWords, type Suggestion } from '../model/suggestions.js';
import type { Choices, Plan } from '../value/types.js';
import { button } from './button.js';
import type { ViewContext } from './context.js';
import { textList } from './list-editor.js';

/**
 * Steps 1 and 2: big toggle buttons for the suggestions, then the child's
 * own words, each removable with an undo.
 */
export function choicesStep(
  ctx: ViewContext,
  key: 'signs' | 'actions',
  suggestions: readonly Suggestion[],
) {
  const plan = ctx.value.plan;
  const c = plan[key];
  const set = (next: Choices): Plan => ({ ...ctx.value.plan, [key]: next });
  if (!ctx.editable) {
    return textList(chosenWords(suggestions, c), (w) => w);
  }
  const toggle = (id: string) =>
    ctx.commit(
      set({
        ...c,
        picked: c.picked.includes(id) ? c.picked.filter((x) => x !== id) : [...c.picked, id],
      }),
    );
  const addOwn = (input: HTMLInputElement) => {
    const word = input.value.trim();
    if (!word) return;
    input.value = '';
    ctx.commit(set({ ...c, own: [...c.own, word] }));
    ctx.announce(() => labels.added(word));
  };
  const removeOwn = (index: number) => {
    const word = c.own[index]!;
    ctx.commit(set({ ...c, own: c.own.filter((_, i) => i !== index) }));
    ctx.removed(
      () => labels.removed(word),
      () => {
        const now = ctx.value.plan[key];
        const own = [...now.own];
        own.splice(Math.min(index, own.length), 0, word);
        ctx.commit({ ...ctx.value.plan, [key]: { ...now, own } });
      },
    );
  };
  return html`
    <div class="suggestions">
      ${suggestions.map(
        (s) =>
          html`<button
            type="button"
            class="suggestion"
            id="${key}-${s.id}"
            aria-pressed=${c.picked.includes(s.id) ? 'true' : 'false'}
            @click=${() => toggle(s.id)}
          >
            ${checkIcon(c.picked.includes(s.id))}${s.label()}
          </button>`,
      )}
    </div>
    ${
      c.own.length
        ? html`<ul class="own-words">
            ${c.own.map(
              (w, i) =>
                html`<li>
                  <span>${w}</span>
                  ${button(`${key}-own-${i}-remove`, labels.remove(w), () => removeOwn(i))}
                </li>`,
            )}
          </ul>`
        : nothing
    }
    <div class="field add-row">
      <label class="label" for="${key}-own">${labels.ownWords()}</label>
      <div class="inline">
        <input
          id="${key}-own"
          maxlength="200"
          autocomplete="off"
          @keydown=${(e: KeyboardEvent) => {
            if (e.key !== 'Enter') return;
            e.preventDefault();
            addOwn(e.target as HTMLInputElement);
          }}
        />
        ${button(`${key}-own-add`, labels.add(), (e) =>
          addOwn((e.target as HTMLElement).closest('.inline')!.querySelector('input')!),
        )}
      </div>
    </div>
  `;
}
