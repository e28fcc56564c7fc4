import { lawfulFrames } from './lawful-frames';
import type { Matchable } from './matchable';
import { quotedMentions } from './quoted-mentions';
import { covers, type Span } from './spans';

const EXCUSED = new WeakMap<Matchable, readonly Span[]>();

/**
 * The ranges of the original text that lawful wording excuses for every rule (quoted scam words whose mention cue
 * stands outside the quote, lawful frames), read once per text however many rules hit it.
 */
export function excusedSpans(text: Matchable): readonly Span[] {
  let spans = EXCUSED.get(text);
  if (spans === undefined) EXCUSED.set(text, (spans = [...quotedMentions(text.text), ...lawfulFrames(text.text)]));
  return spans;
}

/** Whether a range of the original text lies inside an excused span. */
export const isExcused = (text: Matchable, range: Span): boolean => excusedSpans(text).some((m) => covers(m, range));
