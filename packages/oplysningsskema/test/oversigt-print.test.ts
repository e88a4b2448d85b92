import { expect, fixture, html } from '@open-wc/testing';
import { printRulesHide, settle, withPrintMedia } from '@barnets-net/testing';
import '../src/define.js';
import type { BnOplysningsskemaOversigt } from '../src/bn-oplysningsskema-oversigt.js';
import { sagsmoede } from '../src/testing/samples.js';

type El = BnOplysningsskemaOversigt;

/** The lines a text is laid out on: one box per line. */
const lines = (node: Element) => {
  const range = document.createRange();
  range.selectNodeContents(node);
  return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
};

// Issue 12: the month's print broke client references mid-word and ended on an empty sheet.
describe('<bn-oplysningsskema-oversigt> on paper', () => {
  it('prints each client reference whole, and nothing after the table', async () => {
    const box = await fixture<HTMLDivElement>(
      html`<div style="inline-size: 560px">
        <bn-oplysningsskema-oversigt></bn-oplysningsskema-oversigt>
      </div>`,
    );
    const el = box.querySelector<El>('bn-oplysningsskema-oversigt')!;
    el.value = sagsmoede();
    await settle(el);
    const root = el.shadowRoot!;
    const emulated = await withPrintMedia(() => {
      const refs = [...root.querySelectorAll('.print-only.ref')];
      expect(refs.length, 'references on paper').to.be.above(20);
      for (const ref of refs) expect(lines(ref), ref.textContent!).to.equal(1);
      const table = root.querySelector('table')!;
      const after = [...root.querySelectorAll('*')].filter(
        (n) =>
          table.compareDocumentPosition(n) & Node.DOCUMENT_POSITION_FOLLOWING && !table.contains(n),
      );
      for (const n of after)
        expect(
          n.getBoundingClientRect().height,
          `<${n.localName} class="${n.className}">`,
        ).to.equal(0);
    });
    if (!emulated) {
      for (const part of ['.count', '.columns', '.actions'])
        expect(printRulesHide(root, part), part).to.equal(true);
    }
  });
});
