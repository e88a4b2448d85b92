import { type DateParts, type FieldIssue, issueMessage, type Locale } from '@barnets-net/core';
import { childField } from '../model/validate.js';
import { LIMITS } from '../value/limits.js';
import type { Child } from '../value/types.js';

export interface ChildEditorProps {
  /** The level of this view's heading (the widget's title is one above). */
  level: number;
  child: Child;
  isNew: boolean;
  locale: Locale;
  today: string;
  disabled: boolean;
  /** The host's title for the centre's child specialist. */
  specialistTitle: string;
  /** Problems to show (empty until the first attempt to save). */
  issues: FieldIssue[];
  birthParts: DateParts;
  discussedParts: DateParts;
  consentParts: DateParts;
  root: ParentNode;
  /** A change; `commit` is false while typing. */
  onChange: (child: Child, commit: boolean) => void;
  onBirthParts: (parts: DateParts) => void;
  onDiscussedParts: (parts: DateParts) => void;
  onConsentParts: (parts: DateParts) => void;
  onSave: () => void;
  onCancel: () => void;
  /** Nothing typed or chosen since the editor opened: Escape may close it. */
  untouched: boolean;
}

type TextKey = keyof typeof LIMITS & keyof Child;

/** What every part of the child editor needs to wire its fields. */
export function childFields(p: ChildEditorProps) {
  const c = p.child;
  const error = (field: string) => {
    const issue = p.issues.find((i) => i.field === field);
    return issue ? issueMessage(issue) : undefined;
  };
  const set = <K extends keyof Child>(key: K, v: Child[K], commit = true) =>
    p.onChange({ ...c, [key]: v }, commit);
  const common = (key: keyof Child | 'birth') => ({
    id: childField(key),
    error: error(childField(key)),
    disabled: p.disabled,
  });
  /** A text field's wiring, with the schema's limit. */
  const text = (key: TextKey) => ({
    ...common(key),
    value: c[key] as string,
    maxlength: LIMITS[key],
    onInput: (v: string) => set(key, v as never, false),
    onChange: () => p.onChange(c, true),
  });
  return { c, error, set, common, text };
}
