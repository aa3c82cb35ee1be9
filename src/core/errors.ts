// Typed errors that carry their exit code and an unrendered message; only main() turns them into an exit.
import { render, type Lang, type Text } from '../i18n.js';

export const EXIT = {
  ok: 0,
  notFound: 1,
  usage: 2,
  data: 3,
  cancelled: 130,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export class CliError extends Error {
  readonly exitCode: ExitCode;
  /** The message in any language; `message` holds the English one, for logs and stack traces. */
  readonly text: Text | string;
  /** Extra lines printed after the message, e.g. "did you mean" suggestions. */
  readonly hints: (Text | string)[];
  constructor(text: Text | string, exitCode: ExitCode, hints: (Text | string)[] = []) {
    super(render(text));
    this.name = new.target.name;
    this.exitCode = exitCode;
    this.text = text;
    this.hints = hints;
  }

  /** The message and its hints, as lines in the interface language. */
  lines(lang: Lang): string[] {
    return [render(this.text, lang), ...this.hints.map((h) => render(h, lang))];
  }
}

export class NotFoundError extends CliError {
  constructor(text: Text | string, hints: (Text | string)[] = []) {
    super(text, EXIT.notFound, hints);
  }
}

export class UsageError extends CliError {
  constructor(text: Text | string, hints: (Text | string)[] = []) {
    super(text, EXIT.usage, hints);
  }
}

export class DataError extends CliError {
  constructor(text: Text | string, hints: (Text | string)[] = []) {
    super(text, EXIT.data, hints);
  }
}

/** The reader of our output went away (`soviet-love list | head -1`): a quiet, successful end. */
export class ClosedPipeError extends CliError {
  constructor() {
    super('', EXIT.ok);
  }
}

export class CancelledError extends CliError {
  constructor() {
    super((m) => m.cancelled, EXIT.cancelled);
  }
}
