/**
 * Importing the package registers `<bn-oplysningsskema>` and
 * `<bn-oplysningsskema-oversigt>` and re-exports their classes and types.
 */
import './define.js';
export * from './elements.js';
