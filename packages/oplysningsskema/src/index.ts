/** Importing the package registers `<bn-oplysningsskema>` and `<bn-oplysningsskema-oversigt>`. */
import './define.js';
export * from './elements.js';
