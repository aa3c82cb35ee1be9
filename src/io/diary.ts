// Reads and appends the viewing diary file: the one module that touches the user's data directory.
import { appendFileSync, closeSync, fstatSync, mkdirSync, openSync, readFileSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { DataError } from '../core/errors.js';
import { explainErrno } from './errno.js';
import { userDir } from './places.js';
import { formatEvent, parseDiary, type DiaryEvent, type ParsedDiary } from '../core/diary.js';

/** $SOVIET_LOVE_HOME, else the platform's data directory (XDG on Linux). */
export function diaryDir(env: NodeJS.ProcessEnv, platform: NodeJS.Platform = process.platform): string {
  return userDir('data', env, platform);
}

export function diaryFile(env: NodeJS.ProcessEnv): string {
  return join(diaryDir(env), 'diary.jsonl');
}


/** The diary's contents; a missing file is an empty diary. */
export function readDiary(file: string): ParsedDiary {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { events: [], damaged: [] };
    const why = explainErrno(err);
    throw new DataError((m) => m.errors.diaryUnreadable(file, why(m)));
  }
  return parseDiary(text);
}

/** Does the file end mid-line (a torn write)? Then the next entry must start on a fresh line. */
function endsMidLine(file: string): boolean {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const size = fstatSync(fd).size;
    if (size === 0) return false;
    const last = Buffer.alloc(1);
    readSync(fd, last, 0, 1, size - 1);
    return last[0] !== 0x0a;
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Appends one event with a single O_APPEND write, so concurrent writers never interleave
 * and nothing already written is ever rewritten.
 */
export function appendDiary(file: string, dir: string, event: DiaryEvent): void {
  try {
    mkdirSync(dir, { recursive: true });
    const line = formatEvent(event);
    appendFileSync(file, endsMidLine(file) ? `\n${line}` : line, { encoding: 'utf8', mode: 0o644 });
  } catch (err) {
    const why = explainErrno(err);
    throw new DataError((m) => m.errors.diaryUnwritable(file, why(m)), [(m) => m.errors.diaryHint]);
  }
}

export type { DiaryEvent };
