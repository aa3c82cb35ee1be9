// One rule for every option value: read in NFKC and trimmed; numbers are plain digits in a range; nothing is empty.
import { UsageError } from './errors.js';

/**
 * A value as typed, made comparable: NFKC folds full-width and other compatibility forms
 * ("１９７５" → "1975"), and surrounding spaces are dropped.
 */
export function readValue(value: string): string {
  return value.normalize('NFKC').trim();
}

/** An empty or blank value, which no option or argument accepts. */
export const isBlank = (value: string) => readValue(value) === '';

/**
 * A whole number in [min, max]: digits only (leading zeros allowed, no sign, exponent or point),
 * so "05" is 5 while "1e9" and a 20-digit number are refused with the range named.
 */
export function parseWhole(flag: string, value: string, min: number, max: number): number {
  const v = readValue(value);
  const n = /^\d{1,16}$/.test(v) ? Number(v) : NaN;
  if (!(n >= min && n <= max)) throw new UsageError((m) => m.errors.badNumber(flag, min, max, value));
  return n;
}
