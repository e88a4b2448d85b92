// How a person enters text into each element: one field per widget that
// every value keeps in view, so a test can type before and after an attack.

/** What to do before the field shows (the map's person dialog, the meeting's first question). */
const steps = {
  'bn-netvaerkskort': async (host) => host.locator('#add-person').click(),
  'bn-dialogmoede': async (host) => host.locator('#stop-harm-no').check(),
};

/** The field to type into, and how the typing is committed. */
const fields = {
  'bn-netvaerkskort': { field: '#person-name', commit: 'Enter' },
  'bn-noedplan': { field: '#callScript' },
  'bn-skolefe-kort': { field: '#unit' },
  'bn-skolefe-oversigt': { field: '#note' },
  'bn-dialogmoede': { field: '#child-name' },
  'bn-oplysningsskema': { field: '#client-reference' },
  'bn-oplysningsskema-oversigt': { field: '#participants' },
};

/** Short enough for every one of these fields (the map's names stop at 40). */
export const marker = (n) => `Markør ${n} Åse`;

/** Types `text` into the element's field (the `index`-th element of the tag on the page). */
export async function enterText(page, tag, text, index = 0) {
  const host = page.locator(tag).nth(index);
  await steps[tag]?.(host);
  const { field, commit } = fields[tag];
  const input = host.locator(field);
  await input.fill(text);
  if (commit) {
    // The map's dialog may still be settling when Playwright types: the
    // name must be in the box before Enter saves it, and the dialog close.
    await waitUntil(page, () => input.inputValue().then((v) => v === text));
    await input.press(commit);
    await input.waitFor({ state: 'hidden', timeout: 5000 }).catch(() => {});
  } else await input.blur();
  // A change may reach `value` a task later; the caller's assertion says if it never does.
  await page
    .waitForFunction(
      ({ t, i, x }) => JSON.stringify(document.querySelectorAll(t)[i].value).includes(x),
      { t: tag, i: index, x: JSON.stringify(text).slice(1, -1) },
      { timeout: 5000 },
    )
    .catch(() => {});
}

/** Polls `check` until it is true or 5 s have passed. */
async function waitUntil(page, check) {
  for (let i = 0; i < 50 && !(await check()); i++) await page.waitForTimeout(100);
}

/** The element's value as JSON text (the `index`-th of the tag). */
export const valueText = (page, tag, index = 0) =>
  page.evaluate(({ t, i }) => JSON.stringify(document.querySelectorAll(t)[i].value), {
    t: tag,
    i: index,
  });
