import { modelHits } from '../classifier/signals';
import { matchable, type Matchable } from '../match/matchable';
import { smsSegments, type SmsSegments } from '../sms/segments';

/** A rendered text normalised and segmented once for every output rule, and the classifier's signals on it. */
export interface PreparedText {
  text: Matchable;
  sms: SmsSegments;
  /** `modelHits` of the text, filled on first need */
  signals?: ReturnType<typeof modelHits>;
}

/**
 * Texts prepared lately, least recently used first: samples often render the same text (always, for plain text),
 * and the editor checks the same texts again when only the samples or the meta change.
 */
const recent = new Map<string, PreparedText>();
const RECENT = 16;

function prepare(text: string): PreparedText {
  const hit = recent.get(text);
  if (hit !== undefined) {
    recent.delete(text);
    recent.set(text, hit);
    return hit;
  }
  const prepared = { text: matchable(text), sms: smsSegments(text) };
  recent.set(text, prepared);
  if (recent.size > RECENT) recent.delete(recent.keys().next().value!);
  return prepared;
}

/** Distinct texts one check holds fully until its end: a check of thousands must not hold every text's maps. */
const HOLD = 64;

/** The rendered texts of one check, prepared once per distinct text. */
export class PreparedTexts {
  private readonly held = new Set<string>();

  get(text: string): PreparedText {
    const prepared = prepare(text);
    if (this.held.size < HOLD) this.held.add(text);
    return prepared;
  }

  /** The classifier's signals on a prepared text (once per distinct text). */
  signals(prepared: PreparedText): ReturnType<typeof modelHits> {
    return (prepared.signals ??= modelHits(prepared.text));
  }

  /** Whether the check holds `prepared` fully anyway (so keeping it to the end costs nothing more). */
  keeps(prepared: PreparedText): boolean {
    return this.held.has(prepared.text.text);
  }
}
