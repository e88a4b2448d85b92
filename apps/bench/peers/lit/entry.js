// The hand-written Lit peer's bundle: registers <registration-lit>.
import { RegistrationLit } from './registration-lit.js';

if (!customElements.get('registration-lit'))
  customElements.define('registration-lit', RegistrationLit);
