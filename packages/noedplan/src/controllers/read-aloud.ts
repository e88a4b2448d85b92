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

  /** Whether it is reading now: the button then stops it. */
  speaking = false;

  speak(text: string): void {
    const synth = this.#synth;
    const voice = this.voice;
    if (!synth || !voice) return;
    synth.cancel();
    const u = new SpeechSynthesisUtterance(text);
    u.voice = voice;
    u.lang = voice.lang;
    const done = () => {
      if (this.#current !== u) return;
      this.speaking = false;
      this.#host.requestUpdate();
    };
    u.onend = u.onerror = done;
    this.#current = u;
    this.speaking = true;
    this.#host.requestUpdate();
    synth.speak(u);
  }

  /** Stops reading: from the button, on another step, or when the element goes. */
  stop(): void {
    this.#current = undefined;
    if (this.speaking) {
      this.speaking = false;
      this.#host.requestUpdate();
    }
    this.#synth?.cancel();
  }

  #current: SpeechSynthesisUtterance | undefined;

  #onVoices = () => this.#host.requestUpdate();

  hostConnected(): void {
    this.#synth?.addEventListener?.('voiceschanged', this.#onVoices);
  }

  hostDisconnected(): void {
    this.#synth?.removeEventListener?.('voiceschanged', this.#onVoices);
    this.stop();
  }
}
