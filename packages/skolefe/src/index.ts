/** Importing the package registers `<bn-skolefe-kort>` and `<bn-skolefe-oversigt>` and re-exports their classes and types. */
import './define.js';
export * from './elements.js';
