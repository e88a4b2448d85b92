import { html, nothing, type TemplateResult } from 'lit';
import {
  checkboxGroup,
  dateField,
  type DateParts,
  errorSummary,
  type FieldIssue,
  issueMessage,
  type Locale,
  msg,
  radioGroup,
  selectField,
  str,
  textArea,
  textField,
  heading,
} from '@barnets-net/core';
import {
  ageText,
  counsellingChoices,
  custodyChoices,
  offerKindLabel,
  offerStatusChoices,
  relationChoices,
  residenceChoices,
  yesNoChoices,
  yesNoUnknownChoices,
} from '../labels.js';
import { childAge } from '../model/age.js';
import { childField } from '../model/validate.js';
import type { Child, OfferKind } from '../value/types.js';

export interface ChildEditorProps {
  /** The level of this view's heading (the widget's title is one above). */
  level: number;
  child: Child;
  isNew: boolean;
  locale: Locale;
  today: string;
  disabled: boolean;
  /** Problems to show (empty until the first attempt to save). */
  issues: FieldIssue[];
  birthParts: DateParts;
  discussedParts: DateParts;
  root: ParentNode;
  /** A change; `commit` is false while typing. */
  onChange: (child: Child, commit: boolean) => void;
  onBirthParts: (parts: DateParts) => void;
  onDiscussedParts: (parts: DateParts) => void;
  onSave: () => void;
  onCancel: () => void;
}

const OFFER_KINDS: OfferKind[] = ['childrensGroup', 'reliefTalks', 'familyTalks', 'other'];

/** The form for one child: every question of Kolding's standard for new clients. */
export function childEditor(p: ChildEditorProps): TemplateResult {
  const c = p.child;
  const error = (field: string) => {
    const issue = p.issues.find((i) => i.field === field);
    return issue ? issueMessage(issue) : undefined;
  };
  const set = <K extends keyof Child>(key: K, v: Child[K], commit = true) =>
    p.onChange({ ...c, [key]: v }, commit);
  const text = (key: keyof Child) => ({
    onInput: (v: string) => set(key, v as never, false),
    onChange: () => p.onChange(c, true),
  });
  const common = (key: keyof Child | 'birth') => ({
    id: childField(key),
    error: error(childField(key)),
    disabled: p.disabled,
  });
  const age = childAge(c, p.today);
  const who = c.name.trim() || msg('barnet');

  return html`
    <section class="child-editor" aria-labelledby="child-editor-heading">
      ${heading(p.level, p.isNew ? msg('Tilføj et barn') : msg(str`Ret oplysninger om ${who}`), {
        id: 'child-editor-heading',
        focusTarget: true,
      })}
      ${errorSummary(p.issues, p.root, 'child-errors', p.level + 1)}
      ${textField({
        ...common('name'),
        label: msg('Barnets fornavn eller initialer'),
        hint: msg('Skriv ikke efternavn eller CPR-nummer.'),
        value: c.name,
        maxlength: 60,
        width: 'short',
        ...text('name'),
      })}
      ${radioGroup({
        ...common('relation'),
        label: msg('Hvis barn er det?'),
        choices: relationChoices(),
        value: c.relation,
        onChange: (v) => set('relation', v),
      })}
      ${dateField({
        ...common('birth'),
        label: msg('Fødselsdato'),
        hint: msg('Fx 27 3 2016. Kender du kun året, så skriv kun året.'),
        parts: p.birthParts,
        onInput: p.onBirthParts,
        onChange: () => p.onChange(c, true),
      })}
      <p class="age" aria-live="polite">
        <span class="label-inline">${msg('Alder:')}</span> ${ageText(age, p.locale, true)}
      </p>

      ${radioGroup({
        ...common('custody'),
        label: msg('Hvem har forældremyndigheden?'),
        choices: custodyChoices(),
        value: c.custody,
        onChange: (v) => set('custody', v),
      })}
      ${
        c.custody === 'others'
          ? html`<div class="conditional">
              ${textField({
                id: childField('custodyOther'),
                label: msg('Hvem har forældremyndigheden?'),
                hint: msg('Fx en værge eller kommunen'),
                value: c.custodyOther,
                disabled: p.disabled,
                ...text('custodyOther'),
              })}
            </div>`
          : nothing
      }
      ${radioGroup({
        ...common('residence'),
        label: msg('Hvor bor barnet?'),
        choices: residenceChoices(),
        value: c.residence,
        onChange: (v) => set('residence', v),
      })}
      ${
        c.residence === 'with-other-parent'
          ? html`<div class="conditional">
              ${textField({
                id: childField('contactFrequency'),
                label: msg('Hvor ofte er barnet sammen med klienten?'),
                hint: msg('Fx hver anden weekend'),
                value: c.contactFrequency,
                disabled: p.disabled,
                ...text('contactFrequency'),
              })}
              ${textField({
                id: childField('contactForm'),
                label: msg('Hvordan foregår samværet?'),
                hint: msg('Fx hjemme hos klienten, overvåget eller over telefon'),
                value: c.contactForm,
                disabled: p.disabled,
                ...text('contactForm'),
              })}
            </div>`
          : nothing
      }
      ${radioGroup({
        ...common('familyCase'),
        label: msg('Er der en åben sag om barnet i familieafdelingen?'),
        choices: yesNoUnknownChoices(),
        value: c.familyCase,
        inline: true,
        onChange: (v) => set('familyCase', v),
      })}
      ${textArea({
        ...common('otherMeasures'),
        label: msg('Er der sat andre foranstaltninger i gang for barnet?'),
        hint: msg('Fx aflastning, kontaktperson eller støtte i skolen'),
        value: c.otherMeasures,
        rows: 3,
        ...text('otherMeasures'),
      })}
      ${heading(p.level + 1, msg('Bekymring'))}
      ${radioGroup({
        ...common('clientWorried'),
        label: msg('Klientens svar: Er du bekymret for barnet?'),
        choices: yesNoUnknownChoices(),
        value: c.clientWorried,
        inline: true,
        onChange: (v) => set('clientWorried', v),
      })}
      ${radioGroup({
        ...common('workerWorried'),
        label: msg('Din egen vurdering: Er du bekymret for barnet?'),
        choices: yesNoUnknownChoices(),
        value: c.workerWorried,
        inline: true,
        onChange: (v) => set('workerWorried', v),
      })}
      ${textArea({
        ...common('workerAssessment'),
        label: msg('Din vurdering med egne ord (valgfrit)'),
        value: c.workerAssessment,
        rows: 3,
        ...text('workerAssessment'),
      })}
      ${heading(p.level + 1, msg('Samarbejde og børneperspektiv'))}
      ${checkboxGroup({
        ...common('counselling'),
        label: msg('Hvem samarbejder I med om barnet?'),
        hint: msg('Vælg alle, der passer'),
        choices: counsellingChoices(),
        values: c.counselling,
        onChange: (v) => set('counselling', v),
      })}
      ${radioGroup({
        ...common('perspectiveDiscussed'),
        label: msg('Er børne- og familieperspektivet drøftet med klienten?'),
        choices: yesNoChoices(),
        value: c.perspectiveDiscussed,
        inline: true,
        onChange: (v) => set('perspectiveDiscussed', v),
      })}
      ${
        c.perspectiveDiscussed === 'yes'
          ? html`<div class="conditional">
              ${dateField({
                ...common('perspectiveDiscussedOn'),
                label: msg('Hvornår?'),
                hint: msg('Valgfrit. Fx 3 9 2026'),
                parts: p.discussedParts,
                onInput: p.onDiscussedParts,
                onChange: () => p.onChange(c, true),
              })}
            </div>`
          : nothing
      }
      ${radioGroup({
        ...common('involveSpecialist'),
        label: msg('Skal centrets børnefamiliebehandler inddrages?'),
        choices: yesNoChoices(),
        value: c.involveSpecialist,
        inline: true,
        onChange: (v) => set('involveSpecialist', v),
      })}

      <fieldset class="offers" id=${childField('offers')} tabindex="-1">
        <legend>${msg('Tilbud til barnet')}</legend>
        ${
          error(childField('offers'))
            ? html`<p class="error-message">
                <span class="visually-hidden">${msg('Fejl:')}</span> ${error(childField('offers'))}
              </p>`
            : nothing
        }
        ${OFFER_KINDS.map((kind) =>
          selectField({
            id: `child-offer-${kind}`,
            label: offerKindLabel(kind),
            choices: offerStatusChoices(),
            value: c.offers[kind],
            placeholder: msg('Ikke tilbudt'),
            disabled: p.disabled,
            onChange: (v) => p.onChange({ ...c, offers: { ...c.offers, [kind]: v } }, true),
          }),
        )}
        ${
          c.offers.other
            ? textField({
                id: 'child-offer-otherDescription',
                label: msg('Hvilket andet tilbud?'),
                value: c.offers.otherDescription,
                disabled: p.disabled,
                onInput: (v) =>
                  p.onChange({ ...c, offers: { ...c.offers, otherDescription: v } }, false),
                onChange: () => p.onChange(c, true),
              })
            : nothing
        }
      </fieldset>

      <div class="actions">
        <button type="button" class="button" ?disabled=${p.disabled} @click=${p.onSave}>
          ${msg('Gem barnet')}
        </button>
        <button type="button" class="button button--secondary" @click=${p.onCancel}>
          ${p.isNew ? msg('Fortryd og fjern barnet') : msg('Fortryd ændringerne')}
        </button>
      </div>
    </section>
  `;
}
