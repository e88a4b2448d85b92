import type { ReactiveControllerHost } from 'lit';
import { check, DateBoxes, type DateParts, type FieldIssue, isoToParts } from '@barnets-net/core';
import { removeChild, updateChild } from '../model/children.js';
import { childRules } from '../model/validate.js';
import type { Child, OplysningsskemaValue } from '../value/types.js';

export interface ChildEditingContext {
  host: ReactiveControllerHost;
  value(): OplysningsskemaValue;
  /** Takes a changed value; `commit` is false while typing. */
  change(next: OplysningsskemaValue, commit: boolean): void;
  /** Says the child's age once the birth date is complete (not on every keystroke). */
  announceAge(child: Child): void;
}

export type ChildEditing = ReturnType<typeof childEditing>;

/**
 * The child in the editor: which one, whether it is new, its date boxes,
 * and how it was when the editor opened, so cancel can put it back.
 */
export function childEditing(c: ChildEditingContext) {
  let id: string | null = null;
  let isNew = false;
  let snapshot: Child | null = null;
  // The child and its date boxes as the editor opened, to tell whether anything was typed.
  let opened = '';
  const birth = new DateBoxes(c.host);
  const discussed = new DateBoxes(c.host);
  const consented = new DateBoxes(c.host);

  const current = () => c.value().children.find((x) => x.id === id);
  const state = () =>
    JSON.stringify([current() ?? null, birth.parts, discussed.parts, consented.parts]);
  const change = (child: Child, commit: boolean) =>
    c.change(
      updateChild(c.value(), child.id, () => child),
      commit,
    );

  return {
    birth,
    discussed,
    consented,
    get id() {
      return id;
    },
    get isNew() {
      return isNew;
    },
    get child(): Child | undefined {
      return current();
    },

    open(child: Child, asNew: boolean) {
      snapshot = asNew ? null : structuredClone(child);
      id = child.id;
      isNew = asNew;
      birth.set(
        child.birthDate
          ? isoToParts(child.birthDate)
          : { day: '', month: '', year: child.birthYear === null ? '' : String(child.birthYear) },
      );
      discussed.set(isoToParts(child.perspectiveDiscussedOn));
      consented.set(isoToParts(child.consentOn));
      opened = JSON.stringify([child, birth.parts, discussed.parts, consented.parts]);
    },

    /** The editor's date boxes and what typing in them does, for the view's props. */
    get fields() {
      return {
        birthParts: birth.parts,
        discussedParts: discussed.parts,
        consentParts: consented.parts,
        onChange: change,
        onBirthParts: this.birthParts,
        onDiscussedParts: this.discussedParts,
        onConsentParts: this.consentedParts,
        untouched: this.untouched,
      };
    },

    /** Whether nothing has been typed or chosen since the editor opened. */
    get untouched(): boolean {
      return state() === opened;
    },

    close() {
      id = snapshot = null;
      c.host.requestUpdate();
    },

    change,

    birthParts(parts: DateParts) {
      const read = birth.input(parts);
      const child = current();
      if (!child) return;
      const next = {
        ...child,
        birthDate: read.kind === 'date' ? read.iso : '',
        birthYear: read.kind === 'year' ? read.year : null,
      };
      change(next, false);
      if (read.kind === 'date' || read.kind === 'year') c.announceAge(next);
    },

    discussedParts(parts: DateParts) {
      discussed.input(parts);
      const child = current();
      if (child) change({ ...child, perspectiveDiscussedOn: discussed.iso }, false);
    },

    consentedParts(parts: DateParts) {
      consented.input(parts);
      const child = current();
      if (child) change({ ...child, consentOn: consented.iso }, false);
    },

    /** Undoes the editing: a new child is removed, a changed one put back as it was. */
    cancel(child: Child) {
      if (isNew) c.change(removeChild(c.value(), child.id).value, true);
      else if (snapshot) change(snapshot, true);
    },

    /**
     * The child's problems, judged on `today`. Boxes that make no date yet
     * leave the child's date empty: those dates are wrong, not missing.
     */
    issues(today: () => string): FieldIssue[] {
      const child = current();
      const rules = childRules(
        today,
        () => birth.typedBadly(true),
        (x) => x.perspectiveDiscussed === 'yes' && discussed.typedBadly(true),
        (x) => x.consent !== '' && consented.typedBadly(true),
      );
      return child ? check(rules, child) : [];
    },
  };
}
