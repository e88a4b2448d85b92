import { defineOplysningsskema } from './registration.js';

defineOplysningsskema();
