import type { ValueDefinition } from '@barnets-net/core';
import { emptyValue, isValueEmpty } from '../model/plan.js';
import { noedplanSchema } from './schema.js';
import type { NoedplanValue } from './types.js';

export const noedplanDefinition: ValueDefinition<NoedplanValue> = {
  schemaVersion: 1,
  schema: noedplanSchema,
  // When the value changes shape: raise schemaVersion, and add here how a value
  // of the version before becomes one of the next.
  migrations: {},
  empty: emptyValue,
  isEmpty: isValueEmpty,
};
