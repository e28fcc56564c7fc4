/** Thrown by a domain filter wrapper: keeps the filter's name and its source offsets for the problem. */
export class FilterFailure extends Error {
  readonly begin?: number;
  readonly end?: number;
  constructor(
    readonly filter: string,
    cause: unknown,
    token?: { begin: number; end: number },
  ) {
    super(cause instanceof Error ? cause.message : String(cause));
    this.name = 'FilterFailure';
    if (token) {
      this.begin = token.begin;
      this.end = token.end;
    }
  }
}

/** One output buffer (the message or a capture) grew past `outputLimit`. */
export class OutputLimitError extends Error {
  constructor(limit: number) {
    super(`output limit exceeded (more than ${limit} characters)`);
    this.name = 'OutputLimitError';
  }
}
