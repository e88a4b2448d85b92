import { expect, fixture, html } from '@open-wc/testing';
import { printElement } from '../src/element/print.js';
import { documentPageSizes } from './dom.js';

/** Calls `printElement` with the print dialog stubbed; returns what the document held meanwhile. */
function printed(el: HTMLElement, page: Parameters<typeof printElement>[1]) {
  const original = window.print;
  let seen = { target: '' as string | null, sizes: [] as string[], printing: false };
  window.print = () => {
    seen = {
      target: el.getAttribute('data-bn-print-target'),
      sizes: documentPageSizes(),
      printing: document.documentElement.classList.contains('bn-printing'),
    };
    window.dispatchEvent(new Event('afterprint'));
  };
  try {
    printElement(el, page);
  } finally {
    window.print = original;
  }
  return seen;
}

describe('printElement with a page of its own size', () => {
  it('adopts a sheet of that size while printing, names the target, and cleans up', async () => {
    const el = await fixture<HTMLElement>(html`<div>card</div>`);
    const before = document.adoptedStyleSheets.length;
    const seen = printed(el, { name: 'card', size: '85.6mm 54mm' });
    expect(seen.printing).to.equal(true);
    expect(seen.target).to.equal('card');
    expect(seen.sizes).to.have.length(1);
    // Engines write the lengths back in their own units; both are there.
    expect(seen.sizes[0]!.split(/\s+/)).to.have.length(2);
    expect(seen.sizes[0]).not.to.match(/a4/i);
    expect(el.hasAttribute('data-bn-print-target')).to.equal(false);
    expect(document.documentElement.classList.contains('bn-printing')).to.equal(false);
    expect(document.adoptedStyleSheets.length).to.equal(before);
  });

  it('still prints A4 by orientation, as before', async () => {
    const el = await fixture<HTMLElement>(html`<div>page</div>`);
    const seen = printed(el, 'landscape');
    expect(seen.target).to.equal('landscape');
    expect(seen.sizes[0])
      .to.match(/a4/i)
      .and.match(/landscape/);
  });

  it('refuses a page that could break out of its CSS rule, before anything changes', async () => {
    const el = await fixture<HTMLElement>(html`<div>x</div>`);
    expect(() => printElement(el, { name: 'x', size: 'A4; } body { display: none' })).to.throw(
      TypeError,
    );
    expect(el.hasAttribute('data-bn-print-target')).to.equal(false);
    expect(document.documentElement.classList.contains('bn-printing')).to.equal(false);
  });
});
