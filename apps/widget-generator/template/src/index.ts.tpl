/** Importing the package registers `<__tag__>` and re-exports its class and types. */
import './define.js';
export * from './elements.js';
