export { runContractTests, type ContractElement, type ContractFixtures } from './contract-suite.js';
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
  press,
  query,
  settle,
  shadowText,
  typeDateBoxes,
} from './harness.js';
