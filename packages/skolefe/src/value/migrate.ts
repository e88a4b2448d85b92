import type { Migration } from '@barnets-net/core';

/** Version 1 to 2: the card keeps the warnings people dismissed; a card of version 1 has none. */
export const cardV1toV2: Migration = (old) => ({ ...old, dismissed: [] });
