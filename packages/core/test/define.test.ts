import { expect } from '@open-wc/testing';
import { defineElement } from '../src/index.js';

describe('defineElement', () => {
  it('defines a free tag, and warns naming both versions when taken', () => {
    class First extends HTMLElement {
      static version = '1.2.0';
    }
    class Second extends HTMLElement {
      static version = '2.0.0';
    }
    defineElement('bn-define-probe', First);
    expect(customElements.get('bn-define-probe')).to.equal(First);

    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (m: string) => warnings.push(m);
    try {
      expect(() => defineElement('bn-define-probe', Second)).not.to.throw();
      defineElement('bn-define-probe', First);
    } finally {
      console.warn = original;
    }
    expect(customElements.get('bn-define-probe')).to.equal(First);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('1.2.0').and.include('2.0.0');
  });
});
