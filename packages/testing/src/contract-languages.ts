import { expect, oneEvent } from '@open-wc/testing';
import type { BnErrorDetail } from '@barnets-net/core';
import type { ContractFixtures } from './contract-suite.js';
import {
  defineAgain,
  freshTag,
  hostLocalization,
  hostSays,
  mount,
  nextFrame,
  shadowText,
} from './contract-helpers.js';

/** Danish first, English complete, in the host's page and under the host's own tag names. */
export function languageContract<V extends { schemaVersion: number }>(f: ContractFixtures<V>) {
  it('speaks English under a tag name of the host’s own', async () => {
    const tag = freshTag(f.tag);
    defineAgain(f.tag, tag);
    const { el } = await mount<V>(tag, { lang: 'en' });
    el.value = f.valid;
    await el.updateComplete;
    await nextFrame();
    await el.updateComplete;
    const en = shadowText(el);
    for (const s of f.strings) expect(en).to.include(s.en);
  });

  it('is a good guest of a page that configures @lit/localize itself', async () => {
    const host = hostLocalization();
    const { el } = await mount<V>(f.tag, { lang: 'en' });
    el.value = f.valid;
    await nextFrame();
    await el.updateComplete;
    for (const s of f.strings) expect(shadowText(el)).to.include(s.en);
    el.setAttribute('lang', 'da');
    await nextFrame();
    await el.updateComplete;
    for (const s of f.strings) expect(shadowText(el)).to.include(s.da);
    await host.setLocale('de');
    expect(hostSays('Hello', { id: 'bn-contract-hello' }), 'the host’s own messages').to.equal(
      'Hallo',
    );
    await el.updateComplete;
    for (const s of f.strings) expect(shadowText(el)).to.include(s.da);
  });

  it('says bn-error in the element’s language', async () => {
    const { el } = await mount<V>(f.tag, { lang: 'en' });
    setTimeout(() => (el.value = { schemaVersion: 9999 } as unknown as V));
    const en = (await oneEvent(el, 'bn-error')) as CustomEvent<BnErrorDetail>;
    el.setAttribute('lang', 'da');
    await el.updateComplete;
    setTimeout(() => (el.value = { schemaVersion: 9999 } as unknown as V));
    const da = (await oneEvent(el, 'bn-error')) as CustomEvent<BnErrorDetail>;
    expect(en.detail.code).to.equal('newer-version');
    expect(en.detail.message).not.to.equal(da.detail.message);
  });

  it('re-renders every string when the language changes', async () => {
    const { el, root } = await mount<V>(f.tag, {}, (el) => {
      const wrapper = document.createElement('div');
      wrapper.lang = 'da';
      wrapper.append(el);
      return wrapper;
    });
    el.value = f.valid;
    await el.updateComplete;
    const da = shadowText(el);
    for (const s of f.strings) expect(da, 'Danish first').to.include(s.da);
    root.lang = 'en';
    await nextFrame();
    await el.updateComplete;
    const en = shadowText(el);
    for (const s of f.strings) {
      expect(en).to.include(s.en);
      if (s.da !== s.en) expect(en).not.to.include(s.da);
    }
  });
}
