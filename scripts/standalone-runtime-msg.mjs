// Stands in for @lit/localize's runtime-msg.js in a standalone file (see
// build-standalone.mjs). The lookup of a translation by the hash of its Danish
// source (the hash function, its table, the lookup) is only needed on a page
// in another language, so it travels in the English file beside the bundle,
// which hands it over when it loads; Danish is the source and needs no lookup.
import { defaultMsg } from '@lit/localize/internal/default-msg.js';

let lookup;

/** Takes the lookup from a loaded translation module (the English file), then passes the module on. */
export const installLookup = (module) => {
  lookup ??= module.lookup;
  return module;
};

/** @lit/localize's runtimeMsg, once a translation file brought it; the source text until then. */
export const runtimeMsg = (templates, template, options) =>
  templates && lookup ? lookup(templates, template, options) : defaultMsg(template);
