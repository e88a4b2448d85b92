import { __defineName__ } from './registration.js';
import type { __className__ } from './__tag__.js';

__defineName__();

declare global {
  interface HTMLElementTagNameMap {
    '__tag__': __className__;
  }
}
