import { describe, expect, it } from 'vitest';
import { compileRegexes } from '../../../src/core/match/regexes';
import { loadRegexChecker, regexVerdict } from '../../../src/core/match/regex-safety';

await loadRegexChecker();
import { loadRuleset } from '../../../src/core/rules/load';
import { patternRule } from '../rules/fixtures/rules';

describe('regexVerdict', () => {
  it.each([
    ['a loop tried from every digit of a run', '\\d+元'],
    ['overlapping adjacent loops', '\\d*\\d*元'],
    ['nested loops', '(?:a|a)*b'],
    ['a loop over a class that holds the next character', '[零壹贰]*[壹贰]元'],
    ['the old amount pattern', '\\d[\\d,]*(?:\\.\\d+)?\\s*(?:元|块|rmb|人民币)'],
    ['a loop after a bounded gap that reaches into it', '(?:共享|同步).{0,14}?\\d+家'],
  ])('rejects %s as judged: /%s/', (_label, src) => {
    expect(regexVerdict(src, 'gu')).toMatchObject({ safe: false, judged: true });
  });

  it.each([
    ['literal alternatives', '(?:上门|家访|拜访)'],
    ['bounded gaps with leading guards', '(?<!(?:不会|不得)[^就将]{0,12})(?:上门|家访)\\p{Script=Han}{0,4}?(?:催收)'],
    ['a loop behind a literal', '(?:[¥￥]|rmb|人民币)\\s*[\\d０-９]'],
    ['a loop whose class excludes what follows', '逾期(?:\\d+|[一二三]+)天'],
    ['bounded English words before a stop', "(?:[a-z'’]{1,20}\\s){0,5}?(?:contacts|family)"],
  ])('accepts %s: /%s/', (_label, src) => {
    expect(regexVerdict(src, 'gu')).toMatchObject({ safe: true });
  });

  it.each([
    ['a backreference', '(a)\\1'],
    ['a lookbehind without a length bound', '(?<!不会.*)上门'],
    ['a lookahead without a length bound', '上门(?!.*不会)'],
    [
      'a loop in an alternative too large for recheck',
      `(?:${Array.from({ length: 80 }, (_, i) => `词${i}`).join('|')})\\d+天`,
    ],
  ])('does not judge %s and treats it as unsafe', (_label, src) => {
    expect(regexVerdict(src, 'gu')).toMatchObject({ safe: false, judged: false });
  });

  it('rejects a loop-free regex with too many ways per position', () => {
    expect(regexVerdict('(?:a|a|a|a){0,12}b', 'gu')).toMatchObject({ safe: false, judged: true });
  });
});

describe('compileRegexes', () => {
  it('drops an unsafe regex with a fatal rule/unsafe-regex issue naming its JSON path', () => {
    const r = compileRegexes(['上门', '\\d+元'], ['params', 'patterns']);
    expect(r.regexes.map((x) => x.source)).toEqual(['上门']);
    expect(r.issues).toEqual([
      expect.objectContaining({ code: 'rule/unsafe-regex', path: ['params', 'patterns', 1], fatal: true }),
    ]);
  });
});

describe('loadRuleset', () => {
  it('reports an unsafe pattern in a rule file at its path and keeps the other rules', () => {
    const r = loadRuleset({
      'rules/slow.json': patternRule({ patterns: ['老赖', '(?:a|a)*b'] }),
      'rules/fine.json': patternRule({ patterns: ['老赖'] }),
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toEqual([
      expect.objectContaining({ code: 'rule/unsafe-regex', file: 'rules/slow.json', path: ['params', 'patterns', 1] }),
    ]);
    expect(r.partial?.rules.map((x) => x.id)).toEqual(['fine']);
  });
});
