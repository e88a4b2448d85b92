/**
 * Roving focus in a row of controls (role="toolbar"): one Tab stop, the one
 * last used; Left and Right (Home, End) go between them. Up and Down are left
 * to a select, which chooses with them.
 */
const controls = (bar: Element) =>
  [...bar.querySelectorAll<HTMLElement>('button, select')].filter((c) => !c.hidden);

const KEYS: Record<string, (i: number, n: number) => number> = {
  ArrowRight: (i, n) => (i + 1) % n,
  ArrowLeft: (i, n) => (i - 1 + n) % n,
  Home: () => 0,
  End: (_, n) => n - 1,
};

export function rovingKeys(e: KeyboardEvent) {
  const to = KEYS[e.key];
  const bar = e.currentTarget as Element;
  const all = controls(bar);
  const i = all.indexOf(e.target as HTMLElement);
  if (!to || i < 0) return;
  e.preventDefault();
  all[to(i, all.length)]!.focus();
}

/** The control that gets focus, however it got it, becomes the row's Tab stop. */
export function rovingFocus(e: FocusEvent) {
  for (const c of controls(e.currentTarget as Element)) c.tabIndex = c === e.target ? 0 : -1;
}
