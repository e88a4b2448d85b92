/** Importing the package registers `<bn-dialogmoede>` and re-exports its class and types. */
import './define.js';
export * from './elements.js';
