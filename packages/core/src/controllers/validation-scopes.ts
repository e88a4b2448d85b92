import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { check, type Rule } from '../validation/rules.js';
import { issueMessage, type FieldIssue } from '../validators/issues.js';

/** A scope's checks: declared rules, or a function listing the issues. */
export type Scope<V> = readonly Rule<V>[] | ((value: V) => FieldIssue[]);

export interface ScopeHost extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/**
 * Validation by parts. Each scope (a part of a form, a dialog, a step) has
 * its declared rules, is checked on its own, and shows its errors (and its
 * own error summary) only after someone tried to go on from it: GOV.UK's
 * "errors after interaction, never on first sight", per part. A widget
 * asks `issues('client', 'children')` before a change of state. Render a
 * scope's summary with `scopeSummary(checks, scope, root)`.
 */
export class ValidationScopes<V, S extends string> implements ReactiveController {
  readonly #host: ScopeHost;
  readonly #scopes: () => Record<S, Scope<V>>;
  readonly #read: () => V;
  readonly #shown = new Set<S>();
  #focus: S | undefined;

  /** `scopes` is read each time, so a subclass's rules can build on its own state. */
  constructor(host: ScopeHost, scopes: () => Record<S, Scope<V>>, read: () => V) {
    this.#host = host;
    this.#scopes = scopes;
    this.#read = read;
    host.addController(this);
  }

  /** The problems of these scopes now, shown or not. */
  issues(...scopes: S[]): FieldIssue[] {
    const value = this.#read();
    const all = this.#scopes();
    return scopes.flatMap((name) => {
      const scope = all[name];
      return typeof scope === 'function' ? scope(value) : check(scope ?? [], value);
    });
  }

  /** True once the scope shows its errors. */
  shows(scope: S): boolean {
    return this.#shown.has(scope);
  }

  /**
   * Someone tries to go on from `scope`: true when it is valid; else its
   * errors show from now on and (unless `focus` is false: a form submitted
   * by its host) its error summary takes focus.
   */
  attempt(scope: S, focus = true): boolean {
    if (this.issues(scope).length === 0) return true;
    this.#shown.add(scope);
    if (focus) this.#focus = scope;
    // Also when nothing else changed (a second failed try): focus must move now.
    this.#host.requestUpdate();
    return false;
  }

  /** Forgets that these scopes were tried (a dialog closed, a part left); none given: all. */
  hide(...scopes: S[]): void {
    if (scopes.length === 0) this.#shown.clear();
    for (const s of scopes) this.#shown.delete(s);
    this.#host.requestUpdate();
  }

  /** The problems to show now: none until the scope was tried. */
  visible(scope: S): FieldIssue[] {
    return this.#shown.has(scope) ? this.issues(scope) : [];
  }

  /** The message for one field, from any scope that shows its errors. */
  errorFor(field: string): string | undefined {
    for (const scope of this.#shown) {
      const issue = this.issues(scope).find((i) => i.field === field);
      if (issue) return issueMessage(issue);
    }
    return undefined;
  }

  hostUpdated(): void {
    const scope = this.#focus;
    if (scope === undefined) return;
    this.#focus = undefined;
    // The scope's summary, or (a dialog without one) its first field with a problem.
    const id = this.issues(scope)[0]?.field ?? '';
    const root = this.#host.renderRoot;
    (
      root.querySelector<HTMLElement>(`#${CSS.escape(`${scope}-errors`)}`) ??
      root.querySelector<HTMLElement>(`#${CSS.escape(id)}`)
    )?.focus();
  }
}
