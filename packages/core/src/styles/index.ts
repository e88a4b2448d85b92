import { baseStyles } from './base.styles.js';
import { buttonStyles } from './button.styles.js';
import { feedbackStyles } from './feedback.styles.js';
import { fieldStyles } from './field.styles.js';
import { printStyles } from './print.styles.js';

export { baseStyles, buttonStyles, feedbackStyles, fieldStyles, printStyles };

/** Everything a form widget usually needs, in cascade order. */
export const formWidgetStyles = [
  baseStyles,
  fieldStyles,
  buttonStyles,
  feedbackStyles,
  printStyles,
];
