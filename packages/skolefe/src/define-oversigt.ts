import { defineElement } from '@barnets-net/core';
import { BnSkolefeOversigt } from './bn-skolefe-oversigt.js';

defineElement('bn-skolefe-oversigt', BnSkolefeOversigt);
