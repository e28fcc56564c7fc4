/** Thrown by a domain filter wrapper: keeps the filter's name, its source offsets and why it refused. */
export class FilterFailure extends Error {
  readonly begin?: number;
  readonly end?: number;
  /** the filter's `FilterInputError` reason and refused value, when it gave them */
  readonly reason?: string;
  readonly value?: string;
  constructor(
    readonly filter: string,
    cause: unknown,
    token?: { begin: number; end: number },
  ) {
    super(cause instanceof Error ? cause.message : String(cause));
    this.name = 'FilterFailure';
    const refusal = cause as { reason?: unknown; value?: unknown } | undefined;
    if (typeof refusal?.reason === 'string') this.reason = refusal.reason;
    if (typeof refusal?.value === 'string') this.value = refusal.value;
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
