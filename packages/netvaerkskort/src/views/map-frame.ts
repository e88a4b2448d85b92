import { html, type SVGTemplateResult, type TemplateResult } from 'lit';
import { msg } from '@barnets-net/core';
import type { MapFocus } from '../controllers/map-focus.js';
import type { PointerController } from '../controllers/pointer-controller.js';
import { MAP_VIEWBOX } from './map-view.js';

/**
 * The map's `<svg>` with the pointer, keys and focus wired to it; its drawing
 * inside. Out of the Tab order: Chromium stops on it, and there it does nothing.
 */
export const mapFrame = (
  pointer: PointerController,
  focus: MapFocus,
  onKey: (e: KeyboardEvent) => void,
  onChild: () => void,
  drawing: SVGTemplateResult,
): TemplateResult =>
  html`<svg
    class="map"
    part="map"
    viewBox=${MAP_VIEWBOX}
    role="group"
    tabindex="-1"
    aria-label=${msg('Netværkskort')}
    @pointerdown=${pointer.down}
    @pointermove=${pointer.move}
    @pointerup=${pointer.up}
    @pointercancel=${pointer.cancel}
    @pointerleave=${pointer.leave}
    @keydown=${onKey}
    @click=${(e: Event) => {
      if ((e.target as Element).closest('.me')) onChild();
    }}
    @focusin=${focus.in}
    @focusout=${focus.out}
  >
    ${drawing}
  </svg>`;
