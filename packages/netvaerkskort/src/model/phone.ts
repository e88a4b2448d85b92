import { isDanishPhone } from '@barnets-net/core';

/**
 * What is wrong with a person's phone number, or null when it is fine (or
 * empty). A Danish number has 8 digits and starts with 2–9 (with or
 * without +45); a number abroad starts with + or 00 and its country code,
 * 7–15 digits in all (E.164), so a grandparent in Sweden can be reached.
 */
export type PhoneProblem =
  | { kind: 'characters' }
  | { kind: 'danish-length'; digits: number }
  | { kind: 'danish-first-digit' }
  | { kind: 'abroad' };

export function phoneProblem(input: string): PhoneProblem | null {
  const typed = input.trim();
  if (!typed || isDanishPhone(typed, { allowShort: true })) return null;
  if (!/^\+?[\d\s-]+$/.test(typed)) return { kind: 'characters' };
  const compact = typed.replace(/[\s-]/g, '');
  const withCode = /^(\+|00)/.test(compact);
  const rest = compact.replace(/^(\+|00)/, '');
  if (withCode && !rest.startsWith('45'))
    return rest.length >= 7 && rest.length <= 15 && rest[0] !== '0' ? null : { kind: 'abroad' };
  const local = withCode ? rest.slice(2) : compact;
  return local.length === 8
    ? { kind: 'danish-first-digit' }
    : { kind: 'danish-length', digits: local.length };
}
