import { expect } from '@open-wc/testing';
import { emulateForcedColors, setViewportSize } from '../src/a11y-commands.js';
import { contrastProblems } from '../src/a11y-contrast.js';
import { focusProblems } from '../src/a11y-focus.js';
import { headingProblems } from '../src/a11y-headings.js';
import { recordSpeech, speechProblems } from '../src/a11y-announcements.js';
import { narrowHost, reflowProblems } from '../src/a11y-reflow.js';
import { painted } from '../src/a11y-parts.js';
import { CHILD_TARGET, MIN_TARGET, targetProblems } from '../src/a11y-targets.js';

const webkitDriver =
  /AppleWebKit/.test(navigator.userAgent) && !/Chrome|Firefox/.test(navigator.userAgent);

/**
 * Each check of the accessibility-in-use suite, shown to catch the failure
 * it is there for (and to pass its repair) on a small shadow root.
 */

/** Constant test markup as nodes (no innerHTML: the lint rule keeps user text as text). */
const nodes = (markup: string) => document.createRange().createContextualFragment(markup);

const RING = ':focus-visible { outline: 3px solid #0b0c0c; outline-offset: 2px; }';

function shadowHost(markup: string, css = RING, parent: HTMLElement = document.body): HTMLElement {
  const host = document.createElement('div');
  host.setAttribute('data-detector', '');
  const root = host.attachShadow({ mode: 'open' });
  root.append(nodes(`<style>${css}</style>${markup}`));
  parent.append(host);
  return host;
}

describe('accessibility-in-use checks', function () {
  this.timeout(60_000);

  beforeEach(() => setViewportSize(1280, 800));
  afterEach(async () => {
    document.querySelectorAll('[data-detector]').forEach((n) => n.remove());
    await emulateForcedColors(null);
  });

  describe('focus', () => {
    it('passes a ring drawn around the part', async () => {
      const host = shadowHost('<button>Gem</button> <a href="#x">Læs mere</a>');
      expect(await focusProblems(host)).to.deep.equal([]);
    });

    it('catches a focused SVG group that paints the whole map', async function () {
      // Outside painting is judged in Chromium and Firefox only (a11y-focus.ts).
      if (webkitDriver) this.skip();
      const host = shadowHost(
        `<svg width="400" height="300" viewBox="0 0 400 300">
          <rect width="400" height="300" fill="#fff"/>
          <g class="me" tabindex="0" role="button" aria-label="Mig"><circle cx="200" cy="150" r="30" fill="#1d70b8"/></g>
        </svg>`,
      );
      // What the map showed in Chromium: with «Mig» focused, the whole map turned black.
      const svg = host.shadowRoot!.querySelector('svg')!;
      // As a :focus-visible style does: black while focused, white again after.
      const me = svg.querySelector('.me')!;
      me.addEventListener('focus', () => svg.querySelector('rect')!.setAttribute('fill', '#000'));
      me.addEventListener('blur', () => svg.querySelector('rect')!.setAttribute('fill', '#fff'));
      const problems = await focusProblems(host);
      expect(problems.join('\n')).to.match(/«Mig».*paints outside itself/);
    });

    it('catches a control without a visible focus', async () => {
      const host = shadowHost('<button>Gem</button>', 'button:focus { outline: none; }');
      expect((await focusProblems(host)).join('\n')).to.match(/«Gem» shows no visible focus/);
    });

    it('passes a ring on the label of a hidden radio (a picture to choose)', async () => {
      const host = shadowHost(
        '<label class="pick"><input type="radio" name="p" aria-label="hund"><b>Hund</b></label>',
        `.pick { display: inline-grid; position: relative; margin: 30px; padding: 10px; border: 2px solid #888; }
         .pick input { position: absolute; opacity: 0; inset: 0; margin: 0; }
         .pick:has(:focus-visible) { outline: 3px solid #0b0c0c; box-shadow: 0 0 0 6px #fd0; }`,
      );
      expect(await focusProblems(host)).to.deep.equal([]);
    });

    it('catches a row that lights up for a focused control, unless the widget declares it', async function () {
      // Outside painting is judged in Chromium and Firefox only (a11y-focus.ts).
      if (webkitDriver) this.skip();
      const host = shadowHost(
        '<table><tbody><tr><td>Mia, 7 år, ingen tilbud endnu</td><td><button>Åbn</button></td></tr></tbody></table>',
        `${RING} table { margin: 30px; border-collapse: collapse; } td { padding: 12px 20px; }
         tr:focus-within { background: #fd0; }`,
      );
      expect((await focusProblems(host)).join('\n')).to.match(/«Åbn» paints outside itself/);
      expect(await focusProblems(host, 'tr')).to.deep.equal([]);
    });

    it('does not count a drawing rastered again far away, pixel by pixel', async () => {
      // Forty single pixels that turn dark when the button takes focus, as antialiased edges do.
      const places = Array.from(
        { length: 40 },
        (_, i) =>
          `.dots i:nth-child(${i + 1}) { left: ${300 + ((i * 37) % 400)}px; top: ${60 + ((i * 53) % 300)}px; }`,
      ).join('\n');
      const host = shadowHost(
        `<button>Gem</button><div class="dots">${'<i></i>'.repeat(40)}</div>`,
        `${RING} ${places} .dots i { position: absolute; width: 1px; height: 1px; background: #fff; }
         :host(:focus-within) .dots i { background: #000; }`,
      );
      expect(await focusProblems(host)).to.deep.equal([]);
    });
  });

  describe('reflow at 320 px', () => {
    for (const layout of ['grid', 'flex'] as const) {
      it(`catches a part that keeps a ${layout} host 640 px wide, and passes one that wraps`, async () => {
        const wide = narrowHost(layout);
        document.body.append(wide);
        const bad = shadowHost(
          '<div class="map">Kortet</div>',
          // What the map's `contain-intrinsic-size: auto 40rem` does before its list is drawn.
          ':host { display: block; } .map { min-width: 40rem; }',
          wide,
        );
        wide.setAttribute('data-detector', '');
        await painted();
        expect(reflowProblems(wide, bad).join('\n')).to.match(/wide|sideways/);

        const fine = narrowHost(layout);
        fine.setAttribute('data-detector', '');
        document.body.append(fine);
        const good = shadowHost(
          '<p>Kortet som liste, med lange ord der brydes</p>',
          ':host { display: block; min-width: 0; }',
          fine,
        );
        await painted();
        expect(reflowProblems(fine, good)).to.deep.equal([]);
      });
    }

    it('checks a modal dialog against the viewport at 400 %', async () => {
      await setViewportSize(320, 256);
      for (const [css, fits] of [
        ['dialog { min-width: 40rem; }', false],
        ['dialog { max-inline-size: min(36rem, 95vw); }', true],
      ] as const) {
        const column = narrowHost('grid');
        column.setAttribute('data-detector', '');
        document.body.append(column);
        const host = shadowHost(
          '<dialog><p>Hvem vil du sætte på kortet?</p></dialog>',
          css,
          column,
        );
        host.shadowRoot!.querySelector('dialog')!.showModal();
        await painted();
        const problems = reflowProblems(column, host);
        if (fits) expect(problems).to.deep.equal([]);
        else expect(problems.join('\n')).to.match(/<dialog>.*past the column/);
        host.shadowRoot!.querySelector('dialog')!.close();
      }
    });
  });

  describe('targets', () => {
    it('catches a 16 px button next to another, and a 30 px one for children', async () => {
      const host = shadowHost(
        '<button class="s">×</button><button class="s">+</button><button class="m">Tilføj</button>',
        `${RING} button { margin: 0; padding: 0; border: 0; } .s { width: 16px; height: 16px; } .m { width: 30px; height: 30px; }`,
      );
      expect(targetProblems(host, MIN_TARGET).join('\n')).to.match(/16×16 px and too close/);
      expect(targetProblems(host, CHILD_TARGET).join('\n')).to.match(/30×30 px, under 44×44/);
    });

    it('passes a small target with room around it, and a checkbox with its label', async () => {
      const host = shadowHost(
        '<button class="s">×</button><p><label><input type="checkbox"> Kan tale med om det derhjemme</label></p>',
        `${RING} .s { width: 16px; height: 16px; padding: 0; margin: 20px; }`,
      );
      expect(targetProblems(host, MIN_TARGET)).to.deep.equal([]);
    });
  });

  describe('text in forced colours', () => {
    it('catches white names on a white halo in a dark theme (Chromium emulates forced colours)', async function () {
      if (!(await emulateForcedColors('dark'))) this.skip();
      const host = shadowHost(
        `<svg width="300" height="80"><rect width="300" height="80" fill="#fff"/><text x="10" y="50" font-size="24" fill="#fff" stroke="#fff" stroke-width="8" paint-order="stroke">Mormor</text></svg>
         <p>Kortet som liste</p>`,
        'svg * { forced-color-adjust: none; }',
      );
      await painted();
      const problems = await contrastProblems(host);
      expect(problems.join('\n')).to.match(/«Mormor» has 1\.\d+:1/);
      expect(problems.join('\n')).not.to.include('Kortet som liste');
    });

    it('reads only what can be seen: not a closed <details>, not what a modal dialog covers', async function () {
      if (!(await emulateForcedColors('dark'))) this.skip();
      const host = shadowHost(
        `<details><summary>Vælg kolonner</summary><p>Forældremyndighed</p></details>
         <p class="under">Mormor</p><dialog><p>Hvem vil du sætte på kortet?</p></dialog>`,
        'dialog { inset: 0; margin: 0; width: 100vw; height: 100vh; max-width: none; max-height: none; }',
      );
      host.shadowRoot!.querySelector('dialog')!.showModal();
      await painted();
      expect(await contrastProblems(host)).to.deep.equal([]);
    });
  });

  describe('headings', () => {
    it('catches a title that ignores heading-level and a skipped level', () => {
      const host = shadowHost('<h1>Mit kort</h1><h3>Familie</h3>');
      const problems = headingProblems(host, 2);
      expect(problems.join('\n')).to.match(/at level 1, not 2/);
      expect(problems.join('\n')).to.match(/jumps from level 1 to 3/);
      expect(headingProblems(shadowHost('<h2>Mit kort</h2><h3>Familie</h3>'), 2)).to.deep.equal([]);
    });
  });

  describe('announcements', () => {
    it('catches an error summary that is an alert and also takes focus', async () => {
      const host = shadowHost('<div class="slot"></div>');
      const stop = recordSpeech(host);
      const slot = host.shadowRoot!.querySelector('.slot')!;
      slot.append(
        nodes(
          '<div role="alert" tabindex="-1"><h2>Der er et problem</h2><a href="#n">Skriv et navn</a></div>',
        ),
      );
      await painted();
      slot.querySelector<HTMLElement>('[role=alert]')!.focus();
      const problems = speechProblems(stop());
      expect(problems.join('\n')).to.match(
        /took focus inside a live region that also said «Der er et problem Skriv et navn»/,
      );
    });

    it('catches words that change on every key, and passes a message said once', async () => {
      const host = shadowHost('<p aria-live="polite">Alder: ukendt</p><div role="status"></div>');
      const age = host.shadowRoot!.querySelector('p')!;
      const stop = recordSpeech(host);
      for (const year of ['2', '20', '201', '2015']) {
        age.textContent = `Alder: ${year}`;
        await painted();
      }
      expect(speechProblems(stop()).join('\n')).to.match(/spoke 4 times/);

      const once = recordSpeech(host);
      host.shadowRoot!.querySelector('[role=status]')!.textContent = 'Mia er fjernet.';
      await painted();
      const spoken = once();
      expect(spoken.map((s) => s.text)).to.deep.equal(['Mia er fjernet.']);
      expect(speechProblems(spoken)).to.deep.equal([]);
    });

    it('catches the same words from two live regions', async () => {
      const host = shadowHost('<div role="status"></div><div class="notice"></div>');
      const stop = recordSpeech(host);
      host.shadowRoot!.querySelector('[role=status]')!.textContent = 'Mia er fjernet.';
      host
        .shadowRoot!.querySelector('.notice')!
        .append(nodes('<p role="status">Mia er fjernet.</p>'));
      await painted();
      expect(speechProblems(stop()).join('\n')).to.match(
        /«Mia er fjernet\.» was said by two live regions/,
      );
    });
  });
});
