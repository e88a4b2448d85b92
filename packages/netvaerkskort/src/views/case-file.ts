import { html, nothing, type TemplateResult } from 'lit';
import { formatDate, heading, icon, type Locale, msg } from '@barnets-net/core';
import { bondWords } from '../bonds.js';
import { ringLabel } from '../sectors.js';
import type { PrintFlavour } from '../controllers/derived.js';
import type { Person } from '../value/types.js';
import { networkDayFacts } from './person-facts.js';

export interface CaseFileProps {
  people: readonly Person[];
  nameOf: (p: Person) => string;
  sectorLabel: (id: string) => string;
  /** Pseudonyms are on: phone numbers and notes, which tell who someone is, stay off paper. */
  pseudonymised: boolean;
  locale: Locale;
  /** The heading level of each print's title. */
  level: number;
}

/** The case file's print, below the map: every person with what staff know about them. */
export function caseFileView(p: CaseFileProps): TemplateResult {
  const full = !p.pseudonymised;
  return html`<section class="print-only case-file" aria-labelledby="case-file-heading">
    ${heading(p.level, msg('Personerne på kortet'), { id: 'case-file-heading' })}
    ${full ? nothing : html`<p>${msg('Med pseudonymer: uden telefonnumre og noter.')}</p>`}
    <table>
      <thead>
        <tr>
          <th>${msg('Navn')}</th>
          <th>${msg('Hvem')}</th>
          <th>${msg('Hvor')}</th>
          <th>${msg('Bånd')}</th>
          <th>${msg('Netværksdag')}</th>
          ${
            full
              ? html`<th>${msg('Telefon')}</th>
                  <th>${msg('Note')}</th>`
              : nothing
          }
        </tr>
      </thead>
      <tbody>
        ${p.people.map(
          (person) =>
            html`<tr>
              <td>
                ${p.nameOf(person)}${person.trusted ? html` ${icon('star', 'icon--filled')}` : nothing}
              </td>
              <td>${person.relation}</td>
              <td>${p.sectorLabel(person.sector)}, ${ringLabel(person.ring)}</td>
              <td>${bondWords(person.bond, true)}</td>
              <td>${networkDayFacts(person, p.locale).join(', ')}</td>
              ${
                full
                  ? html`<td>${person.phone}</td>
                      <td>${person.note}</td>`
                  : nothing
              }
            </tr>`,
        )}
      </tbody>
    </table>
  </section>`;
}

/** The network day's print, for the centre that sends the invitations (R 3094–3096). */
export function invitationsView(
  p: Pick<CaseFileProps, 'people' | 'locale' | 'level'>,
): TemplateResult {
  const invited = p.people.filter((x) => x.inviteToNetworkDay);
  return html`<section class="print-only case-file" aria-labelledby="invitations-heading">
    ${heading(p.level, msg('Invitationer til netværksdagen'), { id: 'invitations-heading' })}
    ${
      invited.length
        ? html`<table>
            <thead>
              <tr>
                <th>${msg('Navn')}</th>
                <th>${msg('Hvem er det for barnet')}</th>
                <th>${msg('Telefon')}</th>
                <th>${msg('Samtykke til samarbejde')}</th>
              </tr>
            </thead>
            <tbody>
              ${invited.map(
                (x) =>
                  html`<tr>
                    <td>${x.name}</td>
                    <td>${x.relation}</td>
                    <td>${x.phone}</td>
                    <td>
                      ${x.cooperationConsentOn ? formatDate(x.cooperationConsentOn, p.locale) : msg('Ikke givet')}
                    </td>
                  </tr>`,
              )}
            </tbody>
          </table>`
        : html`<p>${msg('Ingen er inviteret endnu.')}</p>`
    }
  </section>`;
}

/** What a staff print adds below the map: the case file's table, or the invitation list. */
export const printAddendum = (flavour: PrintFlavour, p: CaseFileProps) =>
  flavour === 'professional'
    ? caseFileView(p)
    : flavour === 'invitations'
      ? invitationsView(p)
      : nothing;

/** Above the list (not in simple mode): shows what staff keep, off by default. */
export const staffDetailsToggle = (
  checked: boolean,
  disabled: boolean,
  onChange: (on: boolean) => void,
) =>
  html`<label class="choice">
    <input
      type="checkbox"
      id="staff-details"
      ?disabled=${disabled}
      .checked=${checked}
      @change=${(e: Event) => onChange((e.target as HTMLInputElement).checked)}
    />
    <span>${msg('Vis de voksnes oplysninger: bånd, netværksdag og noter')}</span>
  </label>`;
