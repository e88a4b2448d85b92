/** Importing the package registers `<bn-netvaerkskort>`. */
import { defineNetvaerkskort } from './registration.js';

defineNetvaerkskort();
export * from './elements.js';
