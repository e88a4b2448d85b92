import { msg } from '@barnets-net/core';

/** The widget's words that more than one view uses, in the element's language. */
export const labels = {
  title: () => msg('Dialogmøde'),
  heading: () => msg('Overskrift'),
  headingHint: () => msg('Et par ord om, hvad det handler om'),
  note: () => msg('Noter'),
  finish: () => msg('Færdig'),
  print: () => msg('Udskriv'),
};
