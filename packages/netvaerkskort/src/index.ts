/** Importing the package registers `<bn-netvaerkskort>` and re-exports its classes and types. */
import './define.js';
export * from './elements.js';
