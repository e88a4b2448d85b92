// The registration written by hand as one plain LitElement: the same fields,
// rules and Danish labels as <bn-oplysningsskema>, without @barnets-net/core
// (no contract layer, drafts, localisation, review or print). Form-associated
// through ElementInternals: its value is the registration as JSON, and it is
// invalid while the client's answers or a child are not complete.
import { LitElement, css, html, nothing } from 'lit';
import {
  containsCpr,
  cprMessage,
  futureMessage,
  isBirthYear,
  isPastOrEmpty,
} from '../shared/checks.js';
import {
  BIRTH_MISSING,
  NO_CHILD,
  childFields,
  clientFields,
  getPath,
  setPath,
  shownBy,
} from '../shared/fields.js';
import * as choices from '../shared/choices.js';

const EMPTY_CLIENT = Object.fromEntries(
  clientFields.map((f) => [f.name, f.kind === 'checkbox' ? [] : '']),
);

const emptyChild = (id) =>
  childFields.reduce(
    (c, f) => setPath(c, f.name, f.kind === 'checkbox' ? [] : f.kind === 'year' ? null : ''),
    { id },
  );

/** The problems of one set of answers, by field name: required first, then the other checks. */
const issuesOf = (fields, answers) => {
  const issues = new Map();
  for (const f of fields) {
    if (!shownBy(f, (name) => getPath(answers, name))) continue;
    const v = getPath(answers, f.name);
    const empty = v === '' || v === null || v === undefined || (Array.isArray(v) && !v.length);
    if (f.required && empty) issues.set(f.name, f.required);
    else if (f.noCpr && containsCpr(v)) issues.set(f.name, cprMessage(f.label));
    else if (f.past && !isPastOrEmpty(v)) issues.set(f.name, futureMessage(f.label));
    else if (f.kind === 'year' && !isBirthYear(v))
      issues.set(f.name, `${f.label} skal være mellem 1950 og ${new Date().getFullYear()}`);
  }
  return issues;
};

const childIssues = (child) => {
  const issues = issuesOf(childFields, child);
  if (!child.birthDate && !child.birthYear && !issues.has('birthDate'))
    issues.set('birthDate', BIRTH_MISSING);
  return issues;
};

const labelOf = (list, value) => list.find((c) => c.value === value)?.label ?? '';

export class RegistrationLit extends LitElement {
  static formAssociated = true;

  static properties = {
    value: { attribute: false },
    name: { reflect: true },
    editing: { state: true },
    shownClientIssues: { state: true },
    shownChildIssues: { state: true },
  };

  static styles = css`
    :host {
      display: block;
      font-family: system-ui, sans-serif;
      line-height: 1.5;
      color: #0b0c0c;
      max-inline-size: 40rem;
    }
    .field {
      margin-block: 0 1.25rem;
      border: 0;
      padding: 0;
    }
    label,
    legend {
      display: block;
      font-weight: 600;
    }
    .hint {
      color: #505a5f;
      margin: 0;
    }
    .error {
      color: #b00020;
      font-weight: 600;
      margin: 0;
    }
    .field--error {
      border-inline-start: 4px solid #b00020;
      padding-inline-start: 0.75rem;
    }
    input[type='text'],
    input[type='date'],
    input[type='number'],
    textarea,
    select {
      font: inherit;
      padding: 0.35rem;
      border: 2px solid #0b0c0c;
      inline-size: 100%;
      box-sizing: border-box;
    }
    .choice {
      display: flex;
      gap: 0.5rem;
      align-items: center;
      font-weight: 400;
    }
    .card {
      border: 1px solid #b1b4b6;
      padding: 0.75rem;
      margin-block-end: 0.75rem;
    }
    button {
      font: inherit;
      padding: 0.4rem 0.9rem;
      margin-inline-end: 0.5rem;
    }
    :focus-visible {
      outline: 3px solid #ffdd00;
    }
  `;

  #internals = this.attachInternals();
  #initial = null;

  constructor() {
    super();
    this.value = { schemaVersion: 2, client: { ...EMPTY_CLIENT }, children: [] };
    this.name = '';
    /** The child in the editor: { index, child }, or null. */
    this.editing = null;
    this.shownClientIssues = false;
    this.shownChildIssues = false;
    // A blocked submit shows the problems beside their fields.
    this.addEventListener('invalid', () => (this.shownClientIssues = true));
  }

  get form() {
    return this.#internals.form;
  }

  get validity() {
    return this.#internals.validity;
  }

  checkValidity() {
    return this.#internals.checkValidity();
  }

  reportValidity() {
    this.shownClientIssues = true;
    return this.#internals.reportValidity();
  }

  formResetCallback() {
    if (this.#initial) this.value = this.#initial;
    this.editing = null;
    this.shownClientIssues = false;
  }

  willUpdate(changed) {
    if (changed.has('value') && this.#initial === null) this.#initial = this.value;
  }

  updated() {
    this.#internals.setFormValue(JSON.stringify(this.value));
    const problem = this.#firstProblem();
    const anchor = this.renderRoot.querySelector('input, button');
    if (problem) this.#internals.setValidity({ customError: true }, problem, anchor ?? undefined);
    else this.#internals.setValidity({});
  }

  #firstProblem() {
    const [first] = issuesOf(clientFields, this.value.client).values();
    if (first) return first;
    if (!this.value.children.length) return NO_CHILD;
    const unfinished = this.value.children.find((c) => childIssues(c).size);
    return unfinished ? `Oplysningerne om ${unfinished.name || 'barnet'} er ikke færdige` : '';
  }

  #setClient(name, v) {
    this.value = { ...this.value, client: setPath(this.value.client, name, v) };
    this.#changed();
  }

  #changed() {
    this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }

  #addChild() {
    const ids = new Set(this.value.children.map((c) => c.id));
    let n = this.value.children.length + 1;
    while (ids.has(`b-${n}`)) n++;
    this.editing = { index: -1, child: emptyChild(`b-${n}`) };
    this.shownChildIssues = false;
  }

  #saveChild() {
    const { index, child } = this.editing;
    if (childIssues(child).size) {
      this.shownChildIssues = true;
      return;
    }
    const children = [...this.value.children];
    if (index < 0) children.push(child);
    else children[index] = child;
    this.value = { ...this.value, children };
    this.editing = null;
    this.#changed();
  }

  #removeChild(index) {
    this.value = { ...this.value, children: this.value.children.filter((_, i) => i !== index) };
    this.#changed();
  }

  /** One question: its label, hint, error and input(s), wired to `answers`. */
  #field(f, answers, issues, set, prefix) {
    if (!shownBy(f, (n) => getPath(answers, n))) return nothing;
    const id = `${prefix}-${f.name.replace('.', '-')}`;
    const v = getPath(answers, f.name);
    const error = issues.get(f.name);
    const described = [f.hint ? `${id}-hint` : '', error ? `${id}-error` : '']
      .filter(Boolean)
      .join(' ');
    const hint = f.hint ? html`<p class="hint" id="${id}-hint">${f.hint}</p>` : nothing;
    const err = error
      ? html`<p class="error" id="${id}-error"><span hidden>Fejl:</span> ${error}</p>`
      : nothing;
    const cls = `field${error ? ' field--error' : ''}`;
    if (f.kind === 'radio' || f.kind === 'checkbox') {
      const many = f.kind === 'checkbox';
      return html`<fieldset class=${cls} aria-describedby=${described || nothing}>
        <legend>${f.label}</legend>
        ${hint} ${err}
        ${f.choices.map(
          (c) =>
            html`<label class="choice"
              ><input
                type=${f.kind}
                name=${id}
                .value=${c.value}
                .checked=${many ? v.includes(c.value) : v === c.value}
                @change=${(e) =>
                  set(
                    f.name,
                    many
                      ? e.target.checked
                        ? [...v, c.value]
                        : v.filter((x) => x !== c.value)
                      : c.value,
                  )}
              />${c.label}</label
            >`,
        )}
      </fieldset>`;
    }
    const onInput = (e) =>
      set(
        f.name,
        f.kind === 'year' ? (e.target.value ? Number(e.target.value) : null) : e.target.value,
      );
    let input;
    if (f.kind === 'textarea')
      input = html`<textarea
        id=${id}
        rows="3"
        maxlength=${f.maxLength}
        aria-describedby=${described || nothing}
        .value=${v}
        @input=${onInput}
      ></textarea>`;
    else if (f.kind === 'select')
      input = html`<select id=${id} aria-describedby=${described || nothing} @change=${onInput}>
        <option value="" ?selected=${!v}>${f.placeholder}</option>
        ${f.choices.map((c) => html`<option value=${c.value} ?selected=${v === c.value}>${c.label}</option>`)}
      </select>`;
    else
      input = html`<input
        id=${id}
        type=${f.kind === 'year' ? 'number' : f.kind === 'date' ? 'date' : 'text'}
        maxlength=${f.maxLength ?? nothing}
        aria-describedby=${described || nothing}
        .value=${v === null ? '' : String(v)}
        @input=${onInput}
      />`;
    return html`<div class=${cls}><label for=${id}>${f.label}</label>${hint} ${err} ${input}</div>`;
  }

  #renderChildEditor() {
    const { index, child } = this.editing;
    const issues = this.shownChildIssues ? childIssues(child) : new Map();
    const set = (name, v) => (this.editing = { index, child: setPath(child, name, v) });
    return html`<section aria-labelledby="child-heading">
      <h2 id="child-heading">
        ${index < 0 ? 'Tilføj et barn' : `Ret oplysninger om ${child.name || 'barnet'}`}
      </h2>
      ${childFields.map((f) => this.#field(f, child, issues, set, 'child'))}
      <button type="button" @click=${this.#saveChild}>Gem barnet</button>
      <button type="button" @click=${() => (this.editing = null)}>
        ${index < 0 ? 'Annullér – tilføj ikke barnet' : 'Fortryd ændringerne'}
      </button>
    </section>`;
  }

  #renderChildCard(child, i) {
    const who = child.name || `Barn ${i + 1}`;
    const parents = child.parents.map((p) => labelOf(choices.parents, p)).join(', ');
    return html`<li class="card">
      <h3>${who}</h3>
      <p>
        ${[parents && `Forældre: ${parents}`, labelOf(choices.residence, child.residence)].filter(Boolean).join(' · ')}
      </p>
      ${childIssues(child).size ? html`<p class="error">Mangler oplysninger</p>` : nothing}
      <button type="button" @click=${() => (this.editing = { index: i, child })}>
        Ret<span hidden> ${who}</span>
      </button>
      <button type="button" @click=${() => this.#removeChild(i)}>
        Fjern<span hidden> ${who}</span>
      </button>
    </li>`;
  }

  render() {
    const title = html`<h1>Oplysningsskema: borgerens børn</h1>`;
    if (this.editing) return html`${title}${this.#renderChildEditor()}`;
    const issues = this.shownClientIssues ? issuesOf(clientFields, this.value.client) : new Map();
    const set = (name, v) => this.#setClient(name, v);
    const { children } = this.value;
    return html`${title}
      <section aria-labelledby="client-heading">
        <h2 id="client-heading">Borgeren</h2>
        ${clientFields.map((f) => this.#field(f, this.value.client, issues, set, 'client'))}
      </section>
      <section aria-labelledby="children-heading">
        <h2 id="children-heading">Børn</h2>
        <p class="hint">Borgerens egne børn og partnerens børn.</p>
        ${
          children.length
            ? html`<ul>
                ${children.map((c, i) => this.#renderChildCard(c, i))}
              </ul>`
            : html`<p>Der er ikke tilføjet nogen børn endnu.</p>`
        }
        ${this.shownClientIssues && !children.length ? html`<p class="error">${NO_CHILD}</p>` : nothing}
        <button type="button" @click=${this.#addChild}>
          ${children.length ? 'Tilføj et barn mere' : 'Tilføj et barn'}
        </button>
      </section>`;
  }
}
