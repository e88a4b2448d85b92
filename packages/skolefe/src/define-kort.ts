import { defineElement } from '@barnets-net/core';
import { BnSkolefeKort } from './bn-skolefe-kort.js';

defineElement('bn-skolefe-kort', BnSkolefeKort);
