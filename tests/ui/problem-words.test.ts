import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { formatProblem, formatProblemAt, problemsFromZod, type Problem } from '../../src/core/model';
import { PROBLEM_WORDS } from '../../src/core/problem-words';
import { parseJson } from '../../src/core/json/parse-json';
import { renderTemplate } from '../../src/core/render/render-template';

const LATIN_SENTENCE = /[A-Za-z]+(?:[\s,:;()]+[A-Za-z]+){2,}/;

const renderProblem = (source: string): Problem => {
  const r = renderTemplate(source, { borrower: { name: '张三' }, loan: { amount: 'abc' } });
  if (r.ok) throw new Error(`rendered: ${source}`);
  return r.problems[0] as Problem;
};

describe('formatProblem', () => {
  it('has the same keys in both languages', () => {
    for (const part of ['reasons', 'zod', 'types', 'codes'] as const) {
      expect(Object.keys(PROBLEM_WORDS.en[part]).sort()).toEqual(Object.keys(PROBLEM_WORDS.zh[part]).sort());
    }
  });

  it('words zod issues in Chinese with the JSON path, from their data', () => {
    const schema = z.strictObject({
      id: z.string(),
      n: z.number().min(3),
      kind: z.enum(['a', 'b']),
      list: z.array(z.string()),
    });
    const parsed = schema.safeParse({ n: 1, kind: 'c', list: 'x', extra: 1 });
    expect(parsed.success).toBe(false);
    const problems = problemsFromZod(parsed.error?.issues ?? [], 'import/invalid', 'w.json');
    const zh = problems.map((p) => formatProblemAt(p, 'zh'));
    expect(zh).toEqual(
      expect.arrayContaining([
        'w.json → id：缺少此项',
        'w.json → n：应不小于 3',
        'w.json → kind：应为以下之一："a" / "b"',
        'w.json → list：应为数组',
        'w.json → （整个文件）：不认识的字段：extra',
      ]),
    );
    expect(problems.map((p) => formatProblem(p, 'en'))).toContain('expected an array');
  });

  it('words render and parse errors from their reason and data, never from liquidjs’ English', async () => {
    const cases: [string, string][] = [
      ['{{ borrower.name | date_cn }}', '过滤器 date_cn 需要日期（如 2023-03-01），得到的是 "张三"'],
      ['{{ loan.amount | cny }}', '过滤器 cny 需要金额，得到的是 "abc"'],
      ['{{ borrower.name | nope }}', '未知的过滤器 nope'],
      ['{% if borrower.name %}x', '标签 {% if borrower.name %} 没有闭合'],
      ['{{ borrower.name ', '输出 {{ borrower.name  没有闭合（缺少 }}）'],
      ['{% frobnicate %}', '未知的标签 frobnicate'],
    ];
    for (const [source, expected] of cases) {
      const p = renderProblem(source);
      expect(formatProblem(p, 'zh'), source).toBe(expected);
      expect(formatProblem(p, 'zh')).not.toMatch(LATIN_SENTENCE);
    }
    expect(formatProblem(renderProblem('{{ borrower.name | date_cn }}'), 'en')).toBe(
      'date_cn expects a date like 2023-03-01, got "张三"',
    );
  });

  it('words JSON syntax errors and duplicate keys for any file kind', () => {
    const broken = parseJson('{\n "a": \n}', 'pack/json', 'p.json');
    const twice = parseJson('{"a": 1, "a": 2}', 'bundle/json');
    expect(broken.ok || twice.ok).toBe(false);
    if (!broken.ok)
      expect(formatProblemAt(broken.problems[0] as Problem, 'zh')).toBe('p.json → 第 3 行第 1 列：不是有效的 JSON');
    if (!twice.ok) expect(formatProblem(twice.problems[0] as Problem, 'zh')).toBe('键 “a” 出现了两次');
  });

  it('never shows core’s English message in Chinese, even for an unknown code', () => {
    expect(formatProblem({ code: 'future/thing', message: 'something went wrong here' }, 'zh')).toBe(
      '出现问题（future/thing）',
    );
    expect(formatProblem({ code: 'future/thing', message: 'something went wrong here' }, 'en')).toBe(
      'something went wrong here',
    );
    expect(formatProblem({ code: 'bundle/template-hash', message: 'x', params: { template: 't1' } }, 'zh')).toBe(
      '模板 “t1” 与其哈希不符：发布包生成后被改动过',
    );
  });
});
