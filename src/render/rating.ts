// A rating as a person reads it: stars in a terminal (★★★½, as Letterboxd shows them), the number when piped.

/** ★ for each whole star and ½ for a half: 3.5 is ★★★½. */
export function stars(rating: number): string {
  const whole = Math.floor(rating);
  return `${'★'.repeat(whole)}${rating - whole >= 0.5 ? '½' : ''}`;
}

/** The number for a TSV cell or a message: 4, 3.5 (empty when none). */
export function ratingNumber(rating: number | null): string {
  return rating === null ? '' : String(rating);
}
