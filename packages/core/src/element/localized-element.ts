import type { PropertyDeclarations } from 'lit';
import { observeLang } from '../localize/lang-observer.js';
import {
  ensureLocale,
  registerTranslationLoaders,
  resolveLocale,
  withLocale,
  type Locale,
  type Translations,
} from '../localize/locale.js';
import { FormAssociatedElement } from './form-associated.js';

/**
 * A form-associated element that renders in its own language: the nearest
 * `lang` picks the locale, translations load on first use, and every update
 * runs inside that locale, so `msg()` answers in it without configuring the
 * page's `@lit/localize`.
 */
export class LocalizedElement extends FormAssociatedElement {
  /**
   * The widget's own translations, loaded on first use. Registered by the
   * class, not by its tag's registration, so a host that defines the class
   * under a name of its own keeps every language.
   */
  static translations: Translations = {};

  static override properties: PropertyDeclarations = {
    locale: { state: true },
  };

  /** The locale the widget renders in, from the nearest `lang`. */
  protected locale: Locale = 'da';

  #stopObservingLang?: () => void;

  constructor() {
    super();
    registerTranslationLoaders((this.constructor as typeof LocalizedElement).translations);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.locale = resolveLocale(this);
    this.#stopObservingLang = observeLang(() => {
      this.locale = resolveLocale(this);
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopObservingLang?.();
  }

  /** An update waits for its locale's translations when they load lazily. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const loading = ensureLocale(this.locale);
    return loading ? loading.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  /** Every update runs in the element's own locale, so msg() answers in it. */
  protected override performUpdate(): void {
    withLocale(this.locale, () => super.performUpdate());
  }
}
