import { msg, str } from '../localize/locale.js';

/** What is wrong with one field, as the widget's own validation finds it. */
export interface FieldIssue {
  /** The id of the field in the widget's shadow root: the summary links to it. */
  field: string;
  code: IssueCode;
  /** The field's visible label, used in the default message. */
  label: string;
  params?: { min?: number | string; max?: number | string };
  /** A message of the widget's own, when a specific one reads better. */
  message?: () => string;
}

export type IssueCode =
  | 'required'
  | 'too-short'
  | 'too-long'
  | 'invalid-date'
  | 'date-too-early'
  | 'date-too-late'
  | 'date-in-future'
  | 'out-of-range'
  | 'invalid-phone'
  | 'contains-cpr'
  | 'custom';

/** The localised text of an issue; call while rendering (inside the element's locale). */
export function issueMessage(issue: FieldIssue): string {
  if (issue.message) return issue.message();
  const { label } = issue;
  const min = String(issue.params?.min ?? '');
  const max = String(issue.params?.max ?? '');
  switch (issue.code) {
    case 'required':
      return msg(str`${label} skal udfyldes`);
    case 'too-short':
      return msg(str`${label} skal være mindst ${min} tegn`);
    case 'too-long':
      return msg(str`${label} må højst være ${max} tegn`);
    case 'invalid-date':
      return msg(str`Skriv en gyldig dato i «${label}», fx 28 2 2026`);
    case 'date-too-early':
      return msg(str`${label} skal være ${min} eller senere`);
    case 'date-too-late':
      return msg(str`${label} skal være ${max} eller tidligere`);
    case 'date-in-future':
      return msg(str`Datoen i «${label}» kan ikke ligge i fremtiden`);
    case 'out-of-range':
      return msg(str`${label} skal være mellem ${min} og ${max}`);
    case 'invalid-phone':
      return msg(str`${label} skal være et dansk telefonnummer med 8 cifre`);
    case 'contains-cpr':
      return msg(str`${label} ser ud til at indeholde et CPR-nummer. Skriv det ikke her.`);
    case 'custom':
      return label;
  }
}
