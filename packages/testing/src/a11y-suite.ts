import { expect, fixtureCleanup } from '@open-wc/testing';
import { emulateForcedColors, setViewportSize } from './a11y-commands.js';
import { contrastProblems } from './a11y-contrast.js';
import { focusProblems, WEBKIT_DRIVER } from './a11y-focus.js';
import { headingProblems } from './a11y-headings.js';
import { painted } from './a11y-parts.js';
import { narrowHost, REFLOW_VIEWPORT, reflowProblems, type HostLayout } from './a11y-reflow.js';
import { recordSpeech, speechProblems } from './a11y-announcements.js';
import { CHILD_TARGET, MIN_TARGET, targetProblems } from './a11y-targets.js';
import { settle } from './harness.js';

/** A widget element as the suite drives it. */
export type A11yElement<V> = HTMLElement & {
  value: V;
  readonly updateComplete: Promise<boolean>;
  readonly shadowRoot: ShadowRoot;
};

/** One state a story shows: a value, attributes, and the steps that lead there. */
export interface A11yState<V> {
  name: string;
  value?: V;
  attrs?: Record<string, string>;
  /** Takes the widget from its value to the state (opens a dialog, tries to finish…). */
  enter?: (el: A11yElement<V>) => Promise<void>;
}

/** Something a person does after which something is said. */
export interface A11ySpeech<V> {
  name: string;
  state?: A11yState<V>;
  act: (el: A11yElement<V>) => Promise<void>;
}

export interface A11yFixtures<V> {
  tag: string;
  /** Every state the widget's stories show; the samples are the values. */
  states: A11yState<V>[];
  /** Used by children on a tablet: targets of 44 px at 768 px. */
  childFacing?: boolean;
  /** The level of the first heading without `heading-level`. */
  defaultHeadingLevel: number;
  /** Actions after which the widget speaks: each thing must be said once. */
  speech: A11ySpeech<V>[];
  /**
   * A selector for the ancestors a part's focus may highlight too (`tr`: the
   * row of a focused control, to follow it in a wide table). Anything else
   * painted outside the part still fails.
   */
  focusWithin?: string;
}

const DESKTOP = { width: 1280, height: 800 };
const TABLET = { width: 768, height: 1024 };

/** Mounts the widget in a state, inside `wrap` (a host column) when given. */
export async function mountState<V>(
  f: A11yFixtures<V>,
  state: A11yState<V>,
  wrap?: HTMLElement,
  extraAttrs: Record<string, string> = {},
): Promise<A11yElement<V>> {
  const el = document.createElement(f.tag) as A11yElement<V>;
  for (const [k, v] of Object.entries({ ...state.attrs, ...extraAttrs })) el.setAttribute(k, v);
  if (state.value !== undefined) el.value = structuredClone(state.value);
  const holder = wrap ?? document.createElement('div');
  holder.setAttribute('data-a11y-fixture', '');
  holder.append(el);
  document.body.append(holder);
  await settle(el);
  await state.enter?.(el);
  await settle(el);
  return el;
}

const report = (problems: string[]) => (problems.length ? `\n  ${problems.join('\n  ')}` : '');

/**
 * Accessibility in use, run by every widget's tests beside the contract
 * suite: what axe on the first screen does not see. Each check names the
 * WCAG 2.2 criterion it shows (docs/accessibility.md).
 */
export function runAccessibilityInUseTests<V>(f: A11yFixtures<V>): void {
  describe(`<${f.tag}> is accessible in use`, function () {
    this.timeout(180_000);

    beforeEach(async () => {
      localStorage.clear();
      await setViewportSize(DESKTOP.width, DESKTOP.height);
    });

    afterEach(async () => {
      document.querySelectorAll('[data-a11y-fixture]').forEach((n) => n.remove());
      fixtureCleanup();
      localStorage.clear();
      await emulateForcedColors(null);
    });

    for (const state of f.states) {
      it(`axe finds nothing in «${state.name}» (4.1.2, 1.3.1, 1.4.3)`, async () => {
        const el = await mountState(f, state);
        // WebKit's driver reads the colour behind text far below the window
        // from whatever is at that point on screen (a blue button behind a
        // list name 5,000 px down): contrast is judged in Chromium and Firefox,
        // which compute the same CSS colours, and by the forced-colours test.
        await expect(el).to.be.accessible(
          WEBKIT_DRIVER ? { ignoredRules: ['color-contrast'] } : {},
        );
      });

      it(`shows focus on every part and paints nothing outside it in «${state.name}» (2.4.7, 1.4.11; outside painting judged in Chromium and Firefox)`, async () => {
        const el = await mountState(f, state);
        const problems = await focusProblems(el, f.focusWithin);
        expect(problems, report(problems)).to.deep.equal([]);
      });

      it(`reflows to 320 px in a grid host and a flex host in «${state.name}» (1.4.10)`, async () => {
        const problems: string[] = [];
        await setViewportSize(REFLOW_VIEWPORT.width, REFLOW_VIEWPORT.height);
        for (const layout of ['grid', 'flex'] as HostLayout[]) {
          const host = narrowHost(layout);
          const el = document.createElement(f.tag) as A11yElement<V>;
          for (const [k, v] of Object.entries(state.attrs ?? {})) el.setAttribute(k, v);
          if (state.value !== undefined) el.value = structuredClone(state.value);
          host.append(el);
          document.body.append(host);
          // The first render counts too: a host lays it out before the widget has finished drawing.
          await el.updateComplete;
          problems.push(...reflowProblems(host, el).map((p) => `${layout}, first render: ${p}`));
          await settle(el);
          await state.enter?.(el);
          await settle(el);
          await painted();
          problems.push(...reflowProblems(host, el).map((p) => `${layout}: ${p}`));
          host.remove();
        }
        expect(problems, report(problems)).to.deep.equal([]);
      });

      it(`keeps its text readable in forced colours, light and dark, in «${state.name}» (1.4.3, 1.4.11; emulated in Chromium only: Firefox's and WebKit's drivers cannot turn forced colours on)`, async function () {
        const problems: string[] = [];
        for (const scheme of ['light', 'dark'] as const) {
          if (!(await emulateForcedColors(scheme))) this.skip();
          const el = await mountState(f, state);
          await painted();
          problems.push(...(await contrastProblems(el)).map((p) => `${scheme}: ${p}`));
          el.parentElement!.remove();
        }
        expect(problems, report(problems)).to.deep.equal([]);
      });

      it(`has targets of ${MIN_TARGET} px${f.childFacing ? `, and ${CHILD_TARGET} px on a tablet,` : ''} in «${state.name}» (2.5.8${f.childFacing ? ', 2.5.5' : ''})`, async () => {
        const el = await mountState(f, state);
        const problems = targetProblems(el, MIN_TARGET);
        if (f.childFacing) {
          await setViewportSize(TABLET.width, TABLET.height);
          await settle(el);
          await painted();
          problems.push(...targetProblems(el, CHILD_TARGET).map((p) => `tablet: ${p}`));
        }
        expect(problems, report(problems)).to.deep.equal([]);
      });
    }

    it(`starts its headings at level ${f.defaultHeadingLevel}, or where heading-level says, in every state (1.3.1, 2.4.6)`, async () => {
      const first = f.states[0]!;
      const problems: string[] = [];
      const plain = await mountState(f, first);
      problems.push(...headingProblems(plain, f.defaultHeadingLevel));
      for (const level of [1, 3, 5]) {
        const el = await mountState(f, first, undefined, { 'heading-level': String(level) });
        problems.push(...headingProblems(el, level).map((p) => `heading-level="${level}": ${p}`));
      }
      plain.setAttribute('heading-level', '4');
      await settle(plain);
      problems.push(...headingProblems(plain, 4).map((p) => `changed to 4: ${p}`));
      // Every other state too: a dialog, a review or a print part has headings of its own.
      for (const state of f.states.slice(1)) {
        const el = await mountState(f, state, undefined, { 'heading-level': '3' });
        problems.push(...headingProblems(el, 3).map((p) => `«${state.name}», level 3: ${p}`));
        el.parentElement!.remove();
      }
      expect(problems, report(problems)).to.deep.equal([]);
    });

    for (const speech of f.speech) {
      it(`says it once: ${speech.name} (4.1.3)`, async () => {
        const el = await mountState(f, speech.state ?? f.states[0]!);
        const stop = recordSpeech(el);
        await speech.act(el);
        await settle(el);
        await painted();
        const spoken = stop();
        const problems = speechProblems(spoken);
        expect(spoken.length, 'something was said or focused').to.be.greaterThan(0);
        expect(problems, report(problems)).to.deep.equal([]);
      });
    }
  });
}
