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

const WEBDRIVER_MODIFIERS: Record<string, string> = {
  Shift: '\uE008',
  Control: '\uE009',
  Alt: '\uE00A',
  Meta: '\uE03D',
};

/**
 * Presses a key with modifiers held, e.g. `pressCombo(['Control', 'Shift'], 'z')`.
 * WebKit's WebDriver knows no key down/up: there the modifiers go in one
 * key sequence and a NULL key releases them.
 */
export async function pressCombo(modifiers: string[], key: string): Promise<void> {
  try {
    for (const m of modifiers) await sendKeys({ down: m });
  } catch {
    const held = modifiers.map((m) => WEBDRIVER_MODIFIERS[m] ?? '').join('');
    await sendKeys({ press: `${held}${key}\uE000` });
    return;
  }
  await sendKeys({ press: key });
  for (const m of [...modifiers].reverse()) await sendKeys({ up: m });
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
