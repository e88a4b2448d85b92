import type { PrintPage } from '@barnets-net/core';

/**
 * The pocket card's sheet: a strip of two bank cards (85.6 × 54 mm each,
 * ISO/IEC 7810 ID-1) that folds in the middle to one. Printed with core's
 * `printElement`; the element shows only its card while its
 * `data-bn-print-target` is `card`.
 */
export const cardPage: PrintPage = { name: 'card', size: '171.2mm 54mm' };
