// Reads and appends the viewing diary file: the one module that touches the user's data directory.
import { closeSync, existsSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { DataError } from '../core/errors.js';
import { explainErrno } from './errno.js';
import { userDir } from './places.js';
import { endsMidLine, makeDirs, MAX_DIARY_BYTES, openAppend, readRegular } from './open.js';
import { formatEvent, isForeign, parseDiary, type DiaryEvent, type ParsedDiary } from '../core/diary.js';

/** $SOVIET_LOVE_HOME, else the platform's data directory (XDG on Linux); exit 3 when there is none. */
export function diaryDir(env: NodeJS.ProcessEnv, platform: NodeJS.Platform = process.platform): string {
  const dir = userDir('data', env, platform);
  if (dir === undefined) throw new DataError((m) => m.errors.noHome);
  return dir;
}

export function diaryFile(env: NodeJS.ProcessEnv): string {
  return join(diaryDir(env), 'diary.jsonl');
}

/**
 * The diary's contents; a missing file is an empty diary. A device or FIFO, a file over the size
 * cap, or a file none of whose lines is an entry (someone else's file) is refused, untouched.
 */
export function readDiary(file: string): ParsedDiary {
  let text: string;
  try {
    text = readRegular(file, MAX_DIARY_BYTES);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { events: [], damaged: [], lastLine: 0 };
    const why = explainErrno(err);
    throw new DataError((m) => m.errors.diaryUnreadable(file, why(m)));
  }
  const parsed = parseDiary(text);
  if (isForeign(parsed)) throw new DataError((m) => m.errors.notADiary(file));
  return parsed;
}

/**
 * Appends one event with a single O_APPEND write, so concurrent writers never interleave
 * and nothing already written is ever rewritten.
 */
export function appendDiary(file: string, dir: string, event: DiaryEvent): void {
  let fd: number | undefined;
  try {
    makeDirs(dir);
    fd = openAppend(file);
    const line = formatEvent(event);
    // After a torn write, the next entry starts on a fresh line.
    writeSync(fd, endsMidLine(fd) ? `\n${line}` : line);
  } catch (err) {
    throw diaryWriteError(file, err);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** The error for a diary that cannot be written; the hint is about the file when it exists, else its directory. */
export function diaryWriteError(file: string, err: unknown, fileExists = existsSync(file)): DataError {
  const why = explainErrno(err);
  return new DataError((m) => m.errors.diaryUnwritable(file, why(m)), [(m) => (fileExists ? m.errors.diaryFileHint : m.errors.diaryHint)]);
}

export type { DiaryEvent };
