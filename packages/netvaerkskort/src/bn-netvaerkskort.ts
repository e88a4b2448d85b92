import { html, noChange, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  BnFormElement,
  downloadBlob,
  downloadText,
  type FieldIssue,
  formatDate,
  isDanishPhone,
  msg,
  parseValue,
  type PrintOrientation,
  str,
  todayIso,
  version,
  withLocale,
  record,
  redo,
  startHistory,
  undo,
  type History,
} from '@barnets-net/core';
import { translations } from './translations.js';
import type { BnNetvaerkskortEventMap } from './events.js';
import { styles } from './bn-netvaerkskort.styles.js';
import {
  cellAt,
  estimateEm,
  LABEL_MAX_EM,
  LABEL_SIZE,
  layout,
  slotAt,
  type LayoutOptions,
  type Point,
} from './model/geometry.js';

import {
  addPerson,
  movePerson,
  removePerson,
  restorePerson,
  stepPerson,
  updatePerson,
  type RemovedPerson,
  type Step,
} from './model/people.js';
import { pseudonyms, type PseudonymKind } from './model/pseudonyms.js';
import { compareVersions, saveVersion } from './model/versions.js';
import { MAX_PEOPLE, MAX_VERSIONS, withinLimits } from './model/limits.js';
import { defaultSectors, ringLabel } from './sectors.js';
import { netvaerkskortDefinition } from './value/definition.js';
import type { MapVersion, NetvaerkskortValue, Person, Sector } from './value/types.js';
import { listView } from './views/list-view.js';
import { drawMap } from './views/map-canvas.js';
import { bonds, fileHeight, MAP_VIEW, MAP_VIEWBOX, mapView } from './views/map-view.js';
import { childDialog, personDialog, type PersonDraft } from './views/person-dialog.js';

const apart = (a: Point, b: Point) => Math.hypot(a.x - b.x, a.y - b.y);

/** A pointer that went further than this (in map units) dragged; else it tapped. */
const dragged = (drag: { moved: boolean; start: Point }, point: Point) =>
  drag.moved || apart(point, drag.start) > 0.03;

/** What the exported SVG needs resolved from the widget's styles: paint, opacity, font and text placement. */
const SVG_PROPS = /^(fill|stroke|paint|opacity|font-[fsw]|text-a|dom)/;

/** A message built when it is rendered, in the element's locale. */
type Say = () => string;

interface Derived {
  key: readonly unknown[];
  sectors: Sector[];
  ids: string[];
  names: Map<string, string> | null;
  /** Accessible names, filled in as people are drawn. */
  descriptions: Map<Person, string>;
  /** Where the current people are, worked out when first needed. */
  positions?: Map<string, Point>;
  /** The positions are the first frame's quick ones. */
  quick?: boolean;
  labelWidths?: number[];
}

/**
 * The network map a child fills in with a grown-up: the child in the
 * centre, three rings of closeness and the parts of life as sectors.
 * People are placed by dragging, by tapping a person and then a place, by
 * keyboard, or from the list view, which offers everything the map does.
 *
 * @tagname bn-netvaerkskort
 * @summary A child's network map.
 * @fires bn-change - After every change. `detail.value` is the whole value.
 * @fires bn-complete - When the map is finished with "Færdig".
 * @fires bn-error - A bad `value` or import was refused, or drafts cannot be stored.
 * @csspart map - The SVG map.
 * @csspart list - The list view.
 * @csspart draft-notice - The draft notice with its clear action.
 * @cssprop --bn-color-primary - Actions and the selected person.
 */
export class BnNetvaerkskort extends BnFormElement<NetvaerkskortValue, BnNetvaerkskortEventMap> {
  static override translations = translations;
  static override styles = styles;
  static override readonly version = version;

  /** The host's own life areas (id, label, colour); default: five areas of a child's life. */
  @property({ attribute: false }) sectors: Sector[] | null = null;

  /** For the youngest: bigger pictures, fewer words, an icon on every action. */
  @property({ type: Boolean, reflect: true }) simple = false;

  /** Names become relation-based pseudonyms ("Voksen 2 (lærer)") on screen and in print. */
  @property({ type: Boolean, reflect: true }) pseudonymise = false;

  /** The day versions are dated with (`YYYY-MM-DD`); default today. */
  @property() today: string | null = null;

  @state() private history: History<NetvaerkskortValue> = startHistory(this.data);
  @state() private focusedId: string | null = null;
  @state() private grabbedId: string | null = null;
  @state() private drag: { id: string; point: Point; start: Point; moved: boolean } | null = null;
  @state() private draft: PersonDraft | null = null;
  /** The child's own picture and name while its dialog is open. */
  @state() private childDraft: NetvaerkskortValue['child'] | null = null;
  @state() private draftErrors: { name?: boolean; phone?: boolean } = {};
  /**
   * What the live region says, built while rendering: msg() answers in the
   * element's locale only then, so event handlers leave a thunk.
   */
  @state() private announcement: Say = () => '';
  @state() private removed: RemovedPerson | null = null;
  @state() private compareFrom = '';
  /** A version id, or '' for the map as it is now. */
  @state() private compareTo = '';
  @state() private importError: Say | null = null;
  /**
   * The list, the comparison, the actions below them and the print date follow
   * one frame after the map, which a child needs first.
   */
  @state() private restReady = false;
  /** While printing: the child's copy shows real names, the case file's pseudonyms if on. */
  @state() private printFlavour: 'screen' | 'child' | 'professional' = 'screen';

  #frame = 0;

  protected override get definition() {
    return netvaerkskortDefinition;
  }

  protected override get printOrientation(): PrintOrientation {
    return 'landscape';
  }

  protected override validate(value: NetvaerkskortValue): FieldIssue[] {
    return value.people
      .filter((p) => p.phone.trim() && !isDanishPhone(p.phone, { allowShort: true }))
      .map((p) => ({
        field: `list-person-${p.id}`,
        code: 'invalid-phone',
        label: p.name || msg('Telefon'),
      }));
  }

  #derivedCache: Derived | undefined;

  /**
   * Sectors, their ids, pseudonyms, positions and accessible names, worked
   * out once per change rather than once per person drawn or per frame of a
   * drag.
   */
  get #derived(): Derived {
    const c = this.#derivedCache;
    const key = [
      this.sectors,
      this.locale,
      this.data.people,
      this.data.versions,
      this.pseudonymise,
      this.printFlavour,
      this.simple,
    ] as const;
    if (c && c.key.every((k, i) => k === key[i])) return c;
    return (this.#derivedCache = withLocale(this.locale, () => {
      const sectors = this.sectors?.length ? this.sectors : defaultSectors();
      const word = (k: PseudonymKind) =>
        k === 'adult' ? msg('Voksen') : k === 'child' ? msg('Barn') : msg('Person');
      const names =
        this.pseudonymise && this.printFlavour !== 'child'
          ? pseudonyms(this.data.people, word, this.data.versions)
          : null;
      return { key, sectors, ids: sectors.map((x) => x.id), names, descriptions: new Map() };
    }));
  }

  get #positions(): Map<string, Point> {
    const d = this.#derived;
    // A big map's first frame gets one row per cell; the careful layout, which
    // keeps names apart, comes a frame later with the rest (it costs ~20 ms at 60 people).
    if (!d.positions || (d.quick && this.restReady)) {
      d.quick = !this.restReady && this.data.people.length > 25;
      d.positions = layout(this.data.people, d.ids, { ...this.#layoutOptions, quick: d.quick });
    }
    return d.positions;
  }

  get #layoutOptions(): LayoutOptions {
    return {
      simple: this.simple,
      labelEm: (p) => this.#em(this.#labelOf(p)),
      labelWidths: this.#labelWidths,
    };
  }

  /** The sector labels' widths in map units, measured once per change of sectors. */
  get #labelWidths(): number[] {
    const d = this.#derived;
    // Bold, a little wider than the names' weight that is measured. The first
    // frame estimates: measuring text costs it a style pass and a canvas.
    const width = (s: Sector) =>
      (this.restReady ? this.#em(s.label) : estimateEm(s.label)) * LABEL_SIZE * 1.1;
    return this.restReady ? (d.labelWidths ??= d.sectors.map(width)) : d.sectors.map(width);
  }

  #ctx?: CanvasRenderingContext2D | null;
  #ems = new Map<string, number>();

  /** A text's width in em of the names' font on the map, measured once per text. */
  #em(text: string): number {
    let em = this.#ems.get(text);
    if (em === undefined) {
      if (this.#ctx === undefined) {
        this.#ctx = document.createElement('canvas').getContext('2d');
        if (this.#ctx) this.#ctx.font = `600 100px ${getComputedStyle(this).fontFamily}`;
      }
      // A little wider than measured: engines round text differently.
      em = this.#ctx ? (this.#ctx.measureText(text).width / 100) * 1.07 : estimateEm(text);
      this.#ems.set(text, em);
    }
    return em;
  }

  /** The name as drawn on the map: a long one ends in "…" (its accessible name has it all). */
  #labelOf = (p: Person) => {
    const name = this.#nameOf(p);
    let label = name;
    // Twelve letters, even W's, are narrower than the limit: most names need no measuring.
    for (let n = name.length; n > 12 && this.#em(label) > LABEL_MAX_EM;)
      label = `${name.slice(0, --n)}…`;
    return label;
  };

  #nameOf = (p: Person) => this.#derived.names?.get(p.id) ?? (p.name.trim() || p.relation || '?');

  #sectorLabel = (id: string) => this.#derived.sectors.find((s) => s.id === id)?.label ?? id;

  #bondText = (p: Person) => bonds().find(([b]) => b === p.bond)![2];

  #describe = (p: Person) => {
    const known = this.#derived.descriptions;
    let text = known.get(p);
    if (text === undefined) {
      text = [
        this.#nameOf(p),
        p.relation && !this.pseudonymise ? p.relation : '',
        `${ringLabel(p.ring)}, ${this.#sectorLabel(p.sector)}`,
        this.#bondText(p),
        p.trusted ? msg('kan tale med om hjemmet') : '',
      ]
        .filter(Boolean)
        .join(', ');
      known.set(p, text);
    }
    return text;
  };

  // ---- Changes through history -------------------------------------------------

  /** Every change of the map goes through here: recorded for undo, then committed. */
  #apply(next: NetvaerkskortValue, announce?: Say) {
    // Never commit a value the schema would refuse: the draft would be lost.
    if (next === this.data || !withinLimits(next)) return;
    this.removed = null;
    this.history = record(this.history, next);
    this.commit(next);
    if (announce) this.announcement = announce;
  }

  undo() {
    if (!this.editable || this.history.past.length === 0) return;
    this.#travel(undo(this.history), true);
  }

  redo() {
    if (!this.editable || this.history.future.length === 0) return;
    this.#travel(redo(this.history), false);
  }

  /** Undo or redo: says what changed, and keeps focus where it was (or near it). */
  #travel(history: History<NetvaerkskortValue>, back: boolean) {
    const change = this.#changeOf(this.data, history.present);
    this.#keepFocus(back ? 'undo' : 'redo', back ? 'redo' : 'undo', 'add-person');
    this.history = history;
    this.removed = null;
    this.commit(history.present);
    this.announcement = () => {
      const what = change?.() ?? '';
      return back
        ? what
          ? msg(str`Fortrudt: ${what}`)
          : msg('Fortrudt.')
        : what
          ? msg(str`Gjort igen: ${what}`)
          : msg('Gjort igen.');
    };
  }

  /** What a step from `before` to `after` did, in words, for the live region. */
  #changeOf(before: NetvaerkskortValue, after: NetvaerkskortValue): Say | undefined {
    const was = new Map(before.people.map((p) => [p.id, p]));
    const now = new Set(after.people.map((p) => p.id));
    const gone = before.people.find((p) => !now.has(p.id));
    if (gone) return () => msg(str`${this.#nameOf(gone)} er fjernet.`);
    for (const [i, p] of after.people.entries()) {
      const b = was.get(p.id);
      if (!b) return () => msg(str`${this.#nameOf(p)} er sat på igen.`);
      // Moved: to another cell, or to another place in the same cell (order on the map).
      if (b !== p)
        return b.ring !== p.ring || b.sector !== p.sector || before.people[i] !== b
          ? this.#moved(p.id, after)
          : () => msg(str`${this.#nameOf(p)} er rettet.`);
    }
    return undefined;
  }

  #moved(id: string, value: NetvaerkskortValue): Say {
    const p = value.people.find((x) => x.id === id);
    return () =>
      p
        ? msg(
            str`${this.#nameOf(p)} er flyttet til ${ringLabel(p.ring)}, ${this.#sectorLabel(p.sector)}`,
          )
        : '';
  }

  #step(id: string, step: Step) {
    const next = stepPerson(this.data, id, step, this.#derived.ids);
    if (next === this.data) {
      this.announcement = () =>
        step === 'inward'
          ? msg('Tættere på kan man ikke komme.')
          : msg('Længere væk kan man ikke komme.');
      return;
    }
    this.#apply(next, this.#moved(id, next));
  }

  #moveTo(id: string, sector: string, ring?: 1 | 2 | 3, slot?: number) {
    const person = this.data.people.find((p) => p.id === id);
    if (!person) return;
    const next = movePerson(this.data, id, { sector, ring: ring ?? person.ring, slot });
    this.#apply(next, this.#moved(id, next));
  }

  #remove(id: string) {
    const { value, removed } = removePerson(this.data, id);
    if (!removed) return;
    this.grabbedId = null;
    this.#removedFrom = this.#activeId;
    this.#apply(value, () =>
      msg(str`${this.#nameOf(removed.person)} er fjernet. Du kan fortryde.`),
    );
    this.removed = removed;
    // The person's own control is gone: focus the way back.
    this.#focusFirst('undo-remove');
  }

  #undoRemove() {
    if (!this.removed) return;
    const back = this.removed.person;
    this.#apply(restorePerson(this.data, this.removed), () =>
      msg(str`${this.#nameOf(back)} er sat på igen.`),
    );
    this.removed = null;
    // Back to the control the person was removed with (the map or the list).
    this.#focusFirst(this.#removedFrom, `person-${back.id}`);
  }

  #removedFrom = '';

  // ---- The dialog ----------------------------------------------------------------

  openAdd(at?: { sector: string; ring: 1 | 2 | 3 }) {
    if (!this.editable) return;
    this.draft = {
      id: null,
      name: '',
      relation: '',
      picture: 'woman',
      sector: at?.sector ?? this.#derived.ids[0]!,
      ring: at?.ring ?? 1,
      trusted: false,
      phone: '',
      bond: 'good',
      note: '',
    };
    this.draftErrors = {};
    this.#returnTo = this.#activeId;
  }

  #openEdit(id: string) {
    const person = this.data.people.find((p) => p.id === id);
    if (!person || !this.editable) return;
    this.draft = { ...person };
    this.draftErrors = {};
    this.#returnTo = this.#activeId;
  }

  #saveDraft() {
    const d = this.draft;
    if (!d) return;
    const errors = {
      name: !d.name.trim(),
      phone: !!d.phone.trim() && !isDanishPhone(d.phone, { allowShort: true }),
    };
    if (errors.name || errors.phone) {
      this.draftErrors = errors;
      this.#focusFirst(errors.name ? 'person-name' : 'person-phone');
      return;
    }
    const { id, ...fields } = d;
    if (id) {
      this.#apply(updatePerson(this.data, id, fields), () => msg(str`${fields.name} er rettet.`));
      this.#closeDialog(id);
    } else {
      const { value, person } = addPerson(this.data, fields);
      if (value === this.data) return;
      this.#apply(value, () =>
        msg(
          str`${person.name} er sat på kortet i ${ringLabel(person.ring)}, ${this.#sectorLabel(person.sector)}.`,
        ),
      );
      this.#closeDialog(person.id, true);
    }
  }

  /** The centre ("Mig"): the child picks its picture and, if it likes, a name. */
  #openChild() {
    const picked = this.data.people.find((p) => p.id === this.grabbedId);
    // Someone is picked: a tap on the child puts them back down, where they were.
    if (picked) {
      this.grabbedId = null;
      this.announcement = () => msg(str`${this.#nameOf(picked)} er sat.`);
    } else if (this.editable) this.childDraft = { ...this.data.child };
  }

  #closeChild(save: boolean) {
    const child = this.childDraft;
    if (!child) return;
    this.renderRoot.querySelector('dialog')?.close();
    this.childDraft = null;
    if (save) this.#apply({ ...this.data, child }, () => msg('Dit billede er gemt.'));
    this.#focusFirst('me');
  }

  #closeDialog(focusId: string | null, added = false) {
    if (!this.draft) return;
    // Closed before it leaves the DOM, or Firefox drops focus to <body> after ours.
    this.renderRoot.querySelector('dialog')?.close();
    this.draft = null;
    // A new person gets focus; else focus goes back where the dialog was opened.
    if (added && focusId) this.#focusPerson(focusId);
    else this.#focusFirst(this.#returnTo, focusId ? `person-${focusId}` : '', 'add-person');
  }

  /** The id of the focused control in the shadow root. */
  get #activeId(): string {
    return this.shadowRoot?.activeElement?.id ?? '';
  }

  /** Where focus goes back to when the dialog closes (the list control that opened it). */
  #returnTo = '';

  /** After the next update, focuses the first of these that is there and enabled. */
  #focusFirst(...ids: string[]) {
    // Requested here, so this waits for the update the change will make.
    this.requestUpdate();
    this.updateComplete.then(() => {
      for (const id of ids) {
        const el = id && this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(id)}`);
        if (el && !(el as HTMLButtonElement).disabled) return el.focus();
      }
    });
  }

  /** Focus stays on the control that has it now (its DOM may be replaced or moved). */
  #keepFocus(...fallbacks: string[]) {
    this.#focusFirst(this.#activeId, ...fallbacks);
  }

  #focusPerson(id: string) {
    this.focusedId = id;
    this.#focusFirst(`person-${id}`);
  }

  // ---- Keyboard ------------------------------------------------------------------

  #onPersonKey(e: KeyboardEvent) {
    if ((e.target as Element).closest('.me') && (e.key === 'Enter' || e.key === ' ')) {
      e.preventDefault();
      return this.#openChild();
    }
    const id = (e.target as Element).closest<SVGGElement>('.person')?.dataset['id'];
    if (!id || !this.editable) return;
    const people = this.data.people;
    const index = people.findIndex((p) => p.id === id);
    const grabbed = this.grabbedId === id;
    const moves: Record<string, Step> = {
      ArrowUp: 'inward',
      ArrowDown: 'outward',
      ArrowRight: 'next-sector',
      ArrowLeft: 'previous-sector',
    };
    if (grabbed && moves[e.key]) {
      this.#step(id, moves[e.key]!);
      this.#focusPerson(id);
    } else if (!grabbed && moves[e.key]) {
      // Right and down go to the next person; left and up to the one before.
      const delta = /R|D/.test(e.key) ? 1 : -1;
      const next = people[(index + delta + people.length) % people.length];
      if (next) this.#focusPerson(next.id);
    } else if (e.key === ' ') {
      this.grabbedId = grabbed ? null : id;
      const who = people[index]!;
      this.announcement = () =>
        grabbed
          ? msg(str`${this.#nameOf(who)} er sat.`)
          : msg(
              str`${this.#nameOf(who)} er valgt. Flyt med piletasterne: op er tættere på, ned er længere væk, højre og venstre skifter område.`,
            );
    } else if (e.key === 'Enter') {
      this.#openEdit(id);
    } else if (e.key === 'Delete' || e.key === 'Backspace') {
      this.#remove(id);
    } else if (e.key === 'Escape' && grabbed) {
      this.grabbedId = null;
    } else return;
    e.preventDefault();
  }

  #onHostKey = (e: KeyboardEvent) => {
    const mod = e.ctrlKey || e.metaKey;
    if (!mod || e.key.toLowerCase() !== 'z' || this.draft || this.childDraft) return;
    e.preventDefault();
    if (e.shiftKey) this.redo();
    else this.undo();
  };

  // ---- Pointer: drag, or tap a person and then a place ---------------------------

  #toMap(e: PointerEvent): Point | undefined {
    const ctm = this.renderRoot.querySelector<SVGSVGElement>('svg.map')?.getScreenCTM();
    return ctm ? new DOMPoint(e.clientX, e.clientY).matrixTransform(ctm.inverse()) : undefined;
  }

  #onPointerDown(e: PointerEvent) {
    if (!this.editable || e.button > 0) return;
    const point = this.#toMap(e);
    if (!point) return;
    // Hit circles overlap in a crowded cell: the nearest picture wins, not the topmost circle.
    const id =
      (e.target as Element).closest('.person') &&
      [...this.#positions].reduce((a, b) => (apart(b[1], point) < apart(a[1], point) ? b : a))[0];
    if (id) {
      (e.currentTarget as Element).setPointerCapture?.(e.pointerId);
      this.drag = { id, point, start: point, moved: false };
      e.preventDefault();
      return;
    }
    // A tap on an empty place moves the tapped person there (on the child, it cancels).
    if (
      this.grabbedId &&
      !(e.target as Element).closest('.me') &&
      this.#drop(this.grabbedId, point)
    )
      this.grabbedId = null;
  }

  #onPointerMove(e: PointerEvent) {
    const drag = this.drag;
    if (!drag) return;
    const point = this.#toMap(e);
    if (!point) return;
    const moved = dragged(drag, point);
    if (this.#frame) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      if (this.drag) this.drag = { ...drag, point, moved };
    });
  }

  #onPointerUp(e: PointerEvent) {
    const drag = this.drag;
    if (!drag) return;
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
    this.drag = null;
    const point = this.#toMap(e) ?? drag.point;
    const moved = dragged(drag, point);
    if (!moved) {
      // A tap: choose the person; the next tap on the map places them.
      this.grabbedId = this.grabbedId === drag.id ? null : drag.id;
      this.focusedId = drag.id;
      const person = this.data.people.find((p) => p.id === drag.id);
      if (this.grabbedId && person) {
        this.announcement = () =>
          msg(str`${this.#nameOf(person)} er valgt. Tryk der, hvor personen skal være.`);
      }
      return;
    }
    this.#drop(drag.id, point);
  }

  /** Moves a person to the ring and sector under a point; off the rings, says it did not. */
  #drop(id: string, point: Point) {
    const cell = cellAt(point, this.#derived.ids);
    const person = this.data.people.find((p) => p.id === id)!;
    if (cell) this.#moveTo(id, cell.sector, cell.ring, this.#slotFor(point, cell, id));
    else
      this.announcement = () =>
        msg(str`${this.#nameOf(person)} er ikke flyttet. Prøv inde i ringene.`);
    return cell;
  }

  #slotFor(point: Point, cell: { sector: string; ring: 1 | 2 | 3 }, id: string) {
    const positions = this.#positions;
    const others = this.data.people
      .filter((p) => p.id !== id && p.sector === cell.sector && p.ring === cell.ring)
      .map((p) => positions.get(p.id)!);
    return slotAt(point, others);
  }

  // ---- Versions, files, print ----------------------------------------------------

  #saveVersion() {
    const day = this.today ?? todayIso();
    // No stored label: it is written from the date, in the reader's language.
    const next = saveVersion(this.data, day, '');
    if (next === this.data) return;
    const version = next.versions.at(-1)!;
    this.#apply(next, () => msg(str`Kortet er gemt som version: ${this.#versionLabel(version)}.`));
  }

  /**
   * A version's own label, else "Kort fra 22. nov. 2026" from its date, and
   * "Kort fra 22. nov. 2026 (2)" for the second version of that day.
   */
  #versionLabel(v: { label: string; savedOn: string }) {
    const n = this.data.versions.filter((x) => x.savedOn === v.savedOn).indexOf(v as MapVersion);
    const day = formatDate(v.savedOn, this.locale);
    return v.label || msg(str`Kort fra ${n > 0 ? `${day} (${n + 1})` : day}`);
  }

  exportJson(): Blob {
    return downloadText(
      JSON.stringify(this.value, null, 2),
      `netvaerkskort-${this.today ?? todayIso()}.json`,
      'application/json',
    );
  }

  /** Reads a file made by `exportJson`; a bad file changes nothing and says why. */
  async importFile(file: Blob): Promise<boolean> {
    const result = parseValue(this.definition, await file.text());
    if (!result.ok) {
      const code = result.error.code;
      // Say why: not JSON, made by a newer version, or not a network map.
      this.importError = () => {
        const why =
          code === 'not-json'
            ? msg('Filen er ikke en JSON-fil.')
            : code === 'newer-version'
              ? msg('Filen er lavet med en nyere udgave af netværkskortet.')
              : msg('Filen er ikke et netværkskort, eller den er beskadiget.');
        return msg(str`${why} Intet er ændret.`);
      };
      this.fail('import-failed', result.error.path ?? result.error.code);
      return false;
    }
    this.importError = null;
    this.#apply(result.value, () => msg('Kortet er hentet fra filen.'));
    return true;
  }

  /**
   * The map as an SVG file that looks the same outside the widget: the
   * computed colours, lines and fonts are written into the copy (the
   * widget's custom properties do not exist elsewhere), with a size and the
   * date.
   */
  exportSvg(): Blob {
    const source = this.renderRoot.querySelector('svg.map')!;
    const copy = source.cloneNode(true) as SVGSVGElement;
    const from = source.querySelectorAll('*');
    copy.querySelectorAll('*').forEach((el, i) => {
      const cs = getComputedStyle(from[i]!);
      const style = (el as SVGElement).style;
      for (const prop of cs)
        if (SVG_PROPS.test(prop)) style.setProperty(prop, cs.getPropertyValue(prop));
    });
    // XMLSerializer writes the SVG namespace (xmlns) itself.
    // Taller than the map: the legend (rings, sectors, bonds, date) is below it.
    const height = fileHeight(this.#derived.sectors.length);
    copy.setAttribute('viewBox', `${MAP_VIEW.x} ${MAP_VIEW.y} ${MAP_VIEW.width} ${height}`);
    copy.setAttribute('width', `${Math.round(MAP_VIEW.width * 400)}`);
    copy.setAttribute('height', `${Math.round(height * 400)}`);
    return downloadText(
      new XMLSerializer().serializeToString(copy),
      'netvaerkskort.svg',
      'image/svg+xml',
    );
  }

  /** The map as a PNG picture, drawn in the browser (nothing is sent anywhere). */
  async exportPng(): Promise<Blob> {
    const canvas = document.createElement('canvas');
    const map = this.renderRoot.querySelector<SVGSVGElement>('svg.map')!;
    // With the legend below it, shown while it is drawn.
    map.classList.add('exporting');
    drawMap(canvas, map, fileHeight(this.#derived.sectors.length));
    map.classList.remove('exporting');
    const blob = await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('no PNG'))), 'image/png'),
    );
    return downloadBlob(blob, 'netvaerkskort.png');
  }

  /** Prints on A4 landscape: the child's copy, or the case file's (pseudonyms if switched on). */
  async printFor(flavour: 'child' | 'professional') {
    this.printFlavour = flavour;
    await this.updateComplete;
    this.print();
    this.printFlavour = 'screen';
  }

  // ---- Rendering -----------------------------------------------------------------

  #renderComparison() {
    const versions = this.data.versions;
    if (versions.length === 0) return nothing;
    const now = {
      id: '',
      label: msg('Kortet nu'),
      savedOn: '',
      people: this.data.people,
      child: this.data.child,
    };
    const from = versions.find((v) => v.id === this.compareFrom) ?? versions.at(-1)!;
    const to = versions.find((v) => v.id === this.compareTo) ?? now;
    const c = compareVersions(from.people, to.people);
    const names = (list: Person[]) => list.map((p) => this.#nameOf(p)).join(', ') || '–';
    const pairs = (list: { after: Person }[]) => names(list.map((x) => x.after));
    const picker = (
      id: string,
      label: string,
      selected: string,
      withNow: boolean,
      set: (v: string) => void,
    ) =>
      html`<div class="field">
        <label class="label" for=${id}>${label}</label>
        <select id=${id} @change=${(e: Event) => set((e.target as HTMLSelectElement).value)}>
          ${versions.map((v) => html`<option .value=${v.id} ?selected=${v.id === selected}>${this.#versionLabel(v)}</option>`)}
          ${withNow ? html`<option value="" ?selected=${selected === ''}>${now.label}</option>` : nothing}
        </select>
      </div>`;
    const figure = (
      side: {
        label: string;
        savedOn: string;
        people: readonly Person[];
        child: NetvaerkskortValue['child'];
      },
      prefix: string,
      label = this.#versionLabel(side),
    ) =>
      html`<figure>
        <svg class="map" viewBox=${MAP_VIEWBOX} role="img" aria-label=${label}>
          ${this.#map(side.people, side.child, false, prefix)}
        </svg>
        <figcaption>${label}</figcaption>
      </figure>`;
    // Staff material: not in the child's own print.
    return html`<section
      class="compare ${this.printFlavour === 'child' ? 'no-print' : ''}"
      aria-labelledby="compare-heading"
    >
      <h2 id="compare-heading">${msg('Sammenlign to kort')}</h2>
      <div class="compare-pickers no-print">
        ${picker('compare-from', msg('Tidligere kort'), from.id, false, (v) => (this.compareFrom = v))}
        ${picker('compare-to', msg('Sammenlign med'), to.id, true, (v) => (this.compareTo = v))}
      </div>
      <p class="print-only">${this.#versionLabel(from)} → ${this.#versionLabel(to)}</p>
      <dl class="compare-list">
        <div>
          <dt><span aria-hidden="true">↑ </span>${msg('Kommet tættere på')}</dt>
          <dd>${pairs(c.closer)}</dd>
        </div>
        <div>
          <dt><span aria-hidden="true">↓ </span>${msg('Kommet længere væk')}</dt>
          <dd>${pairs(c.further)}</dd>
        </div>
        <div>
          <dt><span aria-hidden="true">⇄ </span>${msg('Nyt område')}</dt>
          <dd>${pairs(c.otherSector)}</dd>
        </div>
        <div>
          <dt><span aria-hidden="true">＋ </span>${msg('Nye')}</dt>
          <dd>${names(c.added)}</dd>
        </div>
        <div>
          <dt><span aria-hidden="true">－ </span>${msg('Ikke med mere')}</dt>
          <dd>${names(c.gone)}</dd>
        </div>
      </dl>
      <div class="compare-maps">${figure(from, 'then-')} ${figure(to, 'now-')}</div>
    </section>`;
  }

  #map(
    people: readonly Person[],
    child: NetvaerkskortValue['child'],
    interactive: boolean,
    idPrefix: string,
  ) {
    return mapView({
      child,
      people,
      sectors: this.#derived.sectors,
      positions:
        people === this.data.people
          ? this.#positions
          : layout(people, this.#derived.ids, this.#layoutOptions),
      labelOf: this.#labelOf,
      labelWidths: this.#labelWidths,
      describe: this.#describe,
      // The one person in the Tab order: the focused one while they are on the
      // map, else the first (a value from the host may have replaced them).
      focusedId:
        this.focusedId && this.#positions.has(this.focusedId)
          ? this.focusedId
          : (people[0]?.id ?? null),
      grabbedId: interactive ? this.grabbedId : null,
      drag: interactive && this.drag?.moved ? this.drag : null,
      interactive,
      simple: this.simple,
      idPrefix,
      legendDate: idPrefix || !this.restReady ? undefined : this.#printedOn(),
    });
  }

  #legend() {
    return html`<ul class="legend" aria-label=${msg('Forklaring')}>
      ${bonds().map(
        ([bond, mark, text]) =>
          html`<li>
            <svg viewBox="0 -0.015 0.15 0.03" aria-hidden="true">
              <path class="bond bond--${bond}" d="M0 0h0.15"></path></svg
            ><span aria-hidden="true">${mark}</span>${text}
          </li>`,
      )}
      <li>
        <span aria-hidden="true">★ </span>${msg('En voksen jeg kan tale med om det derhjemme')}
      </li>
    </ul>`;
  }

  /** The print line's date, drawn with the rest after the first frame, as the file legend is. */
  #printedOn() {
    return msg(str`Udskrevet ${formatDate(this.today ?? todayIso(), this.locale)}`);
  }

  #listFor: { derived: Derived; editable: boolean } | null = null;

  /** The list view; left as it is while only the drag or focus changed (every frame of a drag). */
  #list(editable: boolean) {
    if (!this.restReady) return nothing;
    const derived = this.#derived;
    const last = this.#listFor;
    if (last?.derived === derived && last.editable === editable) return noChange;
    this.#listFor = { derived, editable };
    return listView({
      people: this.data.people,
      sectors: derived.sectors,
      nameOf: this.#nameOf,
      bondText: this.#bondText,
      // A pseudonym carries the relation already ("Voksen 1 (mor)").
      showRelation: !derived.names,
      editable,
      // Each list action keeps focus on the same control of the same person.
      onStep: (id, step) => {
        this.#keepFocus(`list-in-${id}`, `list-out-${id}`);
        this.#step(id, step);
      },
      onMoveTo: (id, sector) => {
        this.#keepFocus();
        if (sector !== this.data.people.find((p) => p.id === id)?.sector) this.#moveTo(id, sector);
      },
      onEdit: (id) => this.#openEdit(id),
      onRemove: (id) => this.#remove(id),
    });
  }

  /** Finishing, printing and files: below the list, so they follow with it. */
  #actions(editable: boolean) {
    const versionsFull = this.data.versions.length >= MAX_VERSIONS;
    return html`<div class="actions no-print">
      ${
        editable
          ? html`<button type="button" class="button" @click=${() => this.complete()}>
                <span aria-hidden="true">✓ </span>${msg('Færdig')}
              </button>
              <button
                type="button"
                id="save-version"
                class="button button--secondary"
                ?hidden=${this.simple}
                ?disabled=${versionsFull}
                aria-describedby=${versionsFull ? 'versions-full' : nothing}
                @click=${() => this.#saveVersion()}
              >
                <span aria-hidden="true">📌 </span>${msg('Gem som version')}
              </button>
              ${
                versionsFull && !this.simple
                  ? html`<p class="hint" id="versions-full">
                      ${msg(str`Der er gemt ${MAX_VERSIONS} versioner, og der er ikke plads til flere.`)}
                    </p>`
                  : nothing
              }`
          : nothing
      }
      <button type="button" class="button button--secondary" @click=${() => this.printFor('child')}>
        <span aria-hidden="true">🖨 </span
        >${this.simple ? msg('Udskriv') : msg('Udskriv til barnet')}
      </button>
      ${
        this.simple
          ? nothing
          : html`
              <label class="choice">
                <input
                  type="checkbox"
                  ?disabled=${this.isDisabled}
                  .checked=${this.pseudonymise}
                  @change=${(e: Event) => (this.pseudonymise = (e.target as HTMLInputElement).checked)}
                />
                <span>${msg('Vis pseudonymer i stedet for navne')}</span>
              </label>

              <button
                type="button"
                class="button button--secondary"
                @click=${() => this.printFor('professional')}
              >
                <span aria-hidden="true">🗂 </span>${msg('Udskriv til sagen')}
              </button>
              <button
                type="button"
                class="button button--secondary"
                @click=${() => this.exportJson()}
              >
                <span aria-hidden="true">💾 </span>${msg('Gem som fil')}
              </button>
              <button
                type="button"
                class="button button--secondary"
                @click=${() => this.exportSvg()}
              >
                <span aria-hidden="true">🖼 </span>${msg('Hent som billede (SVG)')}
              </button>
              <button
                type="button"
                class="button button--secondary"
                @click=${() => void this.exportPng()}
              >
                <span aria-hidden="true">🖼 </span>${msg('Hent som billede (PNG)')}
              </button>
              ${
                editable
                  ? html`<label class="button button--secondary file-button">
                      <span aria-hidden="true">📂 </span>${msg('Åbn fra fil')}
                      <input
                        type="file"
                        accept="application/json,.json"
                        class="visually-hidden"
                        @change=${(e: Event) => {
                          const input = e.target as HTMLInputElement;
                          const file = input.files?.[0];
                          if (file) void this.importFile(file).then(() => (input.value = ''));
                        }}
                      />
                    </label>`
                  : nothing
              }
            `
      }
    </div>`;
  }

  override render() {
    const v = this.data;
    const editable = this.editable;
    const trusted = v.people.filter((p) => p.trusted);
    const full = v.people.length >= MAX_PEOPLE;
    return html`
      <h1 class="title">${this.simple ? msg('Mit kort') : msg('Mit netværkskort')}</h1>
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement()}</div>
      ${this.renderDraftNotice()}
      <p class="print-only print-meta">
        ${this.restReady ? this.#printedOn() : nothing}
        ${this.printFlavour === 'professional' ? html` · ${msg('Til sagen')}` : nothing}
      </p>
      ${
        editable
          ? html`<div class="toolbar no-print">
              <button
                type="button"
                id="add-person"
                class="button big"
                ?disabled=${full}
                aria-describedby=${full ? 'full-hint' : nothing}
                aria-label=${this.simple ? msg('Tilføj en person') : nothing}
                @click=${() => this.openAdd()}
              >
                <span aria-hidden="true">＋ </span
                >${this.simple ? msg('Tilføj') : msg('Sæt en person på kortet')}
              </button>
              <button
                type="button"
                id="undo"
                class="button button--secondary"
                ?disabled=${this.history.past.length === 0}
                @click=${() => this.undo()}
              >
                <span aria-hidden="true">↶ </span>${msg('Fortryd')}
              </button>
              <button
                type="button"
                id="redo"
                class="button button--secondary"
                ?disabled=${this.history.future.length === 0}
                @click=${() => this.redo()}
              >
                <span aria-hidden="true">↷ </span>${msg('Gør igen')}
              </button>
              ${
                full
                  ? html`<p class="hint" id="full-hint">
                      ${msg(str`Der er ikke plads til flere på kortet (højst ${MAX_PEOPLE}).`)}
                    </p>`
                  : nothing
              }
            </div>`
          : nothing
      }
      ${
        this.removed
          ? html`<div class="notice no-print" role="status">
              <p>${msg(str`${this.#nameOf(this.removed.person)} er fjernet.`)}</p>
              <button
                type="button"
                id="undo-remove"
                class="button button--secondary"
                @click=${() => this.#undoRemove()}
              >
                <span aria-hidden="true">↶ </span>${msg('Fortryd')}
              </button>
            </div>`
          : nothing
      }
      ${
        // Always there, seen only while someone is picked: the map must not move between two taps.
        editable
          ? html`<p class="hint no-print" aria-hidden=${!this.grabbedId}>
              ${
                this.simple
                  ? msg('Tryk, hvor personen skal være.')
                  : msg('Tryk på kortet, der hvor personen skal være, eller flyt med piletasterne.')
              }
            </p>`
          : nothing
      }
      <div class="map-wrap">
        <svg
          class="map"
          part="map"
          viewBox=${MAP_VIEWBOX}
          role="group"
          aria-label=${msg('Netværkskort')}
          @pointerdown=${(e: PointerEvent) => this.#onPointerDown(e)}
          @pointermove=${(e: PointerEvent) => this.#onPointerMove(e)}
          @pointerup=${(e: PointerEvent) => this.#onPointerUp(e)}
          @pointercancel=${() => (this.drag = null)}
          @keydown=${(e: KeyboardEvent) => this.#onPersonKey(e)}
          @click=${(e: Event) => {
            if ((e.target as Element).closest('.me')) this.#openChild();
          }}
          @focusin=${(e: FocusEvent) => {
            const id = (e.target as Element).closest<SVGGElement>('.person')?.dataset['id'];
            if (id) this.focusedId = id;
          }}
        >
          ${this.#map(v.people, v.child, editable, '')}
        </svg>
        ${this.#legend()}
      </div>
      ${
        trusted.length
          ? html`<p class="trusted-summary">
              <span aria-hidden="true">★ </span>${msg('Voksne jeg kan tale med:')}
              ${trusted.map((p) => this.#nameOf(p)).join(', ')}
            </p>`
          : nothing
      }
      <section class="list no-print" part="list" aria-labelledby="list-heading">
        <h2 id="list-heading">${msg('Kortet som liste')}</h2>
        ${this.#list(editable)}
      </section>
      ${this.simple || !this.restReady ? nothing : this.#renderComparison()}
      ${this.restReady ? this.#actions(editable) : nothing}
      ${this.importError ? html`<p class="error-message" role="alert"><span class="visually-hidden">${msg('Fejl:')}</span> ${this.importError()}</p>` : nothing}
      ${
        this.childDraft
          ? childDialog({
              child: this.childDraft,
              onChange: (c) => (this.childDraft = c),
              onSave: () => this.#closeChild(true),
              onCancel: () => this.#closeChild(false),
            })
          : nothing
      }
      ${
        this.draft
          ? personDialog({
              draft: this.draft,
              sectors: this.#derived.sectors,
              simple: this.simple,
              errors: {
                name: this.draftErrors.name ? msg('Skriv et navn eller et kaldenavn') : undefined,
                phone: this.draftErrors.phone
                  ? msg('Skriv et dansk telefonnummer med 8 cifre')
                  : undefined,
              },
              onChange: (d) => (this.draft = d),
              onSave: () => this.#saveDraft(),
              onCancel: () => this.#closeDialog(this.draft?.id ?? null),
            })
          : nothing
      }
    `;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('keydown', this.#onHostKey);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('keydown', this.#onHostKey);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A value from outside (host, draft, reset, import) starts a fresh history.
    if (changed.has('data' as keyof BnNetvaerkskort) && this.history.present !== this.data) {
      this.history = startHistory(this.data);
    }
  }

  #rest: Promise<void> | undefined;

  protected override firstUpdated(): void {
    // A task after the next frame, so that frame paints the map without waiting for the rest.
    this.#rest = new Promise((resolve) =>
      requestAnimationFrame(() =>
        setTimeout(() => {
          this.restReady = true;
          resolve();
        }),
      ),
    );
  }

  /** Resolves when the map and the list below it are both rendered. */
  get fullyRendered(): Promise<boolean> {
    return this.updateComplete.then(() => this.#rest).then(() => this.updateComplete);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const dialog = this.renderRoot.querySelector<HTMLDialogElement>('dialog');
    if (dialog && !dialog.open) {
      dialog.showModal();
      dialog.querySelector<HTMLInputElement>('input')?.focus();
    }
  }
}
