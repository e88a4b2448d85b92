import { expect } from '@open-wc/testing';
import { typeText } from '@barnets-net/testing';
import '../src/define.js';
import { pictureFor } from '../src/pictures.js';
import { $, mountMap, settle, type El } from './element-helpers.js';
import { map, person } from './fixtures.js';
import { fuldtKort, toVersioner } from '../src/testing/samples.js';

const drawing = (el: El, id: string) =>
  [...el.shadowRoot!.querySelectorAll(`#person-${id} .picture path`)]
    .map((p) => p.getAttribute('d'))
    .join('');

const checkedPicture = (el: El) =>
  el.shadowRoot!.querySelector<HTMLInputElement>('input[name="person-picture"]:checked')?.value;

describe('<bn-netvaerkskort> pictures and ring names', () => {
  it('draws the first picture for a key that names a property of every object', async () => {
    const el = await mountMap(
      map([
        person('a', { name: 'A', picture: 'constructor' }),
        person('b', { name: 'B', picture: '__proto__', sector: 'friends' }),
        person('c', { name: 'C', picture: 'toString', sector: 'school' }),
      ]),
    );
    const star = drawing(el, 'a');
    expect(star).not.to.equal('');
    expect(drawing(el, 'b')).to.equal(star);
    expect(drawing(el, 'c')).to.equal(star);
  });

  it('draws every picture as shapes of its own, with no font needed', async () => {
    const el = await mountMap(
      map([
        person('mand', { name: 'Far', picture: 'man' }),
        person('hund', { name: 'Bobby', picture: 'dog', sector: 'friends' }),
        person('gammel', { name: 'Lis', picture: 'an-old-key' }),
      ]),
    );
    expect(drawing(el, 'mand')).not.to.equal('');
    expect(drawing(el, 'hund')).not.to.equal('');
    expect(drawing(el, 'mand')).not.to.equal(drawing(el, 'hund'));
    // A key this version does not know still shows a picture.
    expect(drawing(el, 'gammel')).not.to.equal('');
    const text = [...el.shadowRoot!.querySelectorAll('svg.map .person text, svg.map .me text')]
      .map((t) => t.textContent!.trim())
      .join('');
    expect(text, 'no emoji left to a font').not.to.match(/\p{Extended_Pictographic}/u);
    // The list and the add button draw theirs too.
    expect(el.shadowRoot!.querySelectorAll('.list-person svg.list-glyph path').length).to.be.above(
      0,
    );
    expect($(el, '#add-person').textContent).not.to.contain('＋');
    expect($(el, '#add-person svg')).to.exist;
  });

  it('draws its icons as SVG: no words, marks or buttons need an emoji or symbol font', async () => {
    // What a locked-down PC without a colour-emoji font shows as empty boxes (🗑 🖨 📌 〰 ＋ ⇄ ↶ ★).
    const symbols =
      /[\u2196-\u21FF\u2300-\u27BF\u2B00-\u2BFF\u3000-\u303F\uFF00-\uFFEF]|\uFE0F|[\u{1F000}-\u{1FFFF}]/u;
    const texts = (root: ParentNode): string[] =>
      [...root.querySelectorAll('*')].flatMap((n) => [
        ...[...n.childNodes]
          .filter((c) => c.nodeType === Node.TEXT_NODE)
          .map((c) => c.textContent!),
        ...(n.shadowRoot ? texts(n.shadowRoot) : []),
      ]);
    for (const value of [fuldtKort, toVersioner]) {
      const el = await mountMap(structuredClone(value));
      await el.fullyRendered;
      el.openAdd();
      await settle(el);
      const found = texts(el.shadowRoot!).filter((t) => symbols.test(t));
      expect(found, 'text drawn by a symbol or emoji font').to.deep.equal([]);
      expect(el.shadowRoot!.querySelectorAll('svg.icon').length).to.be.above(10);
      el.remove();
    }
  });

  it('suggests a new person’s picture from the relation, until one is picked', async () => {
    const el = await mountMap(map([]));
    el.openAdd();
    await settle(el);
    expect(checkedPicture(el)).not.to.equal('woman');
    $(el, '#person-relation').focus();
    await typeText('mormor');
    await settle(el);
    expect(checkedPicture(el)).to.equal('grandma');
    el.shadowRoot!.querySelector<HTMLInputElement>(
      'input[name="person-picture"][value="dog"]',
    )!.click();
    await settle(el);
    $(el, '#person-relation').focus();
    await typeText(' og far');
    await settle(el);
    expect(checkedPicture(el), 'the child’s own choice stays').to.equal('dog');
  });

  it('knows the relations a child writes', () => {
    const cases: [string, string][] = [
      ['mor', 'woman'],
      ['far', 'man'],
      ['farmor', 'grandma'],
      ['morfar', 'grandpa'],
      ['faster', 'woman'],
      ['morbror', 'man'],
      ['lillesøster', 'baby'],
      ['storebror', 'boy'],
      ['lærer', 'teacher'],
      ['træner', 'football'],
    ];
    expect(cases.map(([relation]) => pictureFor(relation))).to.deep.equal(
      cases.map(([, picture]) => picture),
    );
  });

  it('names the three rings on the map, for the screen and for print', async () => {
    const el = await mountMap(map([person('a')]));
    const names = [...el.shadowRoot!.querySelectorAll('svg.map .ring-label')].map((t) =>
      t.textContent!.trim(),
    );
    expect(names).to.deep.equal(['Tættest på', 'Tæt på', 'Lidt længere væk']);
    // Each name lies inside its own ring.
    const svgBox = $(el, 'svg.map').getBoundingClientRect();
    const cx = svgBox.x + svgBox.width / 2;
    const rings = [...el.shadowRoot!.querySelectorAll<SVGCircleElement>('svg.map .ring')].map(
      (c) => c.getBoundingClientRect().height / 2,
    );
    [...el.shadowRoot!.querySelectorAll('svg.map .ring-label')].forEach((t, i) => {
      const box = t.getBoundingClientRect();
      const cy = svgBox.y + svgBox.height / 2;
      expect(cy - box.top, `ring ${i + 1}`).to.be.below(rings[i]!);
      expect(cy - box.top).to.be.above(i ? rings[i - 1]! : 0);
      expect(Math.abs(box.x + box.width / 2 - cx)).to.be.below(2);
    });
  });
});
