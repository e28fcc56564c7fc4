import { describe, expect, it } from 'vitest';
import { checkTemplate } from '../../../src/core/check/check-template';
import { formatFinding } from '../../../src/core/check/format-finding';
import { messageSources } from '../../../src/core/check/messages';
import { KINDS } from '../../../src/core/rules/kinds/index';
import { loadRuleset, type Ruleset } from '../../../src/core/rules/load';
import { base, patternRule, termsRule } from '../rules/fixtures/rules';
import { SAMPLE, SAMPLE_2 } from '../rules/fixtures/sample';

const samples = [SAMPLE, SAMPLE_2];
// NOTE: these are engine tests with test rulesets, so the classifier's model/<category> warnings are off
// (`classifier: false`); tests/core/classifier covers the model's findings.

function rules(files: Record<string, unknown>): Ruleset {
  const r = loadRuleset(Object.fromEntries(Object.entries(files).map(([id, f]) => [`rules/${id}.json`, f])));
  if (!r.ok) throw new Error(r.problems.map((p) => p.message).join('\n'));
  return r.value;
}

const insult = termsRule({ terms: ['老赖'], suggestions: { 老赖: '您' } });
const warnTerm = (term: string) => termsRule({ terms: [term] }, { severity: 'warning' });
const infoTerm = (term: string) => termsRule({ terms: [term] }, { severity: 'info' });
const pii = {
  ...base,
  kind: 'pii',
  category: 'privacy',
  params: { kinds: ['mobile'] },
  message: { zh: '号码{match}', en: 'number {match}' },
};

describe('checkTemplate', () => {
  it('merges the same literal hit across samples into one finding with every sample id', () => {
    const report = checkTemplate(
      { source: '{{ borrower.name }}，你这个老赖' },
      { classifier: false, ruleset: rules({ insult }), samples },
    );
    expect(report.findings).toHaveLength(1);
    const [f] = report.findings;
    expect(f?.sampleId).toBe('fixture-zhang');
    expect(f?.sampleIds).toEqual(['fixture-zhang', 'fixture-li']);
  });

  it('reports the exact source range of a hit in literal text, and output offsets of the first sample', () => {
    const source = '{{ borrower.name }}，你这个老 赖';
    const report = checkTemplate({ source }, { classifier: false, ruleset: rules({ insult }), samples });
    const f = report.findings[0];
    expect(source.slice(f?.sourceStart, f?.sourceEnd)).toBe('老 赖');
    expect(report.samples[0]?.text.slice(f?.start, f?.end)).toBe('老 赖');
    expect(f?.variable).toBeUndefined();
    expect(f?.suggest).toBe('您');
  });

  it('names the variable of a hit that comes from data and merges equal values', () => {
    const source = '请回电{{ borrower.phone }}';
    const report = checkTemplate({ source }, { classifier: false, ruleset: rules({ pii }), samples });
    expect(report.findings).toHaveLength(1);
    const f = report.findings[0];
    expect(f?.variable).toBe('borrower.phone');
    expect(f?.match).toBe('13800001234');
    expect(f?.sampleIds).toEqual(['fixture-zhang', 'fixture-li']);
    expect(source.slice(f?.sourceStart, f?.sourceEnd)).toBe('{{ borrower.phone }}');
  });

  it('merges hits from the same variable at the same place into one finding, whatever each sample holds', () => {
    const other = {
      ...SAMPLE_2,
      data: { ...SAMPLE_2.data, borrower: { ...SAMPLE_2.data.borrower, phone: '13900001111' } },
    };
    const report = checkTemplate(
      { source: '请回电{{ borrower.phone }}' },
      { classifier: false, ruleset: rules({ pii }), samples: [SAMPLE, other] },
    );
    expect(report.findings.map((f) => [f.variable, f.match, f.sampleIds])).toEqual([
      ['borrower.phone', '13800001234', ['fixture-zhang', 'fixture-li']],
    ]);
  });

  it('keeps the same variable printed at two places as two findings', () => {
    const report = checkTemplate(
      { source: '请回电{{ borrower.phone }}或{{ borrower.phone }}' },
      { classifier: false, ruleset: rules({ pii }), samples },
    );
    expect(report.findings.map((f) => f.sourceStart)).toEqual([3, 24]);
  });

  it('reports ids and data, and formatFinding words them in either language', () => {
    const ruleset = rules({ insult });
    const report = checkTemplate({ source: '老赖' }, { classifier: false, ruleset, samples });
    const f = report.findings[0]!;
    expect(f).toMatchObject({ ruleId: 'insult', messageId: 'insult', vars: { match: '老赖' } });
    expect(f).not.toHaveProperty('message');
    const source = messageSources(ruleset)[f.messageId];
    const zh = formatFinding(f, source, 'zh');
    const en = formatFinding(f, source, 'en');
    expect(zh.message).toContain('“老赖”');
    expect(en.message).toContain('“老赖”');
    expect(en.message).not.toBe(zh.message);
    expect(en.title).toBe('Test rule');
  });

  it('checks a plain-text message like a template', () => {
    const source = '【钱站】您好，老赖';
    const report = checkTemplate({ source }, { classifier: false, ruleset: rules({ insult }), samples });
    expect(report.samples.map((s) => s.text)).toEqual([source, source]);
    expect(report.samples[0]).toMatchObject({ segments: 1, encoding: 'UCS-2' });
    expect(report.findings.map((f) => [f.ruleId, source.slice(f.sourceStart, f.sourceEnd)])).toEqual([
      ['insult', '老赖'],
    ]);
  });

  it('turns a throwing rule into one internal problem naming it while other rules still run', () => {
    const rs = rules({ insult, boom: patternRule({ patterns: ['x'] }) });
    const kinds = {
      ...KINDS,
      pattern: {
        ...KINDS.pattern!,
        run: () => {
          throw new Error('kaput');
        },
      },
    };
    // 'x' in the text: a pattern rule whose regexes cannot match a text is not run at all (its gates)
    const report = checkTemplate({ source: '老赖x' }, { classifier: false, ruleset: rs, samples, kinds });
    expect(report.problems.map((p) => [p.code, p.ruleId])).toEqual([['internal', 'boom']]);
    expect(report.findings.map((f) => f.ruleId)).toEqual(['insult']);
    expect(report.verdict).toBe('block');
  });

  it('reports a Liquid syntax error as a problem, and as a finding when a syntax rule exists', () => {
    const syntax = { ...base, kind: 'variables', target: 'source', category: 'template', params: { check: 'syntax' } };
    const source = '您好{% if x %}';
    const report = checkTemplate({ source }, { classifier: false, ruleset: rules({ syntax, insult }), samples });
    expect(report.problems.map((p) => p.code)).toEqual(['template/parse']);
    expect(report.findings.map((f) => [f.ruleId, source.slice(f.start, f.end)])).toEqual([['syntax', '{% if x %}']]);
    expect(report.samples).toEqual([]);
    expect(report.verdict).toBe('block');
  });

  it('reports a sample missing a value as a warning for that sample and still checks its text', () => {
    const source = '受{{ agency.short_name }}委托：老赖';
    const report = checkTemplate({ source }, { classifier: false, ruleset: rules({ insult }), samples });
    const missing = report.findings.find((f) => f.ruleId === 'template/missing-value');
    expect(missing).toMatchObject({ severity: 'warning', target: 'source', sampleIds: ['fixture-zhang'] });
    expect(report.samples.map((s) => s.text)).toEqual(['受委托：老赖', '受示例催收委托：老赖']);
    expect(report.findings.find((f) => f.ruleId === 'insult')?.sampleIds).toEqual(['fixture-zhang', 'fixture-li']);
    expect(report.problems).toEqual([]);
  });

  it('blocks on a render limit problem', () => {
    const report = checkTemplate(
      { source: '{% for i in (1..100000000) %}{{ i }}{% endfor %}' },
      { classifier: false, ruleset: rules({ insult }), samples },
    );
    expect(report.problems.map((p) => p.code)).toContain('template/limit');
    expect(report.verdict).toBe('block');
  });

  it('stops rendering samples after the first one that hits a render limit', () => {
    const bomb = {
      ...SAMPLE_2,
      id: 'bomb',
      data: { ...SAMPLE_2.data, loan: { ...SAMPLE_2.data.loan, overdue_days: 100_000_000 } },
    };
    const later = { ...SAMPLE_2, id: 'later' };
    const source = '{% for i in (1..loan.overdue_days) %}{% endfor %}逾期{{ loan.overdue_days }}天';
    const report = checkTemplate(
      { source },
      { classifier: false, ruleset: rules({ insult }), samples: [SAMPLE, bomb, later] },
    );
    expect(report.samples.map((s) => s.sampleId)).toEqual(['fixture-zhang']);
    expect(report.problems.map((p) => [p.code, p.sampleId])).toEqual([['template/limit', 'bomb']]);
    expect(report.verdict).toBe('block');
  });

  it('reports invalid meta as meta/invalid and blocks', () => {
    const report = checkTemplate(
      { source: '您好', meta: { audience: 'nobody' as never } },
      { classifier: false, ruleset: rules({ insult }), samples },
    );
    expect(report.problems.map((p) => p.code)).toEqual(['meta/invalid']);
    expect(report.verdict).toBe('block');
  });

  it('reports the load problems of the ruleset it was given', () => {
    const r = loadRuleset({ 'rules/ok.json': insult, 'rules/bad.json': { nope: 1 } });
    const rs = r.ok ? r.value : r.partial!;
    const report = checkTemplate({ source: '您好' }, { classifier: false, ruleset: rs, samples });
    expect([...new Set(report.problems.map((p) => p.file))]).toEqual(['rules/bad.json']);
    expect(report.verdict).toBe('block');
  });

  it('skips a rule whose appliesTo audience does not include the template audience', () => {
    const rs = rules({ contactonly: termsRule({ terms: ['老赖'] }, { appliesTo: { audience: ['contact'] } }) });
    expect(checkTemplate({ source: '老赖' }, { classifier: false, ruleset: rs, samples }).findings).toEqual([]);
    const asContact = checkTemplate(
      { source: '老赖', meta: { audience: 'contact' } },
      { classifier: false, ruleset: rs, samples },
    );
    expect(asContact.findings.map((f) => f.ruleId)).toEqual(['contactonly']);
  });

  it('reports a meta audience hit on the rendered sample with its source range', () => {
    const audience = { ...base, kind: 'meta', target: 'meta', params: { check: 'audience', patterns: ['逾期'] } };
    const source = '{{ borrower.name }}已逾期';
    const report = checkTemplate(
      { source, meta: { audience: 'contact' } },
      { classifier: false, ruleset: rules({ audience }), samples },
    );
    expect(report.findings).toHaveLength(1);
    expect(report.findings[0]).toMatchObject({ target: 'output', sampleIds: ['fixture-zhang', 'fixture-li'] });
    expect(source.slice(report.findings[0]?.sourceStart, report.findings[0]?.sourceEnd)).toBe('逾期');
  });

  it('blocks when there is no sample to render', () => {
    const report = checkTemplate({ source: '您好' }, { classifier: false, ruleset: rules({ insult }), samples: [] });
    expect(report.problems.map((p) => p.code)).toEqual(['sample/none']);
    expect(report.verdict).toBe('block');
  });

  it('never throws, even on input that is not a template', () => {
    const report = checkTemplate(
      { source: undefined as never },
      { classifier: false, ruleset: rules({ insult }), samples },
    );
    expect(report.verdict).toBe('block');
    expect(report.problems.length).toBeGreaterThan(0);
  });

  it('sorts findings by severity, then position', () => {
    const rs = rules({ a: infoTerm('您好'), b: warnTerm('还款'), c: insult, d: warnTerm('尽快') });
    const report = checkTemplate({ source: '您好，请尽快还款，老赖' }, { classifier: false, ruleset: rs, samples });
    expect(report.findings.map((f) => f.ruleId)).toEqual(['c', 'd', 'b', 'a']);
  });
});

describe('checkTemplate verdict and score', () => {
  const rs = rules({
    e1: insult,
    e2: termsRule({ terms: ['坐牢'] }),
    e3: termsRule({ terms: ['滚'] }),
    e4: termsRule({ terms: ['蠢'] }),
    w1: warnTerm('催'),
    i1: infoTerm('您好'),
  });
  it.each([
    ['passes with 100', '谢谢', 'pass', 100],
    ['passes with an info finding costing 1', '您好', 'pass', 99],
    ['warns on a warning, costing 10 once per rule', '催催催', 'warn', 90],
    ['blocks on an error, costing 30', '老赖', 'block', 70],
    ['adds up distinct rules', '老赖坐牢，催', 'block', 30],
    ['floors the score at 0', '老赖坐牢滚蠢，催', 'block', 0],
  ])('%s', (_name, source, verdict, score) => {
    const report = checkTemplate({ source }, { classifier: false, ruleset: rs, samples });
    expect(report.verdict).toBe(verdict);
    expect(report.score).toBe(score);
  });

  it('explains which rules cost what', () => {
    const report = checkTemplate({ source: '老赖，催' }, { classifier: false, ruleset: rs, samples });
    expect(report.explanation).toEqual([
      { ruleId: 'e1', severity: 'error', cost: 30 },
      { ruleId: 'w1', severity: 'warning', cost: 10 },
    ]);
  });
});

describe('checks by stage', () => {
  it('checks an overdue message against overdue borrowers only, and says so when days overdue are not true', () => {
    const preDue = {
      ...SAMPLE_2,
      id: 'pre-due',
      data: { ...SAMPLE_2.data, loan: { ...SAMPLE_2.data.loan, overdue_days: -1 } },
    };
    const source = '【钱站】您的借款已逾期{{ loan.overdue_days }}天';
    const staged = checkTemplate({ source, meta: { audience: 'debtor', stage: 'D+7' } }, { samples: [SAMPLE, preDue] });
    expect(staged.samples.map((s) => s.sampleId)).toEqual([SAMPLE.id]);
    const unstaged = checkTemplate({ source, meta: { audience: 'debtor' } }, { samples: [SAMPLE, preDue] });
    const untrue = unstaged.findings.find((f) => f.ruleId === 'no-false-overdue-days');
    expect(untrue?.sampleIds).toEqual(['pre-due']);
    expect(untrue?.severity).toBe('error');
  });
});
