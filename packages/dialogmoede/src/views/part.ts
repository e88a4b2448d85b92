import { html, nothing, type TemplateResult } from 'lit';
import { ageInYears, heading, msg, str } from '@barnets-net/core';
import { areaNames, labels } from '../labels.js';
import { areas } from '../model/keys.js';
import { partIds, partSpecs, partTitles, type PartId } from '../model/parts.js';
import type { Spec } from '../model/spec.js';
import type { Agreement, Consent, Parent } from '../value/types.js';
import type { ViewContext } from './context.js';
import { field, fields } from './field.js';
import { list } from './lists.js';

const under = (specs: Spec[], prefix: string) => specs.filter((s) => s.path.startsWith(prefix));

/** The guidance above the worry: observations, not interpretations. */
export const observationHint = () =>
  msg(
    'Skriv det, I ser og hører, fx «Kommer uden madpakke 3 dage om ugen». Skriv ikke jeres tolkninger eller diagnoser, fx «Forældrene er ligeglade».',
  );

function body(id: PartId, specs: Spec[], c: ViewContext, level: number, today: string) {
  const v = c.value;
  switch (id) {
    case 'child': {
      const age = ageInYears(v.child.birthDate, today);
      return html`${fields(specs.slice(0, 2), c)}
        <p class="age" id="child-age">
          ${labels.ageLabel()}: ${age === undefined ? '–' : labels.age(age)}
        </p>
        ${fields(specs.slice(2), c)}`;
    }
    case 'parents':
      return html`${c.undo('parents')}
      ${list(
        {
          path: 'parents',
          specs,
          title: (n) => msg(str`Forælder eller anden med forældremyndighed ${n}`),
          add: msg('Tilføj en forælder'),
          addId: 'add-parent',
          prefix: 'p',
          level,
          make: (pid): Parent => ({ id: pid, name: '', contact: '', custody: '', livesWith: '' }),
        },
        c,
      )}
      ${field(specs[specs.length - 1]!, c)}`;
    case 'worry':
      return html`<p class="guide">${observationHint()}</p>
        ${areas.map(
          (a) =>
            html`<div class="area" role="group" aria-labelledby="area-${a}">
              ${heading(level, areaNames[a](), { id: `area-${a}` })}
              ${fields(under(specs, `worry.${a}.`), c)}
            </div>`,
        )}`;
    case 'alcohol':
      return html`${field(specs[0]!, c)}
      ${
        specs[1]!.when!(v)
          ? html`<p class="notice-inline">
              ${msg(
                'Ved formodning om eller viden om alkohol eller rusmidler inviteres kommunens børnekonsulent til mødet.',
              )}
            </p>`
          : nothing
      }
      ${fields(specs.slice(1), c)}`;
    case 'parentsPart':
      return html`<div class="parents-own">
        <p class="own-label">${labels.parentsOwn()}</p>
        <p class="hint">${labels.parentsOwnNote()}</p>
        ${fields(specs, c)}
      </div>`;
    case 'meeting':
      return html`${fields(specs.slice(0, 3), c)}
        <fieldset class="roles">
          <legend>${msg('Deltagere')}</legend>
          ${fields(specs.slice(3), c)}
        </fieldset>`;
    case 'outcome':
      return html`${fields(
          under(specs, 'outcome.').filter((s) => !/\.(agreements|consents)\./.test(s.path)),
          c,
        )}
        ${heading(level, msg('Aftaler'), { id: 'agreements-h' })} ${c.undo('outcome.agreements')}
        ${list(
          {
            path: 'outcome.agreements',
            specs,
            title: (n) => msg(str`Aftale ${n}`),
            add: msg('Tilføj en aftale'),
            addId: 'add-agreement',
            prefix: 'a',
            level: level + 1,
            make: (aid): Agreement => ({ id: aid, what: '', who: '', by: '' }),
          },
          c,
        )}
        ${heading(level, msg('Samtykke til at udveksle oplysninger'), { id: 'consents-h' })}
        <p class="hint">
          ${msg(
            'Skriv svaret fra hver, der har forældremyndighed: hvem der må tale sammen, om hvad, og hvor længe.',
          )}
        </p>
        ${c.undo('outcome.consents')}
        ${list(
          {
            path: 'outcome.consents',
            specs,
            title: (n) => msg(str`Samtykke ${n}`),
            add: msg('Tilføj et svar om samtykke'),
            addId: 'add-consent',
            prefix: 'c',
            level: level + 1,
            make: (cid): Consent => ({
              id: cid,
              givenBy: '',
              status: '',
              between: '',
              purpose: '',
              from: '',
              until: '',
              note: '',
            }),
          },
          c,
        )}`;
    default:
      return fields(specs, c);
  }
}

/** One part of the form as a section with its number and title. */
export function partSection(id: PartId, c: ViewContext, today: string): TemplateResult {
  const specs = partSpecs(id, c.value, c.outcomes);
  const n = partIds.indexOf(id) + 1;
  return html`<section class="part" id="section-${id}" aria-labelledby="part-${id}">
    ${heading(c.level + 1, `${n}. ${partTitles[id]()}`, { id: `part-${id}`, focusTarget: true })}
    ${body(id, specs, c, c.level + 2, today)}
  </section>`;
}
