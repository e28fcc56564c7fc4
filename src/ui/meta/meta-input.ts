/** A 24-hour time as typed (`9:00`, `09:00`, `0900`, `21：30`) as `HH:MM`, or undefined when it is none. */
export function parseClock(text: string): string | undefined {
  const t = text.normalize('NFKC').trim();
  const m = /^(\d{1,2}):?(\d{2})$/.exec(t);
  if (!m) return undefined;
  const [h, min] = [Number(m[1]), Number(m[2])];
  if (h > 23 || min > 59) return undefined;
  return `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`;
}

/** The daily cap bounds of the meta schema. */
export const CAP_MIN = 1;
export const CAP_MAX = 50;

/** A daily cap as typed: a whole number from 1 to 50, or undefined. */
export function parseCap(text: string): number | undefined {
  const t = text.normalize('NFKC').trim();
  if (!/^\d{1,3}$/.test(t)) return undefined;
  const n = Number(t);
  return n >= CAP_MIN && n <= CAP_MAX ? n : undefined;
}

/** Whether a send window starts before it ends (`HH:MM` compare as text). */
export const windowInOrder = (start: string, end: string): boolean => start < end;
