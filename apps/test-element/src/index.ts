/** Importing the package registers `<bn-test-element>` and re-exports its class and value. */
import './define.js';
export { BnTestElement } from './bn-test-element.js';
export { testDefinition, testSchema, type TestValue } from './test-value.js';
