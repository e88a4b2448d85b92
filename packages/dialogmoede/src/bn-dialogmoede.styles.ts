import { css } from 'lit';
import { formWidgetStyles } from '@barnets-net/core';

export const styles = [
  formWidgetStyles,
  css`
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: var(--bn-space-3);
    }
  `,
];
