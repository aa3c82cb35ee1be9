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
  const t = text.trim().replace(',', '.').replace(/½$/, '.5');
  if (!/^(?:\d(?:\.\d+)?|\.5)$/.test(t)) return null;
  const n = Number(t);
  return isRating(n) ? n : null;
}
