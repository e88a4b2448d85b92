import { html, nothing, type TemplateResult } from 'lit';
import { ageInYears, formatDate, heading, msg, str, type Locale } from '@barnets-net/core';
import { labels } from '../labels.js';
import { partIds, partSpecs, partTitles, type Outcomes, type PartId } from '../model/parts.js';
import { read } from '../model/paths.js';
import { nameOf, needed, shown, type Spec } from '../model/spec.js';
import type { DialogmoedeValue } from '../value/types.js';

export interface ReviewOptions {
  value: DialogmoedeValue;
  locale: Locale;
  /** The level of each part's heading. */
  level: number;
  outcomes: Outcomes;
  today: string;
  /** Ids in the print copy get this prefix, so they never clash with the screen's. */
  prefix: string;
  /** Shows a change button per part (the screen's review). */
  onChange?: (id: PartId) => void;
}

/** A field's answer as people read it: the chosen words, dates written out. */
export function answer(s: Spec, v: DialogmoedeValue, locale: Locale): string {
  const x = read<never>(v, s.path);
  const chosen = () => s.choices!().filter((c) => ([] as string[]).concat(x).includes(c.value));
  switch (s.kind) {
    case 'check':
      return x ? labels.yes() : '';
    case 'radio':
    case 'select':
    case 'checks':
      return chosen()
        .map((c) => c.label)
        .join(', ');
    case 'date':
      return x ? formatDate(x, locale) : '';
    default:
      return x;
  }
}

const rows = (specs: Spec[], o: ReviewOptions) =>
  specs
    .filter((s) => shown(s, o.value))
    .map((s) => [s, answer(s, o.value, o.locale)] as const)
    .filter(([s, a]) => a || needed(s, o.value))
    .map(
      ([s, a]) =>
        html`<div class="row">
          <dt>${nameOf(s)}</dt>
          <dd class=${a ? '' : 'missing'}>${a || labels.notAnswered()}</dd>
        </div>`,
    );

/** The consents, one block per custody holder's answer (also the print's). */
function consents(specs: Spec[], o: ReviewOptions) {
  return o.value.outcome.consents.map((c) => {
    const who = o.value.parents.find((p) => p.id === c.givenBy)?.name.trim() || '–';
    const own = specs.filter((s) => s.path.startsWith(`outcome.consents.${c.id}.`));
    return html`<div class="consent">
      ${heading(o.level + 1, msg(str`Samtykke fra ${who}`))}
      <dl>${rows(own.slice(1), o)}</dl>
    </div>`;
  });
}

/** One part's answers, with its change button on screen. */
export function reviewPart(id: PartId, o: ReviewOptions): TemplateResult {
  const specs = partSpecs(id, o.value, o.outcomes);
  const n = partIds.indexOf(id) + 1;
  const title = `${n}. ${partTitles[id]()}`;
  const main = id === 'outcome' ? specs.filter((s) => !s.path.includes('.consents.')) : specs;
  const age = ageInYears(o.value.child.birthDate, o.today);
  const body = html`<dl>
      ${
        id === 'child' && age !== undefined
          ? html`<div class="row">
              <dt>${labels.ageLabel()}</dt>
              <dd>${labels.age(age)}</dd>
            </div>`
          : nothing
      }
      ${rows(main, o)}
    </dl>
    ${id === 'outcome' ? consents(specs, o) : nothing}`;
  return html`<section class="answers" aria-labelledby="${o.prefix}answers-${id}">
    ${heading(o.level, title, { id: `${o.prefix}answers-${id}` })}
    ${
      id === 'parentsPart'
        ? html`<div class="parents-own">
            <p class="own-label">${labels.parentsOwn()}</p>
            <p class="hint">${labels.parentsOwnNote()}</p>
            ${body}
          </div>`
        : body
    }
    ${
      o.onChange
        ? html`<button
            type="button"
            class="button button--secondary"
            id="change-${id}"
            @click=${() => o.onChange!(id)}
          >
            ${labels.change()}<span class="visually-hidden">: ${partTitles[id]()}</span>
          </button>`
        : nothing
    }
  </section>`;
}
