import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Reads text aloud with the browser's speech synthesis, only with a voice
 * on the device (`localService`): a network voice would send the child's
 * words away. `available` is false when there is no local voice for the
 * language, and the button is then not shown.
 */
export class ReadAloud implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #lang: () => string;

  constructor(host: ReactiveControllerHost, lang: () => string) {
    this.#host = host;
    this.#lang = lang;
    host.addController(this);
  }

  get #synth(): SpeechSynthesis | undefined {
    return typeof SpeechSynthesisUtterance === 'function'
      ? (globalThis as { speechSynthesis?: SpeechSynthesis }).speechSynthesis
      : undefined;
  }

  /** The device's own voice for the element's language, if there is one. */
  get voice(): SpeechSynthesisVoice | undefined {
    const lang = this.#lang();
    return this.#synth
      ?.getVoices()
      .find((v) => v.localService && v.lang.toLowerCase().startsWith(lang));
  }

  get available(): boolean {
    return !!this.voice;
  }

  speak(text: string): void {
    const synth = this.#synth;
    const voice = this.voice;
    if (!synth || !voice) return;
    synth.cancel();
    const u = new SpeechSynthesisUtterance(text);
    u.voice = voice;
    u.lang = voice.lang;
    synth.speak(u);
  }

  #onVoices = () => this.#host.requestUpdate();

  hostConnected(): void {
    this.#synth?.addEventListener?.('voiceschanged', this.#onVoices);
  }

  hostDisconnected(): void {
    this.#synth?.removeEventListener?.('voiceschanged', this.#onVoices);
    this.#synth?.cancel();
  }
}
