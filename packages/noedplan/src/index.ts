/** Importing the package registers `<bn-noedplan>` and re-exports its class and types. */
import './define.js';
export * from './elements.js';
