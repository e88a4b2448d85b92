import { expect } from '@open-wc/testing';
import { $, query, settle } from '@barnets-net/testing';
import { mountPlan } from './fixtures.js';

interface FakeVoice {
  name: string;
  lang: string;
  localService: boolean;
}

/** A stand-in for the browser's speech synthesis with these voices; records what it speaks. */
function fakeSpeech(voices: FakeVoice[]) {
  const spoken: { text: string; voice: FakeVoice | null; end: () => void }[] = [];
  let cancelled = 0;
  const synth = Object.assign(new EventTarget(), {
    getVoices: () => voices,
    cancel: () => void cancelled++,
    cancels: () => cancelled,
    speak: (u: SpeechSynthesisUtterance) =>
      spoken.push({
        text: u.text,
        voice: u.voice as FakeVoice | null,
        end: () => u.onend?.(new Event('end') as SpeechSynthesisEvent),
      }),
  });
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  // The real utterance accepts only the browser's own voice objects.
  class Utterance {
    voice: FakeVoice | null = null;
    lang = '';
    onend: (() => void) | null = null;
    onerror: (() => void) | null = null;
    constructor(readonly text: string) {}
  }
  Object.defineProperty(window, 'SpeechSynthesisUtterance', {
    value: Utterance,
    configurable: true,
  });
  return { spoken, synth };
}

const realSynth = Object.getOwnPropertyDescriptor(window, 'speechSynthesis');
const realUtterance = Object.getOwnPropertyDescriptor(window, 'SpeechSynthesisUtterance');

describe('<bn-noedplan> read aloud', () => {
  afterEach(() => {
    if (realSynth) Object.defineProperty(window, 'speechSynthesis', realSynth);
    else delete (window as { speechSynthesis?: unknown }).speechSynthesis;
    if (realUtterance) Object.defineProperty(window, 'SpeechSynthesisUtterance', realUtterance);
    else delete (window as { SpeechSynthesisUtterance?: unknown }).SpeechSynthesisUtterance;
  });

  it('is hidden when the only voices for the language come over the network', async () => {
    fakeSpeech([
      { name: 'Cloud Dansk', lang: 'da-DK', localService: false },
      { name: 'Local English', lang: 'en-GB', localService: true },
    ]);
    const el = await mountPlan();
    expect(query(el, '#read-aloud')).to.equal(null);
  });

  it('reads the current step with a voice on the device, never a network voice', async () => {
    const { spoken } = fakeSpeech([
      { name: 'Cloud Dansk', lang: 'da-DK', localService: false },
      { name: 'Sara', lang: 'da-DK', localService: true },
    ]);
    const el = await mountPlan();
    $<HTMLButtonElement>(el, '#read-aloud').click();
    expect(spoken).to.have.length(1);
    expect(spoken[0]!.voice!.name).to.equal('Sara');
    expect(spoken[0]!.text).to.contain('Sådan mærker jeg det');
    expect(spoken[0]!.text, 'no button names').not.to.contain('Læs op');
    expect(spoken[0]!.text).not.to.contain('Mor eller far lyder anderledes');
    spoken[0]!.end();
    $<HTMLButtonElement>(el, '#signs-voice').click();
    await settle(el);
    $<HTMLButtonElement>(el, '#read-aloud').click();
    expect(spoken[1]!.text, 'a chosen suggestion is read').to.contain(
      'Mor eller far lyder anderledes',
    );
  });

  it('is stopped by its own button, and when the child goes to another step', async () => {
    const { spoken, synth } = fakeSpeech([{ name: 'Sara', lang: 'da-DK', localService: true }]);
    const el = await mountPlan();
    const button = () => $<HTMLButtonElement>(el, '#read-aloud');
    button().click();
    await settle(el);
    expect(button().textContent!.trim()).to.equal('Stop oplæsningen');
    const before = synth.cancels();
    button().click();
    await settle(el);
    expect(synth.cancels()).to.be.greaterThan(before);
    expect(button().textContent!.trim()).to.equal('Læs op');
    // Reading, then «Næste»: the next step is quiet.
    button().click();
    await settle(el);
    const reading = synth.cancels();
    $<HTMLButtonElement>(el, '#next').click();
    await settle(el);
    expect(synth.cancels()).to.be.greaterThan(reading);
    expect(button().textContent!.trim()).to.equal('Læs op');
    // Read to its end, the button offers reading again.
    button().click();
    await settle(el);
    expect(button().textContent!.trim()).to.equal('Stop oplæsningen');
    spoken.at(-1)!.end();
    await settle(el);
    expect(button().textContent!.trim()).to.equal('Læs op');
  });

  it('appears when the device’s voices arrive late', async () => {
    const voices: FakeVoice[] = [];
    const { synth } = fakeSpeech(voices);
    const el = await mountPlan();
    expect(query(el, '#read-aloud')).to.equal(null);
    voices.push({ name: 'Sara', lang: 'da-DK', localService: true });
    synth.dispatchEvent(new Event('voiceschanged'));
    await settle(el);
    expect(query(el, '#read-aloud')).not.to.equal(null);
  });
});
