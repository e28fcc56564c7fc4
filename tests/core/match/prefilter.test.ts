import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compiledRule } from '../../../src/core/rules/compiled';
import { defaultRuleset } from '../../../src/core/rules/defaults';
import { matchable } from '../../../src/core/match/matchable';
import { gateSlots, mayAnyMatchGate, prefilterSlots, runnableSlots } from '../../../src/core/match/prefilter';
import { requiredFactors } from '../../../src/core/match/regex-factors';
import {
  anyRegex,
  compileRegexes,
  findRegexes,
  mayAnyMatch,
  type CompiledRegex,
} from '../../../src/core/match/regexes';
import { loadRegexChecker } from '../../../src/core/match/regex-safety';

// NOTE: patterns with an unbounded loop are judged by the full checker, which adapters load on demand.
await loadRegexChecker();

const ruleset = defaultRuleset();

/** Every regex list of the pack's rules, as their kinds compiled them. */
const LISTS: CompiledRegex[][] = ruleset.rules.flatMap((rule) => {
  const c = compiledRule(rule)?.compiled as Record<string, unknown> | CompiledRegex[] | undefined;
  if (Array.isArray(c)) return [c];
  return Object.values(c ?? {}).filter(
    (v): v is CompiledRegex[] => Array.isArray(v) && v.every((r) => r instanceof Object && 're' in r),
  );
});
const SOURCES = LISTS.flat().map((r) => r.source);

const examples = ruleset.rules
  .flatMap((r) => [...r.examples.pass, ...r.examples.fail])
  .map((e) => (typeof e === 'string' ? e : e.source));
const PIECES = [
  ...new Set([
    ...SOURCES.flatMap((s) => s.split(/\\[pPk]\{[^}]*\}|\\.|[()[\]{}|?*+.^$!<=:]/)).filter((p) => p.length > 0),
    ...SOURCES.flatMap((s) => requiredFactors(s, 'gu') ?? []),
    ...examples.flatMap((e) => e.split(/(?<=[，。！？,.!?])/)),
  ]),
];
const FILLER = [
  ...'你您不会的了就将是在我们已经，。！？,. 0123456789abcxyz【】（）\n',
  '😀',
  '不会',
  '没有',
  '可能会',
  '如需',
];
const token = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...PIECES) },
  { weight: 2, arbitrary: fc.constantFrom(...FILLER) },
);
const texts = fc.array(token, { maxLength: 12 }).map((ts) => ts.join(''));

describe('the literal prefilter', () => {
  it('derives factors for most regexes of the pack (so it actually skips work)', () => {
    const derived = SOURCES.filter((s) => requiredFactors(s, 'gu') !== undefined).length;
    expect(derived / SOURCES.length).toBeGreaterThan(0.9);
  });

  it('finds exactly the hits of the unfiltered engine on texts made of the pack’s own literals and examples', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const m = matchable(text);
        for (const list of LISTS) {
          expect(findRegexes(list, m.norm, m.clauseStart)).toEqual(findRegexes(list, m.norm, m.clauseStart, false));
          expect(findRegexes(list, m.text)).toEqual(findRegexes(list, m.text, undefined, false));
          expect(anyRegex(list, m.norm)).toBe(findRegexes(list, m.norm, undefined, false).length > 0);
        }
      }),
      { numRuns: 600 },
    );
  });

  it('closes a flat gate exactly where mayAnyMatch does, and only on texts its regexes cannot match', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const m = matchable(text);
        for (const list of LISTS) {
          const gate = gateSlots([list]);
          const open = gate === undefined || mayAnyMatchGate(gate, runnableSlots(m.norm));
          expect(open).toBe(mayAnyMatch([list], m.norm));
          if (!open) expect(findRegexes(list, m.norm, undefined, false)).toEqual([]);
        }
      }),
      { numRuns: 600 },
    );
  });

  it('gives no flat gate to a list holding a regex without factors (it always runs)', () => {
    const { regexes } = compileRegexes(['家人', '\\p{Script=Han}{2}'], []);
    expect(gateSlots([regexes])).toBeUndefined();
    expect(mayAnyMatchGate(gateSlots([regexes.slice(0, 1)])!, runnableSlots('没有'))).toBe(false);
    expect(mayAnyMatchGate(gateSlots([regexes.slice(0, 1)])!, runnableSlots('您的家人'))).toBe(true);
  });

  it('reports every hit of every fail example, filtered or not', () => {
    let hits = 0;
    for (const text of examples) {
      const m = matchable(text);
      for (const list of LISTS) {
        const found = findRegexes(list, m.norm, m.clauseStart);
        expect(found).toEqual(findRegexes(list, m.norm, m.clauseStart, false));
        hits += found.length;
      }
    }
    expect(hits).toBeGreaterThan(0);
  });

  it('runs a regex compiled after a text was already scanned', () => {
    const text = '请添加专员微信号abcdef123处理';
    const first = compileRegexes(['上门'], []).regexes;
    expect(findRegexes(first, text)).toEqual([]);
    const later = compileRegexes(['微信号[a-z]+\\d+'], []).regexes;
    expect(findRegexes(later, text).map((s) => text.slice(s.start, s.end))).toEqual(['微信号abcdef123']);
    expect(anyRegex(later, text)).toBe(true);
  });

  it('shares slots between regexes with the same source and has none for regexes without factors', () => {
    expect(prefilterSlots('催收(?:费|服务费)', 'gu')).toBe(prefilterSlots('催收(?:费|服务费)', 'gu'));
    expect(prefilterSlots('\\p{Extended_Pictographic}', 'gu')).toBeUndefined();
  });

  it('skips a regex on a text that holds one of its factor sets but not another', () => {
    const [family] = compileRegexes(['(?:你|您)的?(?:家人|父母|亲友)\\p{Script=Han}{0,4}?(?:知道|收到)'], []).regexes;
    expect(family?.slots).toHaveLength(2);
    const text = '您的借款已逾期，请知悉';
    expect(findRegexes([family!], text)).toEqual([]);
    expect(findRegexes([family!], '您的家人都知道了').map((s) => s.start)).toEqual([0]);
  });
});
