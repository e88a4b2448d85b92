// One page whose own code configures @lit/localize before any widget loads,
// then hosts every widget: each widget still speaks its own `lang`, and the
// host's messages stay the host's.
import { expect, fixture, html } from '@open-wc/testing';
import { configureLocalization, msg } from '@lit/localize';

const host = configureLocalization({
  sourceLocale: 'en',
  targetLocales: ['de'],
  loadLocale: async () => ({ templates: { 'host-hello': 'Hallo' } }),
});
await host.setLocale('de');

// Loaded only now, after the host took @lit/localize: every published widget.
await import('@barnets-net/netvaerkskort');
await import('@barnets-net/oplysningsskema');
await import('@barnets-net/noedplan');
await import('@barnets-net/skolefe');
await import('@barnets-net/dialogmoede');
const TAGS = [
  'bn-netvaerkskort',
  'bn-oplysningsskema',
  'bn-oplysningsskema-oversigt',
  'bn-noedplan',
  'bn-skolefe-kort',
  'bn-skolefe-oversigt',
  'bn-dialogmoede',
] as const;

type Catalogue = { templates: Record<string, unknown> };
type WidgetClass = { translations: { en?: () => Promise<Catalogue> } };
type Widget = HTMLElement & { updateComplete: Promise<boolean> };

const hostSays = () =>
  (msg as (text: string, o: { id: string }) => string)('Hello', { id: 'host-hello' });
const textOf = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
const settled = async (el: Widget) => {
  for (let i = 0; i < 3; i++) {
    await el.updateComplete;
    await new Promise((r) => requestAnimationFrame(r));
  }
};

/** The widget's plain English strings longer than one word, from its own catalogue. */
async function englishOf(tag: string) {
  const ctor = customElements.get(tag) as unknown as WidgetClass;
  const { templates } = await ctor.translations.en!();
  return Object.values(templates).filter(
    (t): t is string => typeof t === 'string' && t.includes(' '),
  );
}

describe('one page, the host’s own @lit/localize, every widget', () => {
  it('has every widget defined', () => {
    for (const tag of TAGS) expect(customElements.get(tag), tag).to.exist;
  });

  for (const tag of TAGS) {
    it(`${tag} speaks Danish and English by its own lang, and the host keeps its German`, async () => {
      const page = await fixture<HTMLDivElement>(html`<div></div>`);
      const da = document.createElement(tag) as Widget;
      const en = document.createElement(tag) as Widget;
      en.lang = 'en';
      page.append(da, en);
      await settled(da);
      await settled(en);

      const english = await englishOf(tag);
      const shownInEnglish = english.filter((s) => textOf(en).includes(s));
      expect(shownInEnglish.length, 'English strings on the English element').to.be.greaterThan(2);
      for (const s of shownInEnglish)
        expect(textOf(da), 'no English on the Danish one').not.to.include(s);
      expect(hostSays()).to.equal('Hallo');

      await host.setLocale('en');
      await host.setLocale('de');
      await settled(da);
      expect(textOf(da), 'the host switching its locale leaves the widget alone').not.to.include(
        shownInEnglish[0]!,
      );
      expect(hostSays()).to.equal('Hallo');
    });
  }
});
