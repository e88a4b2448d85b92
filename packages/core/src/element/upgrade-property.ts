/**
 * A property set on an element before its class was defined (a framework
 * rendering before the module loaded) sits on the instance and hides the
 * class's accessor: take it over, so the value goes through the setter.
 */
export function upgradeProperty<T extends object>(el: T, name: keyof T & string): void {
  if (!Object.prototype.hasOwnProperty.call(el, name)) return;
  const early = el[name];
  delete el[name];
  el[name] = early;
}
