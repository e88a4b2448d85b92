import { noChange, nothing, type TemplateResult } from 'lit';
import { comparisonView, type ComparisonProps } from '../views/comparison.js';
import type { MapContext } from './map-context.js';

/**
 * The comparison of two versions, left as it is while only the drag, focus
 * or a dialog changed: its two maps and pickers cost a layout and two
 * drawings, too much for every frame of a drag.
 */
export function comparisonSection(c: MapContext) {
  let last: unknown[] | null = null;
  return (
    shown: boolean,
    props: Omit<ComparisonProps, 'versions' | 'now' | 'nameOf'>,
  ): TemplateResult | typeof nothing | typeof noChange => {
    // The derived values change with the value, locale, print and pseudonyms.
    const key = [c.derived.current(), props.level, props.from, props.to, props.childPrint];
    if (!shown) return ((last = null), nothing);
    if (last?.every((k, i) => k === key[i])) return noChange;
    last = key;
    const v = c.value();
    return comparisonView({ ...props, versions: v.versions, now: v, nameOf: c.derived.nameOf });
  };
}
