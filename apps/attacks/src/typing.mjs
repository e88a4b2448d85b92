// Typing hostile text the way a person would: into the fields a widget
// shows, through its shadow roots, key by key (or pasted, for the long one).
import { corpus } from './corpus.mjs';

const RUN = 'window.__pwned=(window.__pwned||0)+1';

/** 10,000 characters with a payload in the middle: what a paste from elsewhere may hold. */
export const tenThousand = (() => {
  const payload = `<img src=x onerror="${RUN}">`;
  const head = 'a'.repeat(5_000);
  return head + payload + 'b'.repeat(10_000 - head.length - payload.length);
})();

const pick = (start) => {
  const found = corpus.find((p) => p.startsWith(start));
  if (!found) throw new Error(`the corpus has no payload starting ${start}`);
  return found;
};

/** The handful typed into every field: each kind of attack once, and the long paste. */
export const typedPayloads = [
  pick('<script>'),
  pick('<img src=x onerror="'),
  pick('<svg onload="'),
  pick('</style>'),
  pick('${'),
  pick('\u202E'),
  tenThousand,
];

/** Above this many characters the text is pasted (`fill`), below it typed key by key. */
const TYPE_UP_TO = 200;

/**
 * The visible text fields inside `scope` (a CSS selector; playwright's CSS
 * pierces open shadow roots) that a person can type words in, as element
 * handles that stay with their node when the widget re-renders. Number
 * fields (a date's day, month and year) take digits, not words: left out.
 */
export async function textFields(page, scope) {
  const words = ':not([inputmode=numeric]):not([inputmode=decimal])';
  const selector = ['input:not([type])', 'input[type=text]', 'input[type=search]', 'textarea']
    .map((s) => `${scope} ${s}${words}`)
    .join(', ');
  const handles = await page.locator(selector).elementHandles();
  const usable = [];
  for (const handle of handles) {
    if (await handle.evaluate((el) => el.checkVisibility() && !el.disabled && !el.readOnly))
      usable.push(handle);
    else await handle.dispose();
  }
  return usable;
}

/** What a field can hold of `text`: all of it, or its first `maxlength` characters. */
export const clipped = (maxLength, text) => (maxLength >= 0 ? text.slice(0, maxLength) : text);

/**
 * Empties the field and types `text` into it as a person would, key by key;
 * a long text, or any text with `{ keys: false }`, arrives in one input as
 * a paste or a word from the on-screen keyboard does. Returns what the field
 * says about itself afterwards.
 */
export async function typeInto(page, field, text, { keys = true } = {}) {
  await field.focus();
  await field.evaluate((el) => el.select());
  await page.keyboard.press('Delete');
  if (text.length > TYPE_UP_TO) await field.fill(text);
  else if (keys) await page.keyboard.type(text);
  else await page.keyboard.insertText(text);
  return field.evaluate((el) => ({
    id: el.id || el.name || el.localName,
    shown: el.value,
    maxLength: el.maxLength,
    connected: el.isConnected,
  }));
}

/** Runs in the page: every string the element's value holds, wherever in it. */
export function valueStringsInPage(tag) {
  const out = [];
  const walk = (v) => {
    if (typeof v === 'string') out.push(v);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(document.querySelector(tag).value);
  return out;
}
