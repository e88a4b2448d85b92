import { html, nothing, type TemplateResult } from 'lit';
import { formatDate, type Locale, msg, str, heading } from '@barnets-net/core';
import {
  ageText,
  clientRoleChoices,
  counsellingChoices,
  custodyChoices,
  labelOf,
  livingSituationChoices,
  offerKindLabel,
  offerStatusChoices,
  parentsText,
  residenceChoices,
  yesNoChoices,
  yesNoUnknownChoices,
} from '../labels.js';
import { childAge } from '../model/age.js';
import { OFFER_KINDS, type AttentionFlag } from '../model/flags.js';
import type { Child, OplysningsskemaValue, YesNoUnknown } from '../value/types.js';

export interface ReviewProps {
  value: OplysningsskemaValue;
  locale: Locale;
  today: string;
  flags: AttentionFlag[];
  flagText: (flag: AttentionFlag) => string;
  /** Change links, one per part: a child's id, or none for the client. Omitted when readonly or printing. */
  onChange?: (childId?: string) => void;
  idPrefix: string;
  /** Its headings' level: one below the widget's title when it stands alone (readonly, print), two under the review heading. */
  level: number;
  /** The host's title for the centre's child specialist. */
  specialistTitle: string;
}

// Headings take focus when the worker comes back from changing their part.
const partHeading = (level: number, id: string, content: unknown) =>
  heading(level, content, { id, focusTarget: true });

/** Key and answer. */
type Row = [string, string];

// lang: hyphenation of long Danish words («børnefamiliebehandler») in a narrow column.
const summaryList = (rows: Row[], lang: string): TemplateResult =>
  html`<dl class="summary-list" lang=${lang}>
    ${rows.map(
      ([key, value]) =>
        html`<div class="summary-row">
          <dt>${key}</dt>
          <dd>${value.trim() ? value : '–'}</dd>
        </div>`,
    )}
  </dl>`;

/** A part of the review: its heading, one change link (GOV.UK's summary card) and its answers. */
function part(
  p: ReviewProps,
  id: string,
  title: unknown,
  about: string,
  rows: Row[],
  childId?: string,
) {
  const hid = `${p.idPrefix}${id}-heading`;
  return html`<section class="review-part" aria-labelledby=${hid}>
    <div class="review-head">
      ${partHeading(p.level, hid, title)}
      ${
        p.onChange
          ? html`<button
              type="button"
              class="button button--link"
              @click=${() => p.onChange!(childId)}
            >
              <span class="link-text">${msg('Ret oplysningerne')}</span
              ><span class="visually-hidden"> ${about}</span>
            </button>`
          : nothing
      }
    </div>
    ${summaryList(rows, p.locale)}
  </section>`;
}

/** The attention flags, warnings first; a prompt for the worker, not a decision. */
export function flagList(
  flags: AttentionFlag[],
  flagText: (f: AttentionFlag) => string,
  id: string,
  level: number,
  lang: string,
) {
  if (flags.length === 0) return nothing;
  return html`<section class="flags" part="attention-flags" aria-labelledby=${id} lang=${lang}>
    ${partHeading(level, id, msg('Opmærksomhedspunkter'))}
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
  const born = c.birthDate
    ? date(c.birthDate, p.locale)
    : c.birthYear !== null
      ? String(c.birthYear)
      : '';
  const offers = OFFER_KINDS.filter((k) => c.offers[k]).map((k) => {
    const name =
      k === 'other' && c.offers.otherDescription ? c.offers.otherDescription : offerKindLabel(k);
    return `${name}: ${labelOf(offerStatusChoices(), c.offers[k]).toLowerCase()}`;
  });
  const answer = (v: YesNoUnknown) => labelOf(yesNoUnknownChoices(), v);
  const joined = (...parts: string[]) => parts.filter((s) => s.trim()).join('. ');
  return [
    [msg('Forældre'), parentsText(c.parents, p.locale)],
    [msg('Født'), born],
    [msg('Alder'), ageText(childAge(c, p.today), p.locale, true)],
    [
      msg('Forældremyndighed'),
      c.custody === 'others' && c.custodyOther
        ? `${msg('Andre')}: ${c.custodyOther}`
        : labelOf(custodyChoices(), c.custody),
    ],
    [msg('Bopæl'), labelOf(residenceChoices(), c.residence)],
    ...(c.residence && c.residence !== 'with-client'
      ? [
          [
            msg('Samvær med borgeren'),
            joined(answer(c.contact), c.contactFrequency, c.contactForm),
          ] as Row,
        ]
      : []),
    [msg('Sag i familieafdelingen'), answer(c.familyCase)],
    [msg('Andre støttende indsatser'), c.otherSupport],
    [msg('Borgerens bekymring'), answer(c.clientWorried)],
    [msg('Behandlerens bekymring'), joined(answer(c.workerWorried), c.workerAssessment)],
    [
      msg('Samarbejde med rådgivningen'),
      [answer(c.cooperation), ...c.counselling.map((v) => labelOf(counsellingChoices(), v))]
        .filter(Boolean)
        .join(': '),
    ],
    [
      msg('Børnefamilieperspektivet drøftet med forældrene'),
      [labelOf(yesNoChoices(), c.perspectiveDiscussed), date(c.perspectiveDiscussedOn, p.locale)]
        .filter(Boolean)
        .join(', '),
    ],
    [msg(str`Inddrag en ${p.specialistTitle}`), labelOf(yesNoChoices(), c.involveSpecialist)],
    [
      msg('Forældrenes tilladelse til børnesamtaler'),
      [labelOf(yesNoChoices(), c.consent), c.consentBy, date(c.consentOn, p.locale)]
        .filter((s) => s.trim())
        .join(', '),
    ],
    [msg('Tilbud'), offers.join('; ') || msg('Ingen endnu')],
  ];
}

/** "Check your answers": everything, with one change link to the client and one to each child. */
export function review(p: ReviewProps): TemplateResult {
  const { client } = p.value;
  const living = labelOf(livingSituationChoices(), client.livingSituation);
  return html`
    ${flagList(p.flags, p.flagText, `${p.idPrefix}flags-heading`, p.level, p.locale)}
    ${part(p, 'client', msg('Borgeren'), msg('om borgeren'), [
      [msg('Reference'), client.reference],
      [msg('Registreret'), date(client.registeredOn, p.locale)],
      [msg('Behandler'), client.worker],
      [msg('Borgerens rolle'), labelOf(clientRoleChoices(), client.role)],
      [
        msg('Samlivssituation'),
        client.livingSituation === 'other' && client.livingSituationOther
          ? `${living}: ${client.livingSituationOther}`
          : living,
      ],
      ...(client.livingSituation === 'partner'
        ? [
            [
              msg('Partner i behandling'),
              labelOf(yesNoUnknownChoices(), client.partnerInTreatment),
            ] as Row,
          ]
        : []),
    ])}
    ${p.value.children.map((c, i) => {
      const name = c.name.trim() || msg(str`Barn ${i + 1}`);
      return part(p, `child-${c.id}`, name, msg(str`om ${name}`), childRows(c, p), c.id);
    })}
  `;
}
