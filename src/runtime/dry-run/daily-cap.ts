import { PhoneCounts } from './phone-counts';

/**
 * Messages planned per phone per day (China Standard Time). Holds one entry per phone and day that got a message,
 * so its memory grows with the distinct phones of a run (≈ 24 bytes each: see PhoneCounts), not with its rows.
 */
export class DailyCap {
  readonly #days = new Map<string, PhoneCounts>();

  /** Takes one message for `phone` on `day` when fewer than `max` are planned there; false when the cap is reached. */
  take(phone: string, day: string, max: number): boolean {
    let counts = this.#days.get(day);
    if (!counts) this.#days.set(day, (counts = new PhoneCounts()));
    return counts.addBelow(phone, max);
  }
}

/** A phone number as the cap counts it: digits only, without a leading +86 / 0086. */
export function phoneKey(phone: string): string {
  const digits = phone.replace(/[\s()-]/g, '');
  return digits.replace(/^(?:\+|00)86(?=1\d{10}$)/, '');
}

/** `138****1234` for a mainland mobile; otherwise the first 3 and last 4 characters kept when 8 or more, else all masked. */
export function maskPhone(phone: string): string {
  const key = phoneKey(phone);
  if (key.length >= 8) return `${key.slice(0, 3)}${'*'.repeat(key.length - 7)}${key.slice(-4)}`;
  return '*'.repeat(key.length);
}
