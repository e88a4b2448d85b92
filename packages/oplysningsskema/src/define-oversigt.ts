import { defineOplysningsskemaOversigt } from './registration.js';

defineOplysningsskemaOversigt();
