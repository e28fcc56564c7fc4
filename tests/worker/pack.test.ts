import { describe, expect, it } from 'vitest';
import { defaultRuleset, rulesetHash } from '../../src/core/index';
import { createHandler } from '../../src/worker/handler';
import type { ExampleResult, PackPreview, RulesInfo, WorkerResponse } from '../../src/worker/protocol';

const AT = '2026-12-06T10:00:00+08:00';
const base = { packVersion: 1, name: '钱站法务规则包', revision: 1 };
const LAWFUL =
  '{{ platform.signature }}{{ borrower.name | surname }}{{ borrower.gender | honorific }}您好，您的借款已逾期{{ loan.overdue_days }}天，应还{{ loan.amount_due | cny }}，请仅在{{ platform.app_name }}还款。疑问请致电{{ platform.hotline }}，如已还款请忽略。';
const MORAL = `${LAWFUL}欠债还钱天经地义。`;
const stricter = {
  ...base,
  overrides: { 'moralising-wording': { severity: 'error', reason: '本机构从严', by: '李法务', at: AT } },
};
const ownTerm = {
  ...base,
  terms: [{ id: 'org-no-wall', category: 'threat', severity: 'error', terms: ['挂墙头'], reason: '本机构禁用' }],
};

const asRules = (r: WorkerResponse): RulesInfo => {
  if (r.type !== 'rules') throw new Error(`expected rules, got ${r.type}: ${JSON.stringify(r)}`);
  return structuredClone(r.rules);
};
const asPreview = (r: WorkerResponse): PackPreview => {
  if (r.type !== 'preview') throw new Error(`expected preview, got ${r.type}`);
  return structuredClone(r.preview);
};
const asExamples = (r: WorkerResponse): { results: ExampleResult[]; problems: unknown[] } => {
  if (r.type !== 'examples') throw new Error(`expected examples, got ${r.type}`);
  return structuredClone(r);
};
async function verdictOf(handle: ReturnType<typeof createHandler>, source: string): Promise<string> {
  const r = await handle({ id: 0, type: 'check', source, meta: { audience: 'debtor', stage: 'D+3' } });
  if (r.type !== 'check') throw new Error(r.type);
  return r.report.verdict;
}

describe('worker rule pack requests', () => {
  it('lists every repo rule with its default and effective severity, basis and own examples', async () => {
    const info = asRules(await createHandler()({ id: 1, type: 'rules' }));
    const repo = defaultRuleset();
    expect(info.rules.map((r) => r.id)).toEqual(repo.rules.map((r) => r.id));
    const moral = info.rules.find((r) => r.id === 'moralising-wording');
    expect(moral).toMatchObject({ defaultSeverity: 'warning', severity: 'warning', origin: 'repo', target: 'output' });
    expect(moral?.basis[0]?.source).toBeTruthy();
    expect(moral?.examples.fail.length).toBeGreaterThanOrEqual(2);
    expect(info.rulesetHash).toBe(await rulesetHash(repo));
    expect(info.pack).toBeUndefined();
  });

  it('checks with a pack from a pack request: a warning rule made an error blocks, and the hash changes', async () => {
    const handle = createHandler();
    expect(await verdictOf(handle, MORAL)).toBe('warn');
    const before = asRules(await handle({ id: 1, type: 'rules' })).rulesetHash;
    const info = asRules(await handle({ id: 2, type: 'pack', pack: JSON.stringify(stricter) }));
    expect(info.problems).toEqual([]);
    expect(info.rulesetHash).not.toBe(before);
    expect(info.pack?.name).toBe('钱站法务规则包');
    expect(info.rules.find((r) => r.id === 'moralising-wording')).toMatchObject({
      defaultSeverity: 'warning',
      severity: 'error',
    });
    expect(await verdictOf(handle, MORAL)).toBe('block');
    const catalog = await handle({ id: 3, type: 'catalog' });
    expect(catalog.type === 'catalog' && catalog.catalog.rulesetHash).toBe(info.rulesetHash);
  });

  it('lists a rule the pack turned off as off and reports none of its findings', async () => {
    const handle = createHandler();
    const off = {
      ...base,
      overrides: { 'moralising-wording': { severity: 'off', reason: '不适用', by: '李法务', at: AT } },
    };
    const info = asRules(await handle({ id: 1, type: 'pack', pack: off }));
    expect(info.rules.find((r) => r.id === 'moralising-wording')?.severity).toBe('off');
    expect(info.ruleCount).toBe(defaultRuleset().rules.length - 1);
    const r = await handle({ id: 2, type: 'check', source: MORAL });
    expect(r.type === 'check' && r.report.findings.filter((f) => f.ruleId === 'moralising-wording')).toEqual([]);
  });

  it('checks own banned terms as rules of the pack, with their words in the messages', async () => {
    const handle = createHandler();
    const info = asRules(await handle({ id: 1, type: 'pack', pack: ownTerm }));
    expect(info.rules.find((r) => r.id === 'org-no-wall')).toMatchObject({ origin: 'pack', severity: 'error' });
    expect(info.rules.find((r) => r.id === 'org-no-wall')?.defaultSeverity).toBeUndefined();
    expect(info.messages['org-no-wall']?.title.zh).toBeTruthy();
    const source = '【钱站】您再不还款就把您挂墙头';
    const r = await handle({ id: 2, type: 'check', source });
    if (r.type !== 'check') throw new Error(r.type);
    const hit = r.report.findings.find((f) => f.ruleId === 'org-no-wall');
    expect(hit && source.slice(hit.sourceStart, hit.sourceEnd)).toBe('挂墙头');
  });

  it('refuses a pack that does not parse, keeps the rules it had and says where the error is', async () => {
    const handle = createHandler();
    asRules(await handle({ id: 1, type: 'pack', pack: stricter }));
    const r = await handle({ id: 2, type: 'pack', pack: '{\n  "packVersion": 1,\n  oops\n}' });
    expect(r.type).toBe('error');
    if (r.type === 'error') expect(r.problems[0]).toMatchObject({ code: 'pack/json', line: 3 });
    expect(await verdictOf(handle, MORAL)).toBe('block');
  });

  it('answers what could not apply by JSON path and still applies the rest', async () => {
    const handle = createHandler();
    const pack = {
      ...stricter,
      params: { 'length-segments': { maxSegments: -1, reason: '运营商限制' } },
    };
    const info = asRules(await handle({ id: 1, type: 'pack', pack }));
    expect(info.problems.map((p) => [p.code, p.path?.slice(0, 3)])).toEqual([
      ['pack/invalid-param', ['params', 'length-segments', 'maxSegments']],
    ]);
    expect(info.rules.find((r) => r.id === 'moralising-wording')?.severity).toBe('error');
  });

  it('goes back to the repo rules and their hash with a null pack', async () => {
    const handle = createHandler();
    asRules(await handle({ id: 1, type: 'pack', pack: stricter }));
    const info = asRules(await handle({ id: 2, type: 'pack', pack: null }));
    expect(info.rulesetHash).toBe(await rulesetHash(defaultRuleset()));
    expect(await verdictOf(handle, MORAL)).toBe('warn');
  });

  it('previews verdicts under a candidate pack without switching to it', async () => {
    const handle = createHandler();
    const templates = [
      { id: 'moral', source: MORAL, meta: { audience: 'debtor' as const, stage: 'D+3' } },
      { id: 'plain', source: LAWFUL, meta: { audience: 'debtor' as const, stage: 'D+3' } },
    ];
    const preview = asPreview(await handle({ id: 1, type: 'preview', pack: stricter, templates }));
    expect(preview.problems).toEqual([]);
    const moral = preview.results.find((r) => r.id === 'moral');
    expect([moral?.before.verdict, moral?.after.verdict]).toEqual(['warn', 'block']);
    const plain = preview.results.find((r) => r.id === 'plain');
    expect(plain?.before.verdict).toBe(plain?.after.verdict);
    const switched = asRules(await handle({ id: 2, type: 'pack', pack: stricter }));
    expect(preview.rulesetHash).toBe(switched.rulesetHash);
    asRules(await handle({ id: 3, type: 'pack', pack: null }));
    expect(await verdictOf(handle, MORAL)).toBe('warn');
  });

  it('previews a candidate that does not parse as its problems and no results', async () => {
    const preview = asPreview(
      await createHandler()({
        id: 1,
        type: 'preview',
        pack: { ...base, extra: 1 },
        templates: [{ id: 'a', source: 'x' }],
      }),
    );
    expect(preview.rulesetHash).toBeUndefined();
    expect(preview.results).toEqual([]);
    expect(preview.problems.map((p) => p.code)).toContain('pack/invalid');
  });

  it('passes every own example of a rule and of an own term rule', async () => {
    const handle = createHandler();
    const repo = asExamples(await handle({ id: 1, type: 'examples', ruleIds: ['moralising-wording', 'no-insults'] }));
    expect(repo.results.length).toBeGreaterThan(8);
    expect(repo.results.filter((r) => !r.ok)).toEqual([]);
    const own = asExamples(await handle({ id: 2, type: 'examples', ruleIds: ['org-no-wall'], pack: ownTerm }));
    expect(own.results.length).toBeGreaterThan(2);
    expect(own.results.every((r) => r.ok)).toBe(true);
  });

  it('reports the example a candidate pack makes fail, under the candidate only', async () => {
    const handle = createHandler();
    const pack = { ...base, examples: { 'moralising-wording': { pass: ['【钱站】欠债还钱天经地义。'] } } };
    const run = asExamples(await handle({ id: 1, type: 'examples', ruleIds: ['moralising-wording'], pack }));
    const failing = run.results.filter((r) => !r.ok);
    expect(failing.map((r) => [r.expect, r.source])).toEqual([['pass', '【钱站】欠债还钱天经地义。']]);
    expect(failing[0]?.hits).toBeGreaterThan(0);
    const active = asExamples(await handle({ id: 2, type: 'examples', ruleIds: ['moralising-wording'] }));
    expect(active.results.every((r) => r.ok)).toBe(true);
  });
});
