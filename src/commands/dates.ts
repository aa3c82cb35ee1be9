// Reads --date values: a real calendar day in YYYY-MM-DD form.
import { UsageError } from '../core/errors.js';
import { isValidDate } from '../core/diary.js';
import { readValue } from '../core/values.js';

export function parseDateOption(value: string): string {
  const v = readValue(value);
  if (!isValidDate(v)) throw new UsageError((m) => m.errors.badDate(value));
  return v;
}
