import { sendKeys } from '@web/test-runner-commands';

/**
 * Types text with real key presses in every engine. WebKit's WebDriver
 * drops some spaces from a typed string, so spaces are pressed as keys.
 */
export async function typeText(text: string): Promise<void> {
  const words = text.split(' ');
  for (const [i, word] of words.entries()) {
    if (i > 0) await sendKeys({ press: 'Space' });
    if (word) await sendKeys({ type: word });
  }
}

/** The focused element, looking inside shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
