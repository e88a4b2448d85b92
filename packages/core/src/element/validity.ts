import { msg, str, withLocale, type Locale } from '../localize/locale.js';
import { issueMessage, type FieldIssue } from '../validators/issues.js';

/**
 * Tells the form what is wrong, in the element's language: empty though
 * required, else the first issue, anchored on its field (the browser points
 * there when the form is submitted).
 */
export function syncValidity(
  internals: ElementInternals,
  root: ParentNode,
  o: {
    required: boolean;
    empty: boolean;
    issues: () => FieldIssue[];
    /** The widget's work in the definite form («kortet»). */
    noun: () => string;
    locale: Locale;
  },
): void {
  const anchor = (id?: string) =>
    (id ? root.querySelector<HTMLElement>(`#${CSS.escape(id)}`) : null) ??
    root.querySelector<HTMLElement>('input, select, textarea, button') ??
    undefined;
  withLocale(o.locale, () => {
    if (o.required && o.empty)
      return internals.setValidity(
        { valueMissing: true },
        msg(str`Udfyld ${o.noun()}, før du sender.`),
        anchor(),
      );
    const first = o.empty ? undefined : o.issues()[0];
    if (first)
      internals.setValidity({ customError: true }, issueMessage(first), anchor(first.field));
    else internals.setValidity({});
  });
}
