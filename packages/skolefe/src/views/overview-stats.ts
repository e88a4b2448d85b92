import { html, type TemplateResult } from 'lit';
import { formatNumber, heading, msg, str, type Locale } from '@barnets-net/core';
import { genderChoices, labels, resultChoices } from '../labels.js';
import { bySchool, stats, type AgeBand, type CardRow, type Stats } from '../model/overview.js';

const AGE_BANDS: readonly AgeBand[] = ['0-5', '6-9', '10-13', '14+', 'unknown'];

interface StatsProps {
  rows: readonly CardRow[];
  locale: Locale;
  level: number;
  /** Hours a year each school or daycare has for the scheme, or null. */
  allotment: number | null;
}

const n = (value: number, locale: Locale) => formatNumber(value, locale);

const share = (part: number, all: number, locale: Locale) =>
  all ? formatNumber(part / all, locale, { style: 'percent', maximumFractionDigits: 0 }) : '–';

/** A two-column table of counts: its caption, a label per line, the count and its share. */
function countTable(
  caption: string,
  lines: [string, number][],
  all: number,
  locale: Locale,
): TemplateResult {
  return html`<table class="counts">
    <caption>
      ${caption}
    </caption>
    <tbody>
      ${lines.map(
        ([label, count]) =>
          html`<tr>
            <th scope="row">${label}</th>
            <td>${n(count, locale)}</td>
            <td class="share">${share(count, all, locale)}</td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}

const keyFigures = (s: Stats, locale: Locale) =>
  html`<dl class="figures">
    <div>
      <dt>${msg('Børn')}</dt>
      <dd>${n(s.children, locale)}</dd>
    </div>
    <div>
      <dt>${msg('Støtte i gang')}</dt>
      <dd>${n(s.active, locale)}</dd>
    </div>
    <div>
      <dt>${msg('Opfølgning snart')}</dt>
      <dd>${n(s.due, locale)}</dd>
    </div>
    <div>
      <dt>${msg('Opfølgning forsinket')}</dt>
      <dd class=${s.overdue ? 'late' : ''}>${n(s.overdue, locale)}</dd>
    </div>
    <div>
      <dt>${msg('Timer brugt')}</dt>
      <dd>${n(s.hours, locale)}</dd>
    </div>
  </dl>`;

function schoolTable(p: StatsProps): TemplateResult {
  const { locale } = p;
  return html`<div class="table-wrap" tabindex="0" role="region" aria-labelledby="per-school">
    <table class="school-table">
      <caption id="per-school">
        ${msg('Pr. skole eller dagtilbud')}
      </caption>
      <thead>
        <tr>
          <th scope="col">${labels.unit('school')}</th>
          <th scope="col">${msg('Børn')}</th>
          <th scope="col">${msg('I gang')}</th>
          <th scope="col">${msg('Opfølgning snart eller forsinket')}</th>
          <th scope="col">${msg('Timer')}</th>
        </tr>
      </thead>
      <tbody>
        ${bySchool(p.rows, locale).map(([unit, rows]) => {
          const s = stats(rows);
          const hours =
            p.allotment === null
              ? n(s.hours, locale)
              : msg(str`${n(s.hours, locale)} af ${n(p.allotment, locale)}`);
          return html`<tr>
            <th scope="row">${unit || labels.notStated()}</th>
            <td data-label=${msg('Børn')}>${n(s.children, locale)}</td>
            <td data-label=${msg('I gang')}>${n(s.active, locale)}</td>
            <td data-label=${msg('Opfølgning snart eller forsinket')}>
              ${n(s.due + s.overdue, locale)}
            </td>
            <td
              data-label=${msg('Timer')}
              class=${p.allotment !== null && s.hours > p.allotment ? 'late' : ''}
            >
              ${hours}
            </td>
          </tr>`;
        })}
      </tbody>
    </table>
  </div>`;
}

/** The numbers for management: key figures, per school, gender, ages and results. */
export function overviewStats(p: StatsProps): TemplateResult {
  const s = stats(p.rows);
  const { locale } = p;
  const ageWord = (b: AgeBand) => (b === 'unknown' ? labels.notStated() : msg(str`${b} år`));
  return html`<section class="stats" aria-labelledby="stats-title">
    ${heading(p.level, msg('Tal for perioden'), { id: 'stats-title' })} ${keyFigures(s, locale)}
    ${s.children ? schoolTable(p) : ''}
    <div class="count-tables">
      ${countTable(
        msg('Resultat efter tre måneder'),
        [
          ...resultChoices().map((c): [string, number] => [c.label, s.results[c.value]]),
          [msg('Ikke fulgt op endnu'), s.results.none],
        ],
        s.children,
        locale,
      )}
      ${countTable(
        labels.gender(),
        [
          ...genderChoices().map((c): [string, number] => [c.label, s.gender[c.value]]),
          [labels.notStated(), s.gender.unknown],
        ],
        s.children,
        locale,
      )}
      ${countTable(
        msg('Alder'),
        AGE_BANDS.map((b): [string, number] => [ageWord(b), s.ages[b]]),
        s.children,
        locale,
      )}
    </div>
  </section>`;
}
