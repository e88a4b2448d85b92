// The way to a word field in each element, as a person would go: the map's
// fields are in the person dialog its add button opens, the dialogue
// meeting's after its stop question. `commit` puts what was typed into the
// value where typing alone does not (the map's dialog saves).
import { textFields } from './typing.mjs';

const ways = {
  'bn-netvaerkskort': {
    scope: 'bn-netvaerkskort #person-dialog',
    open: (page) => page.locator('bn-netvaerkskort #add-person').click(),
    commit: (page) => page.locator('bn-netvaerkskort #person-save').click(),
  },
  'bn-dialogmoede': {
    scope: 'bn-dialogmoede',
    open: (page) => page.locator('bn-dialogmoede input[type=radio][value=no]').first().check(),
  },
};

// Own words join the emergency plan on Enter, not as they are typed; a
// filter steers the view and is no part of the value.
const notPlainText = /-own$|^filter-/;

/** Opens the way to `tag`'s first plain word field; returns { field, commit }. */
export async function reachWordField(page, tag) {
  const way = ways[tag] ?? { scope: tag };
  await way.open?.(page);
  let field = null;
  for (const candidate of await textFields(page, way.scope)) {
    if (!field && !notPlainText.test(await candidate.evaluate((el) => el.id))) field = candidate;
    else await candidate.dispose();
  }
  return { field, commit: way.commit ?? (async () => {}) };
}
