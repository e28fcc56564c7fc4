import { matchable, type Matchable } from '../match/matchable';
import { smsSegments, type SmsSegments } from '../sms/segments';

/** A rendered text normalised and segmented once for every output rule. */
export interface PreparedText {
  text: Matchable;
  sms: SmsSegments;
}

/** Distinct texts kept: enough for the default samples; a check of thousands must not hold every text's maps. */
const KEEP = 64;

/**
 * Prepares rendered texts, once per distinct text among the first few: samples often render the same text
 * (always, for plain text), while a big generated sample set renders a new text per sample.
 */
export class PreparedTexts {
  private readonly known = new Map<string, PreparedText>();

  get(text: string): PreparedText {
    const hit = this.known.get(text);
    if (hit !== undefined) return hit;
    const prepared = { text: matchable(text), sms: smsSegments(text) };
    if (this.known.size < KEEP) this.known.set(text, prepared);
    return prepared;
  }

  /** Whether `prepared` is kept (so holding on to it costs nothing more). */
  keeps(prepared: PreparedText): boolean {
    return this.known.get(prepared.text.text) === prepared;
  }
}
