/** Crockford's base 32: no I, L, O or U, so an id read aloud or copied by hand stays right. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * A pseudonymous card id such as `K7QM-3XTP`: 40 random bits from the
 * browser's cryptographic generator, never derived from the child.
 */
export function newCardId(
  random: (bytes: Uint8Array) => Uint8Array = (b) => crypto.getRandomValues(b),
): string {
  const chars = [...random(new Uint8Array(8))].map((b) => ALPHABET[b % 32]).join('');
  return `${chars.slice(0, 4)}-${chars.slice(4)}`;
}
