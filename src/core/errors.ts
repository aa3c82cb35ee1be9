// Typed errors that carry their exit code; only main() turns them into an exit.

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
  /** Extra lines printed after the message, e.g. "did you mean" suggestions. */
  readonly hints: string[];
  constructor(message: string, exitCode: ExitCode, hints: string[] = []) {
    super(message);
    this.name = new.target.name;
    this.exitCode = exitCode;
    this.hints = hints;
  }
}

export class NotFoundError extends CliError {
  constructor(message: string, hints: string[] = []) {
    super(message, EXIT.notFound, hints);
  }
}

export class UsageError extends CliError {
  constructor(message: string, hints: string[] = []) {
    super(message, EXIT.usage, hints);
  }
}

export class DataError extends CliError {
  constructor(message: string, hints: string[] = []) {
    super(message, EXIT.data, hints);
  }
}

export class CancelledError extends CliError {
  constructor(message = 'Cancelled.') {
    super(message, EXIT.cancelled);
  }
}
