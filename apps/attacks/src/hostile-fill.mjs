// Hostile text in every kind of field a widget's value carries, all at
// once: so an export or a print holds as many payloads as the widget takes.
import { corpus, shortCorpus } from './corpus.mjs';
import { everywhere, oneOfEachField, stringPaths } from './poison.mjs';
import { setValue } from './set-in-page.mjs';

/**
 * Sets on `tag` its `sample` with a payload in each kind of field (in every
 * item of a list): one from the corpus, or a short one where the field
 * refuses it (a name, a code). `fields` (a pattern for the dotted path)
 * keeps to some: a list keeps an item whose code or date is wrong, as
 * unreadable, so text meant for its words must go only there. Returns the
 * value taken and the payloads in it.
 */
export async function fillHostile(page, tag, sample, fields = /./) {
  let value = sample;
  const taken = [];
  const paths = oneOfEachField(stringPaths(sample)).filter((p) => fields.test(p.join('.')));
  for (const [i, path] of paths.entries()) {
    for (const text of [corpus[i % corpus.length], shortCorpus[i % shortCorpus.length]]) {
      const tried = everywhere(value, path, text);
      if (await setValue(page, tag, tried)) {
        value = tried;
        taken.push(text);
        break;
      }
    }
  }
  return { value, taken };
}
