/** China Standard Time, UTC+08:00 all year (no daylight saving): send windows and days are counted in it. */
const OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;
const MINUTE_MS = 60 * 1000;

const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** Milliseconds since the epoch of an ISO date-time that names its offset (`2026-12-02T10:00+08:00`), else undefined. */
export function parseInstant(text: string): number | undefined {
  if (!ISO_WITH_OFFSET.test(text)) return undefined;
  const ms = Date.parse(text);
  return Number.isFinite(ms) ? ms : undefined;
}

/** An instant as `YYYY-MM-DDTHH:MM:SS+08:00` (milliseconds shown only when there are some). */
export function formatCst(ms: number): string {
  const iso = new Date(ms + OFFSET_MS).toISOString();
  const fraction = ms % 1000 === 0 ? '' : iso.slice(19, 23);
  return `${iso.slice(0, 19)}${fraction}+08:00`;
}

/** The calendar day (`YYYY-MM-DD`) of an instant in China Standard Time. */
export function cstDay(ms: number): string {
  return new Date(ms + OFFSET_MS).toISOString().slice(0, 10);
}

const minutes = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

export type WindowDecision =
  | { kind: 'now'; at: number }
  | { kind: 'later'; at: number; reason: 'window/before-start' | 'window/after-end' }
  | { kind: 'never'; reason: 'window/invalid' };

/**
 * When a message may go out at `at` under a send window `start`–`end` (HH:MM, China Standard Time; the window
 * includes `start` and ends before `end`, so 22:00 is outside a window ending at 22:00): now when inside; else the
 * next start (today before the window, tomorrow after it). A window that does not end after it starts sends never.
 */
export function sendWindow(window: { start: string; end: string }, at: number): WindowDecision {
  const start = minutes(window.start);
  const end = minutes(window.end);
  if (!(start < end)) return { kind: 'never', reason: 'window/invalid' };
  const local = at + OFFSET_MS;
  const midnight = local - (((local % DAY_MS) + DAY_MS) % DAY_MS);
  const now = (local - midnight) / MINUTE_MS;
  if (now >= start && now < end) return { kind: 'now', at };
  const before = now < start;
  const next = midnight + (before ? 0 : DAY_MS) + start * MINUTE_MS - OFFSET_MS;
  return { kind: 'later', at: next, reason: before ? 'window/before-start' : 'window/after-end' };
}
