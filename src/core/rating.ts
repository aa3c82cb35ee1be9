// Ratings on Letterboxd's scale: 0.5 to 5 in half stars. Whole stars, as older entries hold, are valid too.

/** Is this a rating the diary can hold: a number from 0.5 to 5 in steps of a half? */
export function isRating(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value * 2) && value >= 0.5 && value <= 5;
}

/**
 * Reads a rating as a person types it: "4", "3.5", "3,5" (a Russian decimal comma), "4.0", or with
 * a half-star sign ("3½"). Returns null for anything else, including 0 and 5.5.
 */
export function parseRating(text: string): number | null {
  // Leading zeros are read as the number is ("03" is 3), as for every numeric option.
  const t = text.trim().replace(',', '.').replace(/½$/, '.5').replace(/^0+(?=\d)/, '');
  if (!/^(?:\d(?:\.\d+)?|\.5)$/.test(t)) return null;
  const n = Number(t);
  return isRating(n) ? n : null;
}
