import type { Problem } from '../result';
import { FilterFailure, OutputLimitError } from './errors';

interface TokenLike {
  input: string;
  begin: number;
  end: number;
}
interface LiquidErrorLike extends Error {
  token?: TokenLike;
  originalError?: unknown;
}

const LIMIT = /limit exceeded/;
const POSITION_SUFFIX = /, (file:[^,]*, )?line:\d+, col:\d+$/;

/** 1-based line and column of a 0-based offset. */
export function lineColumn(source: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = source.indexOf('\n'); i !== -1 && i < offset; i = source.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

type Params = Record<string, string | number>;

function at(code: string, message: string, source: string, start: number, end: number, params?: Params): Problem {
  const s = Math.max(0, Math.min(start, source.length));
  const e = Math.max(s, Math.min(end, source.length));
  return { code, message, start: s, end: e, ...lineColumn(source, s), ...(params ? { params } : {}) };
}

// NOTE: liquidjs says what is wrong only in English prose; these read it once, here, into a reason and its data,
// so every edge words the problem in its own language (`formatProblem`) and nothing downstream scrapes.
const PARSE_REASONS: readonly [RegExp, string, string?][] = [
  [/^tag (\{%.*%\}) not closed/, 'unclosed-tag', 'tag'],
  [/^output "(.*)" not closed/s, 'unclosed-output', 'tag'],
  [/^undefined filter: (\S+)/, 'unknown-filter', 'filter'],
  [/^tag "(.+)" not found/, 'unknown-tag', 'tag'],
  [/^illegal tag: (.*)/, 'illegal-tag', 'tag'],
  [/^invalid value expression/, 'bad-expression'],
  [/^(.+) not closed/, 'unclosed', 'tag'],
];

/** The reason (and its named part) of a liquidjs parse or tokenization message. */
function parseReason(detail: string): Params {
  for (const [pattern, reason, name] of PARSE_REASONS) {
    const m = pattern.exec(detail);
    if (m) return name && m[1] !== undefined ? { reason, [name]: m[1] } : { reason };
  }
  return { reason: 'syntax' };
}

function isLimit(e: unknown): boolean {
  if (e instanceof OutputLimitError) return true;
  if (e instanceof RangeError) return /call stack|string length|array length/i.test(e.message);
  return e instanceof Error && e.name === 'AssertionError' && LIMIT.test(e.message);
}

/** Narrows an unknown filter error to the filter's name inside the tag (`undefined filter: foo`). */
function unknownFilterRange(message: string, token: TokenLike): [number, number] | undefined {
  const name = /^undefined filter: (\S+)/.exec(message)?.[1];
  if (!name) return undefined;
  const text = token.input.slice(token.begin, token.end);
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const m = new RegExp(`\\|\\s*(${escaped})(?![\\w-])`).exec(text);
  if (!m || m[1] === undefined) return undefined;
  const start = token.begin + m.index + m[0].length - m[1].length;
  return [start, start + m[1].length];
}

/**
 * Converts anything liquidjs (or a limit) throws into a Problem with 0-based offsets into `source`
 * and 1-based line/column. Codes: template/parse, template/render, template/limit, template/undefined-variable.
 */
export function problemFromError(e: unknown, source: string, parseLimit: number): Problem {
  const err = e instanceof Error ? (e as LiquidErrorLike) : undefined;
  const token = err?.token && err.token.input === source ? err.token : undefined;
  const cause = err?.originalError ?? e;
  const detail = (cause instanceof Error ? cause.message : String(cause)).replace(POSITION_SUFFIX, '');
  if (!token) {
    if (err && err.name === 'AssertionError' && /^parse length/.test(err.message)) {
      const message = `template is longer than ${parseLimit} characters`;
      return at('template/limit', message, source, parseLimit, source.length, {
        reason: 'too-long',
        limit: parseLimit,
      });
    }
    if (isLimit(cause)) return at('template/limit', `render stopped: ${detail}`, source, 0, 0, { reason: 'stopped' });
    return at('template/render', detail, source, 0, 0, { reason: 'render-failed' });
  }
  if (isLimit(cause)) {
    return at('template/limit', `render stopped: ${detail}`, source, token.begin, token.end, { reason: 'stopped' });
  }
  if (cause instanceof FilterFailure) {
    const { begin = token.begin, end = token.end } = cause;
    const message = detail.startsWith(cause.filter) ? detail : `${cause.filter}: ${detail}`;
    const params: Params = { reason: cause.reason ?? 'filter-failed', filter: cause.filter };
    if (cause.value !== undefined) params['value'] = cause.value;
    return at('template/render', message, source, begin, end, params);
  }
  switch (err?.name) {
    case 'UndefinedVariableError': {
      // NOTE: liquidjs names the variable only in its message; read it once here so nothing downstream scrapes.
      const variable = /^undefined variable: (\S+)/.exec(detail)?.[1] ?? detail;
      return { ...at('template/undefined-variable', detail, source, token.begin, token.end), variable };
    }
    case 'ParseError':
    case 'TokenizationError': {
      const [start, end] = unknownFilterRange(detail, token) ?? [token.begin, token.end];
      return at('template/parse', detail, source, start, end, parseReason(detail));
    }
    default:
      return at('template/render', detail, source, token.begin, token.end, { reason: 'render-failed' });
  }
}
