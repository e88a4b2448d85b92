export { runContractTests, type ContractElement, type ContractFixtures } from './contract-suite.js';
export {
  mountState,
  runAccessibilityInUseTests,
  type A11yElement,
  type A11yFixtures,
  type A11ySpeech,
  type A11yState,
} from './a11y-suite.js';
export { recordSpeech, speechProblems, type Spoken } from './a11y-announcements.js';
export { headingLevels } from './a11y-headings.js';
export { watchNetwork } from './network-watch.js';
export type { TypesEqual } from './schema-agreement.js';
export { deepActiveElement, pressCombo, pressKey, typeText } from './keyboard.js';
export { documentPageSizes, printRulesHide, withPrintMedia } from './print-media.js';
export {
  $,
  $$,
  button,
  findButton,
  focus,
  keepDownloadsInPage,
  press,
  query,
  settle,
  shadowText,
  typeDateBoxes,
} from './harness.js';
