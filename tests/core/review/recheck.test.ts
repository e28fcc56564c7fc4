import { describe, expect, it } from 'vitest';
import { canReconfirm } from '../../../src/core/review/decisions';
import { compareRecheck, inputChange } from '../../../src/core/review/recheck';
import { findingId, findingKey, summarizeReport } from '../../../src/core/review/report-summary';
import type { Actor, Review } from '../../../src/core/review/schemas';
import type { Finding } from '../../../src/core/types';
import { finding, HASH_A, HASH_B, report, summary, version } from './fixtures';

const HASH_C = 'c'.repeat(64);
const reviewer: Actor = { name: '李四', role: 'reviewer' };
const codes = (r: { ok: boolean; problems?: { code: string }[] }): string[] =>
  (r.problems ?? []).map((p) => p.code).sort();

/** A literal hit in the output of sample s1, produced by source offsets 10–12. */
const lit = (over: Partial<Finding> = {}): Finding =>
  finding({ ruleId: 'tone-urgent', sourceStart: 10, sourceEnd: 12, sampleIds: ['s1'], ...over });
/** A hit printed from a variable: the match is the first sample's own value. */
const data = (over: Partial<Finding> = {}): Finding =>
  finding({ ruleId: 'pii-id', variable: 'borrower.id_number', sourceStart: 3, match: '110101…', ...over });

describe('inputChange', () => {
  it.each([
    [HASH_A, HASH_B, HASH_A, HASH_B, undefined],
    [HASH_A, HASH_B, HASH_A, HASH_C, 'samples'],
    [HASH_A, HASH_B, HASH_C, HASH_B, 'rules'],
    [HASH_A, HASH_B, HASH_C, HASH_C, 'rules_and_samples'],
  ])('approved (%s, %s), now (%s, %s) → %s', (r0, s0, r1, s1, expected) => {
    expect(inputChange({ rulesetHash: r0, samplesHash: s0 }, { rulesetHash: r1, samplesHash: s1 })).toBe(expected);
  });
});

describe('findingKey', () => {
  it('is the same when a known hit is shown by another first sample at other output offsets', () => {
    const a = lit();
    const b = lit({ sampleId: 's0', start: 14, end: 16, sampleIds: ['s0', 's1'] });
    expect(findingKey(b)).toBe(findingKey(a));
    expect(findingId(b)).not.toBe(findingId(a));
  });

  it('is the same for a data hit whose first sample (and so its match) changed', () => {
    expect(findingKey(data({ sampleId: 's0', match: '440301…' }))).toBe(findingKey(data()));
  });

  it.each<[string, Partial<Finding>]>([
    ['another rule', { ruleId: 'no-threat' }],
    ['another literal place', { sourceStart: 20, sourceEnd: 22 }],
    ['another severity', { severity: 'error' }],
  ])('differs for %s', (_name, over) => {
    expect(findingKey(lit(over))).not.toBe(findingKey(lit()));
  });

  it('keeps source findings apart by range and meta findings by their data, not by sample count', () => {
    const src = finding({ target: 'source', sampleId: undefined, start: 1, end: 3 });
    expect(findingKey({ ...src, start: 2 })).not.toBe(findingKey(src));
    const meta = finding({
      target: 'meta',
      start: undefined,
      end: undefined,
      vars: { value: '23:00', sampleCount: 3 },
    });
    expect(findingKey({ ...meta, vars: { value: '23:00', sampleCount: 9 } })).toBe(findingKey(meta));
    expect(findingKey({ ...meta, vars: { value: '21:00' } })).not.toBe(findingKey(meta));
  });
});

describe('compareRecheck', () => {
  const approved = summarizeReport(report([lit(), data()]));

  it.each<[string, Finding[], { same: boolean; newRules: string[]; after: string }]>([
    ['the same findings', [lit(), data()], { same: true, newRules: [], after: 'warn' }],
    [
      'a new sample showing the same hits first',
      [lit({ sampleId: 's0', start: 30, end: 32 }), data({ sampleId: 's0', match: '4403…' })],
      { same: true, newRules: [], after: 'warn' },
    ],
    ['a finding fewer, same verdict', [lit()], { same: true, newRules: [], after: 'warn' }],
    [
      'a hit at a new place',
      [lit(), data(), lit({ sourceStart: 40, sourceEnd: 42 })],
      {
        same: false,
        newRules: ['tone-urgent'],
        after: 'warn',
      },
    ],
    [
      'a new rule',
      [lit(), data(), finding({ ruleId: 'no-threat', sourceStart: 1 })],
      {
        same: false,
        newRules: ['no-threat'],
        after: 'warn',
      },
    ],
    ['no findings left: the verdict changed to pass', [], { same: false, newRules: [], after: 'pass' }],
    [
      'a warning now an error',
      [lit({ severity: 'error' }), data()],
      {
        same: false,
        newRules: ['tone-urgent'],
        after: 'block',
      },
    ],
  ])('%s', (_name, findings, expected) => {
    const d = compareRecheck(approved, report(findings));
    expect(d.same).toBe(expected.same);
    expect(d.newFindings.map((f) => f.ruleId)).toEqual(expected.newRules);
    expect(d.verdict).toEqual({ before: 'warn', after: expected.after });
  });

  it('counts a new template problem (a sample that does not render) as a difference', () => {
    const d = compareRecheck(
      approved,
      report([lit(), data()], { problems: [{ code: 'template/render', message: 'x' }] }),
    );
    expect(d).toMatchObject({ same: false, newProblems: 1 });
  });

  it('falls back to finding ids for a summary made before keys existed (the safe side)', () => {
    const { findingKeys: _keys, ...old } = approved;
    expect(compareRecheck(old, report([lit(), data()])).same).toBe(true);
    const moved = compareRecheck(old, report([lit({ sampleId: 's0', start: 30, end: 32 }), data()]));
    expect(moved.same).toBe(false);
  });
});

describe('canReconfirm', () => {
  const warned = report([lit()]);
  const v = version({ rulesetHash: HASH_A, samplesHash: HASH_B, report: summarizeReport(warned) });
  const approval: Review = {
    id: 'r2',
    versionId: v.id,
    templateId: v.templateId,
    status: 'approved',
    reviewer: '李四',
    decidedAt: '2024-05-01T10:00:00.000Z',
    note: '',
    justifications: [
      { ruleId: 'tone-urgent', text: '语气已核实' },
      { ruleId: 'gone-rule', text: '旧理由' },
    ],
    contentHash: HASH_A,
    reportSummary: summarizeReport(warned),
  };
  const newSamples = { rulesetHash: HASH_A, samplesHash: HASH_C };
  const base = { version: v, approval, recheck: warned, reviewer, now: newSamples };

  it('allows a same re-check under new samples and keeps the justifications still needed', () => {
    const r = canReconfirm(base);
    expect(r.ok && r.value.changed).toBe('samples');
    expect(r.ok && r.value.justifications).toEqual([{ ruleId: 'tone-urgent', text: '语气已核实' }]);
    expect(r.ok && r.value.summary.verdict).toBe('warn');
  });

  it('names what changed: the rules, or both', () => {
    const rules = canReconfirm({ ...base, now: { rulesetHash: HASH_C, samplesHash: HASH_B } });
    expect(rules.ok && rules.value.changed).toBe('rules');
    const both = canReconfirm({ ...base, now: { rulesetHash: HASH_C, samplesHash: HASH_C } });
    expect(both.ok && both.value.changed).toBe('rules_and_samples');
  });

  it.each<[string, Partial<typeof base>, string[]]>([
    ['nothing changed', { now: { rulesetHash: HASH_A, samplesHash: HASH_B } }, ['review/unchanged']],
    ['a writer', { reviewer: { name: '李四', role: 'writer' } }, ['review/not-reviewer']],
    ['no name', { reviewer: { name: ' ', role: 'reviewer' } }, ['review/anonymous']],
    ['the author', { reviewer: { name: '张三', role: 'reviewer' } }, ['review/self-approval']],
    ['not an approval', { approval: { ...approval, status: 'in_review' } }, ['review/not-approved']],
    ['an approval of another version', { approval: { ...approval, versionId: 't1@9' } }, ['review/not-approved']],
    ['a new finding', { recheck: report([lit(), lit({ ruleId: 'no-threat' })]) }, ['review/recheck-differs']],
    ['a changed verdict', { recheck: report([]) }, ['review/recheck-differs']],
    [
      'an error now',
      { recheck: report([lit({ severity: 'error' })]) },
      ['review/blocked', 'review/recheck-differs', 'review/recheck-differs'],
    ],
  ])('refuses %s', (_name, over, expected) => {
    expect(codes(canReconfirm({ ...base, ...over }))).toEqual(expected);
  });

  it('names the rule of each new finding', () => {
    const r = canReconfirm({ ...base, recheck: report([lit(), lit({ ruleId: 'no-threat' })]) });
    expect(r.ok ? [] : r.problems.map((p) => (p as { ruleId?: string }).ruleId)).toContain('no-threat');
  });
});

describe('summary', () => {
  it('keeps sample-independent keys alongside the ids', () => {
    expect(summarizeReport(report([lit()])).findingKeys).toEqual([findingKey(lit())]);
    expect(summary().findingKeys).toBeUndefined();
  });
});
