import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { formatDate, type Locale } from '@barnets-net/core';
import {
  ageText,
  counsellingChoices,
  custodyChoices,
  labelOf,
  livingSituationChoices,
  offerKindLabel,
  offerStatusChoices,
  relationChoices,
  residenceChoices,
  yesNoChoices,
  yesNoUnknownChoices,
} from '../labels.js';
import { childAge } from '../model/age.js';
import type { AttentionFlag } from '../model/flags.js';
import type { Child, OfferKind, OplysningsskemaValue } from '../value/types.js';

export interface ReviewProps {
  value: OplysningsskemaValue;
  locale: Locale;
  today: string;
  flags: AttentionFlag[];
  flagText: (flag: AttentionFlag) => string;
  /** Change links; omitted when readonly or printing. */
  onChangeClient?: (field: string) => void;
  onChangeChild?: (id: string) => void;
  idPrefix: string;
  /** h2 when the review stands alone (readonly, print), h3 under the review heading. */
  level: 2 | 3;
}

const heading = (level: 2 | 3, id: string, content: unknown) =>
  level === 2 ? html`<h2 id=${id}>${content}</h2>` : html`<h3 id=${id}>${content}</h3>`;

interface Row {
  key: string;
  value: string;
  change?: () => void;
  changeLabel?: string;
}

const dash = (s: string) => (s.trim() ? s : '–');

function summaryList(rows: Row[]): TemplateResult {
  return html`<dl class="summary-list">
    ${rows.map(
      (r) =>
        html`<div class="summary-row">
          <dt>${r.key}</dt>
          <dd class="summary-value">${dash(r.value)}</dd>
          ${
            r.change
              ? html`<dd class="summary-action">
                  <button type="button" class="button button--link" @click=${r.change}>
                    <span class="link-text">${msg('Ret')}</span
                    ><span class="visually-hidden"> ${r.changeLabel ?? r.key}</span>
                  </button>
                </dd>`
              : nothing
          }
        </div>`,
    )}
  </dl>`;
}

/** The attention flags, warnings first; a prompt for the worker, not a decision. */
export function flagList(
  flags: AttentionFlag[],
  flagText: (f: AttentionFlag) => string,
  id: string,
  level: 2 | 3 = 3,
) {
  if (flags.length === 0) return nothing;
  return html`<section class="flags" part="attention-flags" aria-labelledby=${id}>
    ${heading(level, id, msg('Opmærksomhedspunkter'))}
    <ul>
      ${flags.map(
        (f) =>
          html`<li class="flag flag--${f.level}">
            <span class="flag-level"
              >${f.level === 'warning' ? msg('Vigtigt:') : msg('Bemærk:')}</span
            >
            ${flagText(f)}
          </li>`,
      )}
    </ul>
    <p class="hint">
      ${msg('Punkterne er en hjælp til din faglige vurdering, ikke en afgørelse.')}
    </p>
  </section>`;
}

const date = (iso: string, locale: Locale) => (iso ? formatDate(iso, locale) : '');

function childRows(c: Child, p: ReviewProps): Row[] {
  const change = p.onChangeChild ? () => p.onChangeChild!(c.id) : undefined;
  const row = (key: string, value: string): Row =>
    change ? { key, value, change, changeLabel: `${key} (${c.name})` } : { key, value };
  const born = c.birthDate
    ? date(c.birthDate, p.locale)
    : c.birthYear !== null
      ? String(c.birthYear)
      : '';
  const offers = (['childrensGroup', 'reliefTalks', 'familyTalks', 'other'] as OfferKind[])
    .filter((k) => c.offers[k])
    .map((k) => {
      const name =
        k === 'other' && c.offers.otherDescription ? c.offers.otherDescription : offerKindLabel(k);
      return `${name}: ${labelOf(offerStatusChoices(), c.offers[k]).toLowerCase()}`;
    });
  const residence = labelOf(residenceChoices(), c.residence);
  const contact = [c.contactFrequency, c.contactForm].filter((s) => s.trim()).join(', ');
  return [
    row(msg('Relation'), labelOf(relationChoices(), c.relation)),
    row(msg('Født'), born),
    row(msg('Alder'), ageText(childAge(c, p.today), p.locale, true)),
    row(
      msg('Forældremyndighed'),
      c.custody === 'others' && c.custodyOther
        ? `${msg('Andre')}: ${c.custodyOther}`
        : labelOf(custodyChoices(), c.custody),
    ),
    row(msg('Bopæl'), contact ? `${residence}. ${msg('Samvær:')} ${contact}` : residence),
    row(msg('Sag i familieafdelingen'), labelOf(yesNoUnknownChoices(), c.familyCase)),
    row(msg('Andre foranstaltninger'), c.otherMeasures),
    row(msg('Klienten er bekymret'), labelOf(yesNoUnknownChoices(), c.clientWorried)),
    row(
      msg('Behandlerens vurdering'),
      [labelOf(yesNoUnknownChoices(), c.workerWorried), c.workerAssessment]
        .filter((s) => s.trim())
        .join('. '),
    ),
    row(
      msg('Samarbejde med'),
      c.counselling.map((v) => labelOf(counsellingChoices(), v)).join(', '),
    ),
    row(
      msg('Børneperspektiv drøftet'),
      [labelOf(yesNoChoices(), c.perspectiveDiscussed), date(c.perspectiveDiscussedOn, p.locale)]
        .filter(Boolean)
        .join(', '),
    ),
    row(msg('Inddrag børnefamiliebehandler'), labelOf(yesNoChoices(), c.involveSpecialist)),
    row(msg('Tilbud'), offers.join('; ') || msg('Ingen endnu')),
  ];
}

/** "Check your answers": everything, with a change link to each part. */
export function review(p: ReviewProps): TemplateResult {
  const { client } = p.value;
  const changeClient = (field: string) =>
    p.onChangeClient ? () => p.onChangeClient!(field) : undefined;
  const clientRow = (key: string, value: string, field: string): Row => {
    const change = changeClient(field);
    return change ? { key, value, change } : { key, value };
  };
  return html`
    ${flagList(p.flags, p.flagText, `${p.idPrefix}flags-heading`, p.level)}
    <section class="review-part" aria-labelledby="${p.idPrefix}client-heading">
      ${heading(p.level, `${p.idPrefix}client-heading`, msg('Klienten'))}
      ${summaryList([
        clientRow(msg('Reference'), client.reference, 'client-reference'),
        clientRow(msg('Registreret'), date(client.registeredOn, p.locale), 'client-registeredOn'),
        clientRow(msg('Behandler'), client.worker, 'client-worker'),
        clientRow(
          msg('Samlivssituation'),
          client.livingSituation === 'other' && client.livingSituationOther
            ? `${labelOf(livingSituationChoices(), client.livingSituation)}: ${client.livingSituationOther}`
            : labelOf(livingSituationChoices(), client.livingSituation),
          'client-livingSituation',
        ),
        ...(client.livingSituation === 'partner'
          ? [
              clientRow(
                msg('Partneren er i behandling'),
                labelOf(yesNoUnknownChoices(), client.partnerInTreatment),
                'client-partnerInTreatment',
              ),
            ]
          : []),
      ])}
    </section>
    ${p.value.children.map(
      (c, i) =>
        html`<section class="review-part" aria-labelledby="${p.idPrefix}child-${c.id}-heading">
          <h3 id="${p.idPrefix}child-${c.id}-heading">
            ${c.name.trim() || msg(str`Barn ${i + 1}`)}
          </h3>
          ${summaryList(childRows(c, p))}
        </section>`,
    )}
  `;
}
