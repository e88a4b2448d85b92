import { expect } from '@open-wc/testing';
import '../src/define.js';
import type { NetvaerkskortValue } from '../src/elements.js';
import { foersteKort, fuldtKort, mangePersoner } from '../src/testing/samples.js';
import { $, mountMap, settle, type El } from './element-helpers.js';
import { map, person, SECTORS } from './fixtures.js';

const mount = (value: NetvaerkskortValue, options: { simple?: boolean; width?: number } = {}) =>
  mountMap(value, options);

/** Each name's box on the map, as the engine laid the text out (getBBox through its transform). */
function nameBoxes(el: El): DOMRect[] {
  return [...el.shadowRoot!.querySelectorAll<SVGTextElement>('svg.map .person-name')].map((t) => {
    const b = t.getBBox();
    const m = t.getCTM()!;
    const a = new DOMPoint(b.x, b.y).matrixTransform(m);
    const z = new DOMPoint(b.x + b.width, b.y + b.height).matrixTransform(m);
    return new DOMRect(a.x, a.y, z.x - a.x, z.y - a.y);
  });
}

/** How many pairs of boxes share any area. */
function overlappingPairs(boxes: DOMRect[]): number {
  let pairs = 0;
  boxes.forEach((a, i) =>
    boxes.slice(i + 1).forEach((b) => {
      if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) pairs++;
    }),
  );
  return pairs;
}

const screenBoxes = (el: El) =>
  [...el.shadowRoot!.querySelectorAll('svg.map .person-name')].map((t) =>
    t.getBoundingClientRect(),
  );

/** Each letter of the sector labels on screen: a label on its arc is no box. */
const labelLetters = (el: El) =>
  [...el.shadowRoot!.querySelectorAll<SVGTextElement>('svg.map .sectors .sector-label')].flatMap(
    (t) => {
      const m = t.getScreenCTM()!;
      return Array.from({ length: t.getNumberOfChars() }, (_, i) => {
        const b = t.getExtentOfChar(i);
        const a = new DOMPoint(b.x, b.y).matrixTransform(m);
        const z = new DOMPoint(b.x + b.width, b.y + b.height).matrixTransform(m);
        return new DOMRect(
          Math.min(a.x, z.x),
          Math.min(a.y, z.y),
          Math.abs(z.x - a.x),
          Math.abs(z.y - a.y),
        );
      });
    },
  );

/** Names over another person's picture or over a sector label, and labels under anyone. */
function covered(el: El): string[] {
  const box = (g: Element, part: string) => g.querySelector(part)!.getBoundingClientRect();
  const people = [...el.shadowRoot!.querySelectorAll('svg.map .person')].map((g) => ({
    id: g.id,
    name: box(g, '.person-name'),
    picture: box(g, '.person-circle'),
  }));
  const letters = labelLetters(el);
  const hit = (a: DOMRect, b: DOMRect) =>
    a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
  /** A box over the round picture itself, not the corners of its square. */
  const onPicture = (a: DOMRect, c: DOMRect) => {
    const [cx, cy, r] = [c.x + c.width / 2, c.y + c.height / 2, c.width / 2];
    const dx = Math.max(a.left - cx, 0, cx - a.right);
    const dy = Math.max(a.top - cy, 0, cy - a.bottom);
    return dx * dx + dy * dy < r * r;
  };
  return people.flatMap((p) => [
    ...people
      .filter((q) => q !== p && onPicture(p.name, q.picture))
      .map((q) => `${p.id} over ${q.id}`),
    ...(letters.some((l) => hit(p.name, l) || hit(p.picture, l)) ? [`${p.id} over a label`] : []),
  ]);
}

describe('<bn-netvaerkskort> map layout', () => {
  it('names keep off pictures and sector labels on a first map and a full one', async () => {
    for (const [value, simple] of [
      [foersteKort, false],
      [foersteKort, true],
      [fuldtKort, false],
    ] as const) {
      const el = await mount(value, { simple });
      expect(labelLetters(el).length).to.be.greaterThan(50);
      expect(covered(el), `${value.people.length} people, simple: ${simple}`).to.deep.equal([]);
    }
  });

  it('writes each sector label along its arc, upright below the middle too', async () => {
    const el = await mount(foersteKort);
    const letters = labelLetters(el);
    const labels = [...el.shadowRoot!.querySelectorAll('svg.map .sectors .sector-label')];
    expect(labels.map((l) => l.textContent)).to.deep.equal([
      'Familie',
      'Venner',
      'Skole, SFO og børnehave',
      'Fritid og naboer',
      'Voksne der hjælper',
    ]);
    // «Skole, SFO og børnehave» at the bottom reads left to right.
    const school = labels[2] as SVGTextElement;
    const first = school.getStartPositionOfChar(0).matrixTransform(school.getScreenCTM()!);
    const last = school
      .getStartPositionOfChar(school.getNumberOfChars() - 1)
      .matrixTransform(school.getScreenCTM()!);
    expect(last.x).to.be.greaterThan(first.x);
    // Every letter inside the drawing: none cut off at its edges.
    const svg = $(el, 'svg.map').getBoundingClientRect();
    expect(
      letters.filter(
        (l) => l.left < svg.left || l.right > svg.right || l.top < svg.top || l.bottom > svg.bottom,
      ),
    ).to.deep.equal([]);
  });

  it('simple mode, «Første kort»: no two names overlap, and pictures are at least 1.5 times as big', async () => {
    const simple = await mount(foersteKort, { simple: true });
    expect(nameBoxes(simple)).to.have.length(5);
    expect(overlappingPairs(nameBoxes(simple))).to.equal(0);
    expect(overlappingPairs(screenBoxes(simple))).to.equal(0);
    const normal = await mount(foersteKort);
    expect(overlappingPairs(nameBoxes(normal))).to.equal(0);
    expect(overlappingPairs(screenBoxes(normal))).to.equal(0);
    const picture = (el: El) => $(el, '#person-mormor .person-circle').getBoundingClientRect();
    expect(picture(simple).width / picture(normal).width).to.be.at.least(1.5);
    expect(picture(simple).height / picture(normal).height).to.be.at.least(1.5);
    const glyph = (el: El) => $(el, '#person-mormor .picture').getBoundingClientRect().height;
    expect(glyph(simple) / glyph(normal)).to.be.at.least(1.5);
  });

  it('simple mode: the picture chooser is at least 1.5 times as big', async () => {
    const size = async (simple: boolean) => {
      const el = await mount(map([]), { simple });
      $(el, '#add-person').click();
      await settle(el);
      const choice = $(el, '.picture-choice').getBoundingClientRect();
      const glyph = $(el, '.picture-glyph').getBoundingClientRect().height;
      return { width: choice.width, height: choice.height, glyph };
    };
    const [normal, simple] = [await size(false), await size(true)];
    expect(simple.width / normal.width).to.be.at.least(1.5);
    expect(simple.height / normal.height).to.be.at.least(1.5);
    expect(simple.glyph / normal.glyph).to.be.at.least(1.5);
  });

  it('simple mode: short words and an icon on every action', async () => {
    const el = await mount(foersteKort, { simple: true });
    const add = $(el, '#add-person');
    expect(add.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Tilføj');
    expect(add.firstElementChild!.matches('svg[aria-hidden="true"]'), 'a drawn plus').to.equal(
      true,
    );
    expect(add.getAttribute('aria-label')).to.equal('Tilføj en person');
    const iconless = (root: ParentNode) =>
      [...root.querySelectorAll<HTMLElement>('button, label.button')]
        .filter((b) => b.getClientRects().length > 0 && !b.matches('.skip-link'))
        .filter((b) => !b.firstElementChild?.matches('[aria-hidden="true"]'))
        .map((b) => b.textContent!.trim());
    expect(iconless(el.shadowRoot!)).to.deep.equal([]);
    // No help text or secondary facts a young child does not need.
    expect(
      [...el.shadowRoot!.querySelectorAll('.list-facts')].some((f) => f.getClientRects().length),
    ).to.equal(false);
    add.click();
    await settle(el);
    expect(iconless($(el, '#person-dialog'))).to.deep.equal([]);
    expect(el.shadowRoot!.querySelector('#person-relation-hint')).to.equal(null);
    expect($(el, 'label[for="person-name"]').textContent!.trim()).to.equal('Navn');
    await expect(el).to.be.accessible();
  });

  it('«Fuldt kort» (25 people): no two names overlap, in normal and simple mode', async () => {
    for (const simple of [false, true]) {
      const el = await mount(fuldtKort, { simple });
      expect(nameBoxes(el)).to.have.length(25);
      expect(overlappingPairs(nameBoxes(el)), `simple: ${simple}`).to.equal(0);
      expect(overlappingPairs(screenBoxes(el)), `simple: ${simple}, on screen`).to.equal(0);
    }
  });

  it("draws a host's long sector labels smaller, so each fits its arc", async () => {
    const labels = [
      'Familie og nære slægtninge',
      'Venner og kammerater',
      'Skole og dagtilbud',
      'Fritid og naboer',
      'Kommunens sagsbehandler',
      'Sundhedsplejerske og læge',
      'Naboer og boligområde',
      'Klubben',
    ];
    const el = await mount(foersteKort);
    el.sectors = labels.map((label, i) => ({
      id: SECTORS[i] ?? `x${i}`,
      label,
      colour: '#c2410c',
    }));
    await settle(el);
    const texts = [
      ...el.shadowRoot!.querySelectorAll<SVGTextElement>('svg.map .sectors .sector-label'),
    ];
    expect(texts.map((t) => t.textContent)).to.deep.equal(labels);
    const arc = (t: SVGTextElement) =>
      el
        .shadowRoot!.querySelector<SVGPathElement>(
          t.querySelector('textPath')!.getAttribute('href')!,
        )!
        .getTotalLength();
    for (const t of texts) expect(t.getComputedTextLength(), t.textContent!).to.be.below(arc(t));
    const size = (t: SVGTextElement) => parseFloat(getComputedStyle(t).fontSize);
    expect(size(texts[7]!)).to.equal(6.5);
    expect(size(texts[0]!)).to.be.below(6.5);
  });

  it('«Seksti personer» (60 people): at most two pairs of names overlap; in simple mode at most a few', async () => {
    const el = await mount(mangePersoner(60));
    expect(nameBoxes(el)).to.have.length(60);
    // Twenty people round the child in the inner ring, the outer ring keeps off the labels,
    // and engines lay text out a little differently.
    expect(overlappingPairs(nameBoxes(el))).to.be.at.most(2);
    const simple = await mount(mangePersoner(60), { simple: true });
    // Sixty big pictures do not fit: simple mode is for a young child's few people.
    expect(overlappingPairs(nameBoxes(simple))).to.be.at.most(10);
  });

  it('shortens a long name on the map, with the full name in its accessible name', async () => {
    const long = 'Maximilian Alexander Christensen';
    const el = await mount(map([person('x', { name: long })]));
    const label = $(el, '#person-x .person-name').textContent!;
    expect(label.endsWith('…')).to.equal(true);
    expect(long.startsWith(label.slice(0, -1))).to.equal(true);
    expect($(el, '#person-x').getAttribute('aria-label')).to.contain(long);
    expect($(el, '#list-person-x').textContent).to.contain(long);
    const short = await mount(map([person('y', { name: 'Bo' })]));
    expect($(short, '#person-y .person-name').textContent).to.equal('Bo');
  });

  it('at 320 px wide, every target is at least 24 by 24 CSS pixels (WCAG 2.2 2.5.8)', async () => {
    for (const simple of [false, true]) {
      const el = await mount(fuldtKort, { simple, width: 320 });
      expect(el.getBoundingClientRect().width).to.be.at.most(320);
      const targets = [
        ...el.shadowRoot!.querySelectorAll<Element>(
          'button, select, input, label.button, [tabindex], svg[part="map"] .person',
        ),
      ]
        // A visually hidden input's target is its label; a checkbox's, the label round it.
        .map((t) => (t.matches('input') ? (t.closest('label') ?? t) : t))
        .filter((t) => t.getClientRects().length > 0);
      expect(targets.length).to.be.greaterThan(25);
      const small = targets
        .map((t) => ({ t, r: t.getBoundingClientRect() }))
        .filter(({ r }) => r.width < 24 || r.height < 24)
        .map(({ t, r }) => `${t.id || t.className} ${r.width.toFixed(1)}×${r.height.toFixed(1)}`);
      expect(small, `simple: ${simple}`).to.deep.equal([]);
    }
  });
});
