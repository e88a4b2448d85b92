import { nothing, type TemplateResult } from 'lit';
import { clearConfirm } from '../views/clear-confirm.js';
import type { EditHistory } from './edit-history.js';
import type { MapContext } from './map-context.js';

/**
 * Clearing the draft wipes the whole map: it asks first, and once cleared
 * «Fortryd» in the toolbar brings the map back too (as does the notice's).
 */
export function draftClearing(c: MapContext, edits: EditHistory, clear: () => void) {
  let asking = false;
  const { host } = c;
  const focusNotice = () =>
    void host.updateComplete.then(() =>
      host.renderRoot.querySelector<HTMLElement>('[part="draft-notice"] button')?.focus(),
    );
  const answer = (yes: boolean) => {
    asking = false;
    if (yes) {
      const before = c.value();
      clear();
      edits.cleared(before, c.value());
    }
    host.requestUpdate();
    focusNotice();
  };
  return {
    /** The notice's "Ryd kladde" asks first. */
    ask() {
      asking = true;
      host.requestUpdate();
    },
    answer,
    /** The question while it is asked, else the draft notice. */
    render(notice: () => TemplateResult | typeof nothing) {
      return asking
        ? clearConfirm(
            () => answer(true),
            () => answer(false),
          )
        : notice();
    },
  };
}
