/**
 * Regex sources the safety check (regex-safety.ts) cannot judge — a backreference, a lookaround without a length
 * bound, syntax the reader does not know, recheck giving up — that a person proved linear by hand. Each entry is the
 * exact source and the proof in a sentence. A source recheck found vulnerable cannot be allowlisted. Keep it empty
 * whenever a bounded rewrite exists.
 */
export const UNJUDGED_ALLOWLIST: ReadonlyMap<string, string> = new Map<string, string>([]);
