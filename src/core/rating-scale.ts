// The ratings a person may give in a prompt: the one place that knows which the diary accepts.
import { formatEvent, parseDiary } from './diary.js';

/** Letterboxd's scale, half stars from 0.5 to 5 (SPEC §6). */
const LETTERBOXD = [0.5, 1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5];

/**
 * The ratings the diary's own reader keeps, best first. It is asked rather than told, so the
 * prompt offers whole stars while the diary takes whole stars, and half stars once it takes
 * those, with nothing else to change.
 */
export function ratingScale(): number[] {
  const accepted = (rating: number) => parseDiary(formatEvent({ op: 'watch', id: 'x', watchedOn: '2000-01-01', rating, at: '' })).events.length === 1;
  return LETTERBOXD.filter(accepted).reverse();
}
