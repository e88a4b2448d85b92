import { msg } from '@barnets-net/core';
import { labels } from '../labels.js';
import type { Spec } from '../model/spec.js';

/** The stop rule's question: the first thing the form asks. */
export const stopSpec: Spec = {
  path: 'stop.harm',
  kind: 'radio',
  label: () =>
    msg(
      'Er der mistanke om vold eller overgreb fra forældrene, eller kan det skade barnet at tale med forældrene om bekymringen?',
    ),
  hint: () => msg('Svar ud fra det, du ved nu. Svaret afgør, om et dialogmøde er den rigtige vej.'),
  choices: () => [
    { value: 'yes', label: labels.yes() },
    { value: 'no', label: labels.no() },
  ],
};
