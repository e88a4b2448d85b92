import { expect } from '@open-wc/testing';
import { keepDownloadsInPage } from '@barnets-net/testing';
import { $, button, mountMap, settle } from './element-helpers.js';
import { map, person } from './fixtures.js';

/** Labels a host may pass on as typed: doubled, leading and odd spaces, tabs, line breaks, control characters. */
const oddLabels = [
  { id: 'family', label: 'Familie  og  slægt', colour: '#c2410c' },
  { id: 'friends', label: '  Venner ', colour: '#15803d' },
  { id: 'school', label: 'Skole\tog\r\nSFO', colour: '#1d4ed8' },
  { id: 'leisure', label: 'Fritid\u000B\u0000og\u00A0\u2003naboer', colour: '#7e22ce' },
  { id: 'helpers', label: '\u200B', colour: '#0f766e' },
];

const isPng = async (png: Blob) =>
  [...new Uint8Array(await png.slice(0, 8).arrayBuffer())].join() ===
  [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].join();

describe('<bn-netvaerkskort> exports whatever the sector labels hold', () => {
  keepDownloadsInPage();

  it('makes a PNG with a double space, odd whitespace or control characters in a label', async () => {
    const el = await mountMap(map([person('mor', { name: 'Mor' })]));
    for (const sector of oddLabels) {
      el.sectors = [
        sector,
        ...oddLabels.filter((s) => s !== sector).map((s) => ({ ...s, label: 'Andet' })),
      ];
      await settle(el);
      const png = await el.exportPng();
      expect(await isPng(png), JSON.stringify(sector.label)).to.equal(true);
    }
    el.sectors = oddLabels;
    await settle(el);
    expect(await isPng(await el.exportPng())).to.equal(true);
    // The labels on screen are the words, each space once.
    const shown = [...el.shadowRoot!.querySelectorAll('.sectors .sector-label')].map(
      (t) => t.textContent,
    );
    expect(shown.slice(0, 4)).to.deep.equal([
      'Familie og slægt',
      'Venner',
      'Skole og SFO',
      'Fritid og naboer',
    ]);
  });

  it('writes a well-formed SVG file whatever the labels hold', async () => {
    const el = await mountMap(map([person('mor', { name: 'Mor' })]));
    el.sectors = oddLabels;
    await settle(el);
    const svg = await el.exportSvg().text();
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    // Booleans only: a failure message carrying the file's NUL would cut the runner's line to the browser.
    expect(doc.querySelector('parsererror') === null, 'well-formed XML').to.equal(true);
    expect(svg.includes('Familie og slægt'), 'the label, each space once').to.equal(true);
  });

  it('says so, visibly and aloud, when the picture cannot be made, and makes no half file', async () => {
    const el = await mountMap(map([person('mor', { name: 'Mor' })]));
    const toBlob = HTMLCanvasElement.prototype.toBlob;
    const rejections: unknown[] = [];
    const onRejection = (e: PromiseRejectionEvent) => {
      rejections.push(e.reason);
      e.preventDefault();
    };
    window.addEventListener('unhandledrejection', onRejection);
    // A canvas the browser cannot encode (too big for its memory): toBlob gives null.
    HTMLCanvasElement.prototype.toBlob = function (cb: BlobCallback) {
      cb(null);
    };
    try {
      button(el, /Hent som billede \(PNG\)/).click();
      await new Promise((r) => setTimeout(r, 50));
      await settle(el);
      const alert = $(el, '[role="alert"]');
      expect(alert.textContent).to.include('Billedet kunne ikke laves');
      expect(rejections, 'no unhandled rejection').to.deep.equal([]);
      let failed = false;
      await el.exportPng().catch(() => (failed = true));
      expect(failed, 'a host calling exportPng() is told').to.equal(true);
    } finally {
      HTMLCanvasElement.prototype.toBlob = toBlob;
      window.removeEventListener('unhandledrejection', onRejection);
    }
    // The next picture that can be made clears the message.
    expect(await isPng(await el.exportPng())).to.equal(true);
    await settle(el);
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
  });
});
