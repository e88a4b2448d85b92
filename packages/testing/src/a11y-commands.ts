import { executeServerCommand } from '@web/test-runner-commands';

/**
 * The browser side of the test runner's accessibility commands
 * (`scripts/a11y/commands.mjs`): screenshots are taken and compared in Node,
 * so no canvas in the page reads pixels.
 */

/** A box in CSS pixels of the viewport, as `getBoundingClientRect` gives it. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface FocusDiff {
  /** Device pixels per CSS pixel of the screenshots. */
  scale: number;
  /** Pixels that changed inside the part and its ring. */
  changedInside: number;
  /** Of those, the ones whose colour changed by 3:1 or more. */
  contrastingInside: number;
  /** Pixels that changed anywhere else. */
  changedOutside: number;
  /** The device-pixel box around the changes outside, or null. */
  outside: Box | null;
}

export const boxOf = (el: Element): Box => {
  const r = el.getBoundingClientRect();
  return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
};

/** Sizes the viewport in every engine. */
export const setViewportSize = (width: number, height: number): Promise<unknown> =>
  executeServerCommand('bn-a11y-viewport', { width, height });

/**
 * Turns forced colours on with a light or dark palette, or off with null.
 * False where the engine's driver cannot emulate them (only Chromium's can).
 */
export const emulateForcedColors = async (scheme: 'light' | 'dark' | null): Promise<boolean> =>
  (await executeServerCommand<boolean, { scheme: string | null }>('bn-a11y-forced-colors', {
    scheme,
  })) === true;

/** Remembers how the viewport looks now, for `focusDiff`. */
export const snapshot = (): Promise<unknown> => executeServerCommand('bn-a11y-snapshot');

/**
 * What changed since `snapshot`, inside `box` grown by `margin` and outside
 * it. `name` names the screenshots kept when `BN_A11Y_SHOTS` is set.
 */
export const focusDiff = async (box: Box, margin: number, name = ''): Promise<FocusDiff> =>
  (await executeServerCommand('bn-a11y-focus-diff', {
    box,
    margin,
    name,
    viewportWidth: innerWidth,
  })) as FocusDiff;

/** For each box, the contrast between its lightest and its darkest pixel. */
export const contrastSpreads = async (boxes: Box[]): Promise<number[]> =>
  (await executeServerCommand('bn-a11y-spread', { boxes, viewportWidth: innerWidth })) as number[];
