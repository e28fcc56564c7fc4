import { modelHits } from '../classifier/signals';
import { matchable, type Matchable } from '../match/matchable';
import { smsSegments, type SmsSegments } from '../sms/segments';

/** A rendered text normalised and segmented once for every output rule, and the classifier's signals on it. */
export interface PreparedText {
  text: Matchable;
  sms: SmsSegments;
  /** `modelHits` of the text, filled on first need */
  signals?: ReturnType<typeof modelHits>;
  /** the categories of those signals */
  reads?: ReadonlySet<string>;
}

/**
 * Texts prepared lately and met before that, least recently used first: the editor checks the same texts again
 * when only the samples or the meta change. A text is kept only once seen in an earlier check too, so typing (a new
 * text every check) keeps no maps alive.
 */
const recent = new Map<string, PreparedText>();
const RECENT = 16;
/** texts prepared once, oldest first */
const sighted = new Set<string>();
const SIGHTED = 32;

function prepare(text: string): PreparedText {
  const hit = recent.get(text);
  if (hit !== undefined) {
    recent.delete(text);
    recent.set(text, hit);
    return hit;
  }
  const prepared = { text: matchable(text), sms: smsSegments(text) };
  if (sighted.delete(text)) {
    recent.set(text, prepared);
    if (recent.size > RECENT) recent.delete(recent.keys().next().value!);
  } else {
    sighted.add(text);
    if (sighted.size > SIGHTED) sighted.delete(sighted.values().next().value!);
  }
  return prepared;
}

/** Distinct texts one check holds fully until its end: a check of thousands must not hold every text's maps. */
const HOLD = 64;

/** The rendered texts of one check, prepared once per distinct text (among the first HOLD). */
export class PreparedTexts {
  private readonly held = new Map<string, PreparedText>();

  get(text: string): PreparedText {
    const known = this.held.get(text);
    if (known !== undefined) return known;
    const prepared = prepare(text);
    if (this.held.size < HOLD) this.held.set(text, prepared);
    return prepared;
  }

  /** The classifier's signals on a prepared text (once per distinct text). */
  signals(prepared: PreparedText): ReturnType<typeof modelHits> {
    return (prepared.signals ??= modelHits(prepared.text));
  }

  /** The categories the classifier reads in a prepared text (its signals' categories). */
  reads(prepared: PreparedText): ReadonlySet<string> {
    return (prepared.reads ??= new Set(this.signals(prepared).map(({ rule }) => rule.category)));
  }

  /** Whether the check holds `prepared` fully anyway (so keeping it to the end costs nothing more). */
  keeps(prepared: PreparedText): boolean {
    return this.held.get(prepared.text.text) === prepared;
  }
}
