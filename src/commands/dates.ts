// Reads --date values: a real calendar day in YYYY-MM-DD form.
import { UsageError } from '../core/errors.js';
import { isValidDate } from '../core/diary.js';

export function parseDateOption(value: string): string {
  const v = value.trim();
  if (!isValidDate(v)) throw new UsageError(`--date must be a real day written YYYY-MM-DD, such as 2026-12-31 (not "${value}").`);
  return v;
}
