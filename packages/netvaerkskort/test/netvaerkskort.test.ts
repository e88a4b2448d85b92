import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import {
  deepActiveElement,
  documentPageSizes,
  keepDownloadsInPage,
  pressCombo,
  pressKey,
  printRulesHide,
  typeText,
} from '@barnets-net/testing';
import '../src/define.js';
import type { NetvaerkskortValue } from '../src/elements.js';
import { $, button, live, settle, who, type El } from './element-helpers.js';
import { map, person } from './fixtures.js';

const mount = async (value: NetvaerkskortValue = map([])) => {
  // A map small enough that all of it is inside the test browser's viewport.
  const box = await fixture<HTMLDivElement>(
    html`<div style="width: 380px"><bn-netvaerkskort today="2026-11-22"></bn-netvaerkskort></div>`,
  );
  const el = box.querySelector('bn-netvaerkskort')!;
  el.value = value;
  await settle(el);
  return el;
};

/** Screen coordinates (CSS pixels) of a point on the map, in map units. */
function screenPoint(el: El, x: number, y: number): [number, number] {
  const svg = el.shadowRoot!.querySelector<SVGSVGElement>('svg.map')!;
  const p = new DOMPoint(x, y).matrixTransform(svg.getScreenCTM()!);
  return [Math.round(p.x), Math.round(p.y)];
}
function personCentre(el: El, id: string): [number, number] {
  const r = $(el, `#person-${id} .person-circle`).getBoundingClientRect();
  return [Math.round(r.x + r.width / 2), Math.round(r.y + r.height / 2)];
}

describe('<bn-netvaerkskort> with a child and a grown-up', () => {
  keepDownloadsInPage();

  afterEach(() => resetMouse());

  it('moves a person by dragging with real pointer events, snapping to ring and sector', async () => {
    const el = await mount(map([person('mormor', { name: 'Mormor', sector: 'family', ring: 3 })]));
    const [sx, sy] = personCentre(el, 'mormor');
    const [tx, ty] = screenPoint(el, 0.6, 0.05); // friends, ring 2
    await sendMouse({ type: 'move', position: [sx, sy] });
    await sendMouse({ type: 'down' });
    for (let i = 1; i <= 8; i++) {
      const step: [number, number] = [
        Math.round(sx + ((tx - sx) * i) / 8),
        Math.round(sy + ((ty - sy) * i) / 8),
      ];
      await sendMouse({ type: 'move', position: step });
    }
    await sendMouse({ type: 'up' });
    await settle(el);
    expect(who(el, 'mormor')).to.include({ sector: 'friends', ring: 2 });
    expect(live(el)).to.equal('Mormor er flyttet tæt på dig, til Venner.');
  });

  it('draws a dragged person where the pointer is now, not where it was first in the frame', async () => {
    const el = await mount(map([person('mormor', { name: 'Mormor', sector: 'family', ring: 3 })]));
    const [sx, sy] = personCentre(el, 'mormor');
    await sendMouse({ type: 'move', position: [sx, sy] });
    await sendMouse({ type: 'down' });
    const svg = $(el, 'svg.map');
    // Two moves before the next frame, as a fast finger or a 120 Hz mouse gives them.
    const [ax, ay] = screenPoint(el, 0.3, 0.3);
    const [bx, by] = screenPoint(el, 0.6, 0.05);
    for (const [clientX, clientY] of [
      [ax, ay],
      [bx, by],
    ])
      svg.dispatchEvent(new PointerEvent('pointermove', { clientX, clientY, bubbles: true }));
    await new Promise(requestAnimationFrame);
    await settle(el);
    const [cx, cy] = personCentre(el, 'mormor');
    expect(Math.hypot(cx - bx, cy - by), 'the picture under the pointer').to.be.below(3);
    await sendMouse({ type: 'up' });
  });

  it('says so when a person is dropped off the rings, and leaves them where they were', async () => {
    const el = await mount(map([person('mormor', { name: 'Mormor', sector: 'family', ring: 2 })]));
    // The whole map in the viewport: a click outside it reaches nothing.
    $(el, 'svg.map').scrollIntoView({ block: 'center' });
    const [sx, sy] = personCentre(el, 'mormor');
    const [tx, ty] = screenPoint(el, 0.9, -0.9); // beside the rings
    await sendMouse({ type: 'move', position: [sx, sy] });
    await sendMouse({ type: 'down' });
    for (let i = 1; i <= 6; i++) {
      await sendMouse({
        type: 'move',
        position: [Math.round(sx + ((tx - sx) * i) / 6), Math.round(sy + ((ty - sy) * i) / 6)],
      });
    }
    await sendMouse({ type: 'up' });
    await settle(el);
    expect(who(el, 'mormor')).to.include({ sector: 'family', ring: 2 });
    expect(live(el)).to.equal('Mormor er ikke flyttet. Prøv inde i ringene.');
    // Chosen by a tap, then a tap beside the map: still chosen, and told why.
    await sendMouse({ type: 'click', position: personCentre(el, 'mormor') });
    await settle(el);
    expect($(el, '#person-mormor').getAttribute('aria-pressed')).to.equal('true');
    await sendMouse({ type: 'click', position: screenPoint(el, -0.9, 0.9) });
    await settle(el);
    expect(who(el, 'mormor')).to.include({ sector: 'family', ring: 2 });
    expect(live(el)).to.equal('Mormor er ikke flyttet. Prøv inde i ringene.');
    expect($(el, '#person-mormor').getAttribute('aria-pressed')).to.equal('true');
  });

  it('keeps the list and the print line in step with the map', async () => {
    const el = await mount(map([person('bo', { name: 'Bo', sector: 'family', ring: 1 })]));
    const cellInList = () =>
      $(el, '#list-person-bo').closest('.list-sector')!.getAttribute('aria-labelledby');
    expect($(el, '.print-meta').textContent).to.include('Udskrevet').and.include('2026');
    expect(cellInList()).to.equal('list-family');
    const [sx, sy] = personCentre(el, 'bo');
    const [tx, ty] = screenPoint(el, 0.6, 0.05); // friends, ring 2
    await sendMouse({ type: 'move', position: [sx, sy] });
    await sendMouse({ type: 'down' });
    for (let i = 1; i <= 4; i++) {
      await sendMouse({
        type: 'move',
        position: [Math.round(sx + ((tx - sx) * i) / 4), Math.round(sy + ((ty - sy) * i) / 4)],
      });
    }
    await settle(el);
    expect(cellInList(), 'while dragging').to.equal('list-family');
    await sendMouse({ type: 'up' });
    await settle(el);
    expect(cellInList()).to.equal('list-friends');
    expect($(el, '#list-person-bo').textContent).to.include('Bo');
  });

  it('moves a person by tapping them and then a place (for those who find dragging hard)', async () => {
    const el = await mount(map([person('bo', { name: 'Bo', sector: 'family', ring: 1 })]));
    $(el, 'svg.map').scrollIntoView({ block: 'center' });
    const [sx, sy] = personCentre(el, 'bo');
    await sendMouse({ type: 'click', position: [sx, sy] });
    await settle(el);
    expect(live(el)).to.include('Bo er valgt');
    await sendMouse({ type: 'click', position: screenPoint(el, 0, 0.9) }); // school, ring 3
    await settle(el);
    expect(who(el, 'bo')).to.include({ sector: 'school', ring: 3 });
  });

  it('is made and changed with the keyboard alone, every move announced', async () => {
    const el = await mount();
    $(el, '#add-person').focus();
    await pressKey('Enter');
    await settle(el);
    expect(deepActiveElement()?.id).to.equal('person-name');
    await typeText('Mormor');
    await pressKey('Tab');
    await typeText('mormor');
    $(el, 'dialog .actions .button').focus();
    await pressKey('Enter');
    await settle(el);
    const [mormor] = el.value.people;
    expect(mormor).to.include({ name: 'Mormor', relation: 'mormor', sector: 'family', ring: 1 });
    expect(deepActiveElement()?.id).to.equal(`person-${mormor!.id}`);

    await pressKey('Space'); // pick up
    await pressKey('ArrowDown'); // further away
    await settle(el);
    expect(live(el)).to.equal('Mormor er flyttet tæt på dig, til Familie.');
    await pressKey('ArrowRight'); // next part of life
    await settle(el);
    expect(who(el, mormor!.id)).to.include({ sector: 'friends', ring: 2 });
    await pressKey('ArrowUp');
    await pressKey('ArrowUp');
    await settle(el);
    expect(who(el, mormor!.id).ring).to.equal(1);
    expect(live(el)).to.equal('Tættere på kan man ikke komme.');
    await pressKey('Escape');

    await pressKey('Enter'); // edit
    await settle(el);
    expect(deepActiveElement()?.id).to.equal('person-name');
    await pressKey('Escape'); // the dialog closes without changes
    await settle(el);
    expect(el.value.people).to.have.length(1);

    $(el, `#person-${mormor!.id}`).focus();
    await pressKey('Delete');
    await settle(el);
    expect(el.value.people).to.have.length(0);
    expect(deepActiveElement()?.id).to.equal('undo-remove');
    await pressCombo(['Control'], 'z');
    await settle(el);
    expect(el.value.people.map((p) => p.name)).to.deep.equal(['Mormor']);
  });

  it('moves focus between people with the arrows when nobody is picked up', async () => {
    const el = await mount(
      map([person('a', { name: 'A' }), person('b', { name: 'B', sector: 'friends' })]),
    );
    $(el, '#person-a').focus();
    await pressKey('ArrowRight');
    expect(deepActiveElement()?.id).to.equal('person-b');
    await pressKey('ArrowRight');
    expect(deepActiveElement()?.id).to.equal('person-a');
    expect(who(el, 'a').sector).to.equal('family');
  });

  it('offers every operation in the list view too', async () => {
    const el = await mount(
      map([person('lis', { name: 'Lis', relation: 'lærer', sector: 'school', ring: 2 })]),
    );
    const item = () => $(el, '#list-person-lis');
    button(el, /Tættere på\s*Lis/).click();
    await settle(el);
    expect(who(el, 'lis').ring).to.equal(1);
    button(el, /Længere væk\s*Lis/).click();
    button(el, /Længere væk\s*Lis/).click();
    await settle(el);
    expect(who(el, 'lis').ring).to.equal(3);
    const select = item().querySelector<HTMLSelectElement>('select')!;
    select.value = 'helpers';
    button(el, /Flyt\s*Lis/).click();
    await settle(el);
    expect(who(el, 'lis').sector).to.equal('helpers');
    button(el, /Ret\s*Lis/).click();
    await settle(el);
    const name = $(el, '#person-name') as HTMLInputElement;
    name.select();
    await typeText('Lisbeth');
    button(el, /^\s*Gem\s*$/).click();
    await settle(el);
    expect(who(el, 'lis').name).to.equal('Lisbeth');
    button(el, /Fjern\s*Lisbeth/).click();
    await settle(el);
    expect(el.value.people).to.have.length(0);
    $(el, '#undo-remove').click();
    await settle(el);
    expect(el.value.people.map((p) => p.name)).to.deep.equal(['Lisbeth']);
    await expect(el).to.be.accessible();
  });

  it('undoes and redoes at least 50 steps, with buttons and shortcuts', async () => {
    const el = await mount(map([person('a', { name: 'A', ring: 1 })]));
    for (let i = 0; i < 60; i++) {
      button(el, i % 2 === 0 ? /Længere væk\s*A/ : /Tættere på\s*A/).click();
      await el.updateComplete;
    }
    for (let i = 0; i < 55; i++) el.undo();
    await settle(el);
    expect(who(el, 'a').ring).to.equal(2); // 5 steps left: out, in, out, in, out
    button(el, /Gør igen/).click();
    await settle(el);
    expect(who(el, 'a').ring).to.equal(1);
    $(el, '#add-person').focus();
    await pressCombo(['Control', 'Shift'], 'z');
    await settle(el);
    expect(who(el, 'a').ring).to.equal(2);
  });

  it('keeps its undo history when a host hands back the value it just sent (controlled pattern)', async () => {
    const el = await mount(map([person('a', { name: 'A', ring: 1 })]));
    el.addEventListener('bn-change', (e) => (el.value = e.detail.value));
    button(el, /Længere væk\s*A/).click();
    await settle(el);
    expect(who(el, 'a').ring).to.equal(2);
    expect(button(el, /Fortryd/).disabled, 'undo stays available').to.equal(false);
    button(el, /Fortryd/).click();
    await settle(el);
    expect(who(el, 'a').ring).to.equal(1);
  });

  it('shows names like <img src=x onerror=alert(1)> as text', async () => {
    const evil = '<img src=x onerror=alert(1)>';
    const el = await mount(map([person('x', { name: evil, relation: evil, note: evil })]));
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    // Shortened on the map; whole in its accessible name.
    expect($(el, '#person-x .person-name').textContent).to.match(/^<img src/);
    expect($(el, '#person-x').getAttribute('aria-label')).to.include(evil);
    expect($(el, '#list-person-x').textContent).to.include(evil);
  });

  it('refuses a broken or foreign file with a clear message and changes nothing', async () => {
    const el = await mount(map([person('a', { name: 'A' })]));
    const before = el.value;
    const codes: string[] = [];
    el.addEventListener('bn-error', (e) => codes.push(e.detail.code));
    const reasons: string[] = [];
    for (const text of [
      '{',
      '[]',
      '{"schemaVersion":7}',
      JSON.stringify({ ...before, people: [{ id: 'z' }] }),
    ]) {
      expect(await el.importFile(new Blob([text]))).to.equal(false);
      expect(el.value).to.deep.equal(before);
      await el.updateComplete;
      reasons.push($(el, '[role="alert"]').textContent!.replace(/\s+/g, ' ').trim());
    }
    expect(reasons).to.deep.equal([
      'Fejl: Filen er ikke en JSON-fil. Intet er ændret.',
      'Fejl: Filen er ikke et netværkskort, eller den er beskadiget. Intet er ændret.',
      'Fejl: Filen er lavet med en nyere udgave af netværkskortet. Intet er ændret.',
      'Fejl: Filen er ikke et netværkskort, eller den er beskadiget. Intet er ændret.',
    ]);
    await settle(el);
    expect(codes).to.deep.equal([
      'import-failed',
      'import-failed',
      'import-failed',
      'import-failed',
    ]);
    expect($(el, '[role="alert"]').textContent).to.include('Intet er ændret');
    expect(await el.importFile(new Blob([JSON.stringify(map([person('b')]))]))).to.equal(true);
    expect(el.value.people.map((p) => p.id)).to.deep.equal(['b']);
  });

  it('saves versions and compares them: who came closer, who is new', async () => {
    const el = await mount(map([person('far', { name: 'Far', relation: 'far', ring: 3 })]));
    button(el, /Gem som version/).click();
    await settle(el);
    // The label is written from the date when shown, in the reader's language.
    expect(el.value.versions.map((v) => v.label)).to.deep.equal(['']);
    expect($(el, '#compare-from').textContent).to.include('Kort fra 22. nov. 2026');
    button(el, /Tættere på\s*Far/).click();
    await settle(el);
    const compare = $(el, '.compare').textContent!.replace(/\s+/g, ' ');
    expect(compare).to.include('Kommet tættere på Far');
    expect(el.shadowRoot!.querySelectorAll('.compare svg.map')).to.have.length(2);
    // Two saved versions compared with each other.
    button(el, /Gem som version/).click();
    await settle(el);
    const from = $(el, '#compare-from') as HTMLSelectElement;
    from.value = el.value.versions[0]!.id;
    from.dispatchEvent(new Event('change'));
    const to = $(el, '#compare-to') as HTMLSelectElement;
    to.value = el.value.versions[1]!.id;
    to.dispatchEvent(new Event('change'));
    await settle(el);
    expect($(el, '.compare').textContent!.replace(/\s+/g, ' ')).to.include('Kommet tættere på Far');
    expect($(el, '.compare figcaption:last-of-type').textContent).to.include('Kort fra');
  });

  it('swaps names for relation-based pseudonyms for the case file', async () => {
    const el = await mount(
      map([
        person('a', { name: 'Hanne', relation: 'lærer' }),
        person('b', { name: 'Ole', relation: 'far' }),
      ]),
    );
    el.pseudonymise = true;
    await settle(el);
    expect($(el, '#person-a .person-name').textContent).to.equal('Voksen 1 (lærer)');
    expect(el.shadowRoot!.textContent).not.to.include('Hanne');
  });

  it('pseudonymises people only in older versions too: no real name anywhere', async () => {
    const gone = person('emil', { name: 'Emil', relation: 'ven' });
    const value = map([person('a', { name: 'Hanne', relation: 'mor' })]);
    value.versions = [
      {
        id: 'v1',
        savedOn: '2026-01-05',
        label: '',
        child: value.child,
        people: [person('a', { name: 'Hanne', relation: 'mor', ring: 3 }), gone],
      },
    ];
    const el = await mount(value);
    el.pseudonymise = true;
    await settle(el);
    const text = el.shadowRoot!.textContent!;
    expect(text).not.to.include('Hanne').and.not.to.include('Emil');
    expect(text).to.include('Barn 1 (ven)');
    expect($(el, '#list-person-a').textContent!.replace(/\s+/g, ' ')).to.include(
      'Voksen 1 (mor) Vi har det godt sammen',
    );
  });

  it('exports JSON, SVG and PNG made in the browser', async () => {
    const el = await mount(map([person('a', { name: 'Mia' })]));
    const json = JSON.parse(await el.exportJson().text());
    expect(json).to.deep.equal(el.value);
    const svgText = await el.exportSvg().text();
    expect(svgText).to.match(/^<svg[^>]+xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svgText).to.include('Mia').and.include('Udskrevet');
    // Outside the widget, where its custom properties do not exist.
    const doc = new DOMParser().parseFromString(svgText, 'image/svg+xml');
    const outside = document.body.appendChild(document.adoptNode(doc.documentElement));
    try {
      const fill = (sel: string) => getComputedStyle(outside.querySelector(sel)!).fill;
      const stroke = (sel: string) => getComputedStyle(outside.querySelector(sel)!).stroke;
      expect(fill('.person-circle')).not.to.equal('rgb(0, 0, 0)');
      expect(fill('.me-circle')).not.to.equal('rgb(0, 0, 0)');
      expect(stroke('.ring')).not.to.equal('none');
      expect(stroke('.bond')).not.to.equal('none');
      expect(stroke('.sector-edge')).not.to.equal('none');
    } finally {
      outside.remove();
    }
    const img = new Image();
    img.src = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
    await img.decode();
    // Taller than the map (2.32 units square): the legend is below it.
    expect([img.naturalWidth, img.naturalHeight]).to.deep.equal([928, 1238]);
    const png = await el.exportPng();
    const head = new Uint8Array(await png.slice(0, 8).arrayBuffer());
    expect([...head]).to.deep.equal([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const bitmap = await createImageBitmap(png);
    expect([bitmap.width, bitmap.height]).to.deep.equal([1600, 2134]);
    // The sector labels are drawn on their arcs, letter by letter: ink at every letter of «Skole, SFO og børnehave».
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(bitmap, 0, 0);
    const label = el.shadowRoot!.querySelectorAll<SVGTextElement>('.sectors .sector-label')[2]!;
    const scale = 1600 / 2.32;
    /** Whether there is dark ink inside a letter's box, given in the label's own units. */
    const ink = (b: DOMRect) => {
      // The label is drawn in 1/100 map units; the file's drawing starts at -1.16.
      const at = (v: number) => Math.round((v / 100 + 1.16) * scale);
      const [x, y] = [at(b.x), at(b.y)];
      const [w, h] = [Math.max(1, at(b.x + b.width) - x), Math.max(1, at(b.y + b.height) - y)];
      const px = ctx.getImageData(x, y, w, h).data;
      return px.some((v, k) => k % 4 === 0 && v < 100);
    };
    // Ink anywhere in each letter's box: an O is hollow and a comma sits low.
    const letters = [...label.textContent!].map(
      (letter, i) => letter === ' ' || ink(label.getExtentOfChar(i)),
    );
    expect(label.textContent).to.equal('Skole, SFO og børnehave');
    expect(letters).to.deep.equal(Array(23).fill(true));
  });

  it('prints the map with its legend, without the controls, on landscape A4', async () => {
    const el = await mount(map([person('a', { name: 'Mia' })]));
    expect(printRulesHide(el.shadowRoot!, '.no-print')).to.equal(true);
    expect($(el, '.legend').textContent).to.include('Vi ses ikke så tit');
    const original = window.print;
    let orientation: string | null = null;
    let pages: string[] = [];
    window.print = () => {
      orientation = el.getAttribute('data-bn-print-target');
      // What the paper will be: the document's own @page while printing.
      pages = documentPageSizes();
      window.dispatchEvent(new Event('afterprint'));
    };
    try {
      await el.printFor('professional');
    } finally {
      window.print = original;
    }
    expect(orientation).to.equal('landscape');
    expect(pages.map((x) => x.toLowerCase())).to.deep.equal(['a4 landscape']);
    expect(documentPageSizes(), 'after printing').to.deep.equal([]);
  });

  it("leaves the staff comparison out of the child's print", async () => {
    const value = map([person('a', { name: 'Mia' })]);
    value.versions = [
      { id: 'v1', savedOn: '2026-01-05', label: '', child: value.child, people: [] },
    ];
    const el = await mount(value);
    const original = window.print;
    const compareHiddenIn = async (flavour: 'child' | 'professional') => {
      let result = false;
      window.print = () => {
        result = $(el, '.compare').classList.contains('no-print');
        window.dispatchEvent(new Event('afterprint'));
      };
      await el.printFor(flavour);
      return result;
    };
    try {
      expect(await compareHiddenIn('child')).to.equal(true);
      expect(await compareHiddenIn('professional')).to.equal(false);
    } finally {
      window.print = original;
    }
  });

  it('simple mode: bigger pictures and fewer words in the dialog', async () => {
    const el = await fixture<El>(html`<bn-netvaerkskort simple></bn-netvaerkskort>`);
    $(el, '#add-person').click();
    await settle(el);
    expect($(el, 'h1').textContent).to.equal('Mit kort');
    expect(el.shadowRoot!.querySelector('#person-phone')).to.equal(null);
    await expect(el).to.be.accessible();
  });
});

describe('<bn-netvaerkskort> SVG file', () => {
  keepDownloadsInPage();

  const exported = async (lang: 'da' | 'en') => {
    const box = await fixture<HTMLDivElement>(
      html`<div lang=${lang} style="width: 600px">
        <bn-netvaerkskort today="2026-11-22"></bn-netvaerkskort>
      </div>`,
    );
    const el = box.querySelector('bn-netvaerkskort')!;
    el.value = map([person('a', { name: 'Mia', bond: 'weak', trusted: true })]);
    await settle(el);
    await waitUntil(() => $(el, 'h1').textContent !== (lang === 'en' ? 'Mit netværkskort' : ''));
    const text = await el.exportSvg().text();
    const svg = new DOMParser().parseFromString(text, 'image/svg+xml').documentElement;
    return {
      el,
      svg,
      legend: svg.querySelector('.export-legend')!.textContent!.replace(/\s+/g, ' '),
    };
  };

  it('has a legend below the map, hidden on screen: rings, sectors, bonds, the trusted mark and the date', async () => {
    const { el, svg, legend } = await exported('da');
    for (const words of [
      'Forklaring',
      'Udskrevet 22. nov. 2026',
      'Inderste ring: Tættest på',
      'Midterste ring: Tæt på',
      'Yderste ring: Lidt længere væk',
      'Familie',
      'Venner',
      'Skole, SFO og børnehave',
      'Fritid og naboer',
      'Voksne der hjælper',
      'Godt bånd',
      'Svagt bånd',
      'Svært bånd',
      'En voksen jeg kan tale med om det derhjemme',
    ])
      expect(legend).to.include(words);
    expect(svg.getAttribute('viewBox')).to.equal('-1.16 -1.16 2.32 3.095');
    expect(svg.querySelectorAll('.export-legend .bond')).to.have.length(3);
    // The marks are drawn shapes, as on the map, with their colours written in (no font, no stylesheet).
    expect(svg.querySelectorAll('.export-legend .bond-mark path')).to.have.length(2);
    const star = svg.querySelector<SVGPathElement>('.export-legend .trusted-mark path')!;
    expect(star.style.fill).not.to.equal('');
    expect(getComputedStyle($(el, '.export-legend')).display).to.equal('none');
  });

  it('says the legend in English on an English page', async () => {
    const { legend } = await exported('en');
    for (const words of [
      'Legend',
      'Printed',
      'Inner ring: Closest',
      'Middle ring: Close',
      'Outer ring: A bit further away',
      'Family',
      'School, after-school club and kindergarten',
      'Good bond',
      'Weak bond',
      'Difficult bond',
      'A grown-up I can talk to about things at home',
    ])
      expect(legend).to.include(words);
    expect(legend).not.to.include('Forklaring');
  });
});
