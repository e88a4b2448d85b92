import { sendKeys } from '@web/test-runner-commands';

/**
 * Presses a key by name in every engine. Firefox's driver knows no "Space"
 * key, so a space is typed there instead.
 */
export async function pressKey(key: string): Promise<void> {
  if (key !== 'Space') return sendKeys({ press: key });
  try {
    await sendKeys({ press: 'Space' });
  } catch {
    await sendKeys({ type: ' ' });
  }
}

/**
 * Types text with real key presses in every engine, one character per
 * command: WebKit's WebDriver drops spaces and merges repeated characters
 * ("11" arrives as "1") when a whole string is sent at once.
 */
export async function typeText(text: string): Promise<void> {
  for (const ch of text) {
    if (ch === ' ') await pressKey('Space');
    else await sendKeys({ type: ch });
  }
}

/** The focused element, looking inside shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
