// Reads --date values: a real calendar day in YYYY-MM-DD form.
import { UsageError } from '../core/errors.js';
import { isValidDate } from '../core/diary.js';

export function parseDateOption(value: string): string {
  const v = value.trim();
  if (!isValidDate(v)) throw new UsageError((m) => m.errors.badDate(value));
  return v;
}
