import { runAccessibilityInUseTests } from '@barnets-net/core/testing';
import '../src/define.js';
import type { NetvaerkskortValue } from '../src/elements.js';
import { fuldtKort } from '../src/testing/samples.js';
runAccessibilityInUseTests<NetvaerkskortValue>({
  tag: 'bn-netvaerkskort',
  defaultHeadingLevel: 1,
  states: [{ name: 'fuldt kort', value: fuldtKort }],
  speech: [],
});
