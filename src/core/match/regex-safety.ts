import { parseRegex, printRegex, RegexSyntaxError, type RegexNode } from './regex-ast';
import { positionCost } from './regex-cost';
import { hasBackref, lastChars, lookarounds, nullable, unbounded } from './regex-shape';
import { UNJUDGED_ALLOWLIST } from './regex-allowlist';
import { seededAsSafe } from './regex-facts';

/** Why a regex is not proved linear; `judged: false` when the checker could not decide (see the allowlist). */
export type RegexVerdict = { safe: true; allowlisted?: string } | { safe: false; judged: boolean; reason: string };

/** At most this many steps to try a loop-free part from one position (a constant factor per position). */
export const STEP_CAP = 1_000_000;
/**
 * recheck's automaton slows down sharply with pattern size and bounded repeats (it chooses fuzzing beyond 30 repeat
 * counts itself): larger units with a loop are not handed to it, so a verdict never depends on the machine's speed.
 * The timeout is only a safety net. The default pack has no loop at all: its repeats are bounded.
 */
const RECHECK_MAX_CHARS = 300;
const RECHECK_MAX_REPEATS = 30;
const RECHECK_TIMEOUT_MS = 2_000;

const cache = new Map<string, RegexVerdict>();
/** verdicts of the parts (lookarounds, alternatives) by their text: a pack repeats its negation guards a lot */
const parts = new Map<string, RegexVerdict>();

function part(partKey: string, judgePart: () => RegexVerdict): RegexVerdict {
  const key = `${checkSync ? 'R' : 'N'}${partKey}`;
  let v = parts.get(key);
  if (!v) parts.set(key, (v = judgePart()));
  return v;
}
type CheckSync = typeof import('recheck/lib/browser.js').checkSync;
let checkSync: CheckSync | undefined;

/**
 * Loads recheck (≈ 2.8 MB of JS) for patterns with an unbounded loop. The default pack has none (its repeats are
 * bounded), so nothing loads it at start-up; an adapter awaits this before loading rules a person wrote (a pack's
 * own rules, `--rules`). Without it such a pattern is not judged and is refused (`rule/unsafe-regex`): fail closed.
 */
export async function loadRegexChecker(): Promise<void> {
  if (checkSync) return;
  const recheck = await import('recheck/lib/browser.js');
  checkSync = recheck.checkSync ?? (recheck as unknown as { default: { checkSync: CheckSync } }).default.checkSync;
}

const unjudged = (reason: string): RegexVerdict => ({ safe: false, judged: false, reason });

/** The alternatives the engine tries one after another from each position; their costs add up. */
function units(n: RegexNode): RegexNode[] {
  if (n.type === 'alt') return n.branches.flatMap(units);
  if (n.type === 'seq') {
    const real = n.items.filter((i) => !(i.type === 'group' && i.look));
    if (real.length === 1) return units(real[0]!);
  }
  if (n.type === 'group' && !n.look) return units(n.body);
  return [n];
}

const isWideRepeat = (n: RegexNode): boolean =>
  n.type === 'repeat' ? n.max > 1 || isWideRepeat(n.body) : n.type === 'group' ? isWideRepeat(n.body) : false;
const hasWideRepeat = (n: RegexNode): boolean =>
  isWideRepeat(n) ||
  (n.type === 'seq' && n.items.some(hasWideRepeat)) ||
  (n.type === 'alt' && n.branches.some(hasWideRepeat)) ||
  (n.type === 'group' && !n.look && hasWideRepeat(n.body));

/**
 * The regex recheck judges for one unit with a loop: its loop-free prefix B is replaced by the characters B can end
 * with (the loop part can only start right after one of them, from at most |B|·paths(B) starts), or dropped when
 * B can be empty. Only done when B holds a bounded repeat, which makes recheck's automaton slow.
 */
function loopUnit(src: string, unit: RegexNode): string {
  const items = unit.type === 'seq' ? unit.items : [unit];
  const first = items.findIndex(unbounded);
  const head = items.slice(0, first);
  const prefix: RegexNode = { type: 'seq', start: 0, end: 0, items: head, empty: head.every((i) => i.empty) };
  const rest = items
    .slice(first)
    .map((i) => printRegex(src, i))
    .join('');
  if (!hasWideRepeat(prefix)) return printRegex(src, prefix) + rest;
  if (nullable(prefix)) return rest;
  const ends = [...new Set(lastChars(prefix).map((c) => src.slice(c.start, c.end)))];
  return `(?:${ends.join('|')})${rest}`;
}

/** The sum of the upper bounds of the bounded repeats wider than one (`?` is not counted). */
const repeatCounts = (n: RegexNode): number => {
  const own = n.type === 'repeat' && n.max > 1 && n.max !== Infinity ? n.max : 0;
  if (n.type === 'alt') return n.branches.reduce((s, b) => s + repeatCounts(b), 0);
  if (n.type === 'seq') return n.items.reduce((s, i) => s + repeatCounts(i), 0);
  return n.type === 'group' || n.type === 'repeat' ? own + repeatCounts(n.body) : 0;
};

function judgeUnit(src: string, unit: RegexNode, flags: string): RegexVerdict {
  if (!unbounded(unit)) {
    return positionCost(src, unit, flags, STEP_CAP) <= STEP_CAP
      ? { safe: true }
      : { safe: false, judged: true, reason: `/${printRegex(src, unit)}/ takes over ${STEP_CAP} steps per position` };
  }
  const source = loopUnit(src, unit);
  if (source.length > RECHECK_MAX_CHARS || repeatCounts(parseRegex(source)) > RECHECK_MAX_REPEATS)
    return unjudged(`/${source}/ is too large for recheck: bound its loops ({1,n}) so the step bound applies`);
  if (!checkSync) {
    // NOTE: the caches key on whether the checker is loaded, so this verdict is replaced once it is.
    return {
      safe: false,
      judged: false,
      reason: `/${source}/ has an unbounded loop: bound it ({1,n}), or load the regex checker`,
    };
  }
  const d = checkSync(source, flags, { checker: 'automaton', timeout: RECHECK_TIMEOUT_MS });
  if (d.status === 'safe') return { safe: true };
  if (d.status === 'unknown') return unjudged(`recheck cannot judge /${source}/: ${d.error.kind}`);
  return {
    safe: false,
    judged: true,
    reason: `/${source}/ backtracks ${d.complexity.summary} (e.g. ${JSON.stringify(d.attack.pattern)})`,
  };
}

function judge(src: string, flags: string): RegexVerdict {
  let tree: RegexNode;
  try {
    tree = parseRegex(src);
  } catch (e) {
    if (e instanceof RegexSyntaxError) return unjudged(e.message);
    throw e;
  }
  if (hasBackref(tree)) return unjudged('backreferences are not judged');
  for (const look of lookarounds(tree)) {
    if (look.type !== 'group') continue;
    const body = src.slice(look.start, look.end);
    const v = part(`${flags}/look/${body}`, () => {
      if (unbounded(look.body)) return unjudged(`lookaround ${body} has no length bound (write {0,n})`);
      return positionCost(src, look.body, flags, STEP_CAP) > STEP_CAP
        ? { safe: false, judged: true, reason: `lookaround ${body} takes over ${STEP_CAP} steps` }
        : { safe: true };
    });
    if (!v.safe) return v;
  }
  for (const unit of units(tree)) {
    const v = part(`${flags}/unit/${src.slice(unit.start, unit.end)}`, () => judgeUnit(src, unit, flags));
    if (!v.safe) return v;
  }
  return { safe: true };
}

/**
 * Whether the scan of `/source/flags` over any text takes linear time in a backtracking engine.
 * Lookarounds must have bounded bodies (constant work wherever they run) and are then left out; the rest is split
 * into the alternatives tried from each position: loop-free ones are linear by construction (≤ STEP_CAP steps per
 * position, regex-cost.ts), the others are judged by recheck's automaton checker. A source the checker cannot judge is unsafe unless the
 * allowlist (regex-allowlist.ts) holds it with a reason. Cached per flags and source.
 */
export function regexVerdict(source: string, flags = 'u'): RegexVerdict {
  const f = flags.replace(/[gyd]/g, '');
  const key = `${checkSync ? 'R' : 'N'}${f}/${source}`;
  let v = cache.get(key);
  if (!v && seededAsSafe(source, f)) cache.set(key, (v = { safe: true }));
  if (!v) {
    v = judge(source, f);
    if (!v.safe && !v.judged) {
      const reason = UNJUDGED_ALLOWLIST.get(source);
      if (reason !== undefined) v = { safe: true, allowlisted: reason };
    }
    cache.set(key, v);
  }
  return v;
}
