import { describe, expect, it } from 'vitest';
import { auditBasis, hasPrimaryBasis, type AuditedRule } from '../../../src/core/rules/basis-audit';
import { defaultRuleset } from '../../../src/core/rules/defaults';
import {
  EVIDENCE_LABELS,
  INSTRUMENT_KINDS,
  INSTRUMENTS,
  instrumentOf,
  isPrimaryKind,
  WEAK_BASIS_NOTE,
} from '../../../src/core/rules/instruments';
import type { LegalBasis } from '../../../src/core/types';

const { rules, problems } = defaultRuleset();

const pipl: LegalBasis = { source: '《个人信息保护法》', article: '第6条', kind: 'law', label: 'V1' };
const blog: LegalBasis = { source: '催收冒充法务评论（chengmianhao.com）', kind: 'secondary', label: 'V2' };
const fdcpa: LegalBasis = { source: 'FDCPA（美国，对比参考）', article: '§ 1692e', kind: 'foreign', label: 'V2' };
const said: LegalBasis = { ...blog, note: `${WEAK_BASIS_NOTE}：仅有评论文章` };
const rule = (basis: LegalBasis[], extra: Partial<AuditedRule> = {}): AuditedRule => ({
  severity: 'warning',
  category: 'threat',
  basis,
  ...extra,
});
const codes = (r: AuditedRule) => auditBasis(r).map((i) => i.code);

describe('basis of the rules in rules/', () => {
  it('all load', () => {
    expect(problems).toEqual([]);
    expect(rules.length).toBeGreaterThanOrEqual(70);
  });

  it.each(rules.map((r) => [r.id, r] as const))('%s cites known instruments with kind, label and article', (_, r) => {
    expect(r.basis.length).toBeGreaterThanOrEqual(1);
    for (const b of r.basis) {
      expect(INSTRUMENT_KINDS).toContain(b.kind);
      expect(EVIDENCE_LABELS).toContain(b.label);
    }
    expect(auditBasis(r)).toEqual([]);
  });

  it('every rule but the weak-only ones rests on a primary instrument; those are never errors and say so', () => {
    const weak = rules.filter((r) => !hasPrimaryBasis(r.basis));
    expect(weak.map((r) => [r.id, r.severity])).toEqual([
      ['due-date-or-overdue-days', 'warning'],
      ['template-metadata-complete', 'info'],
      ['template-syntax', 'error'],
    ]);
    for (const r of weak) expect(r.basis.some((b) => b.note?.startsWith(WEAK_BASIS_NOTE))).toBe(true);
    // template-syntax judges the template as code (a parse error renders nothing), not the message's lawfulness
    expect(weak.filter((r) => r.severity === 'error').map((r) => r.category)).toEqual(['template']);
  });

  it('no rule rests only on blogs, one lender’s list or foreign law while blocking', () => {
    for (const r of rules.filter((x) => x.severity === 'error' && x.category !== 'template'))
      expect(
        r.basis.some((b) => isPrimaryKind(b.kind)),
        r.id,
      ).toBe(true);
  });
});

describe('the instrument table', () => {
  it('names each instrument once, with a kind, a label and an English gloss', () => {
    expect(new Set(INSTRUMENTS.map((i) => i.source)).size).toBe(INSTRUMENTS.length);
    for (const i of INSTRUMENTS) {
      expect(i.gloss.trim(), i.source).not.toBe('');
      expect(i.gloss, i.source).toMatch(/^[\x20-\x7e’“”—–]+$/);
    }
    expect(instrumentOf('《个人信息保护法》')?.gloss).toBe('Personal Information Protection Law');
  });

  it('gives carrier rules label P, design choices I, and statutes read in the mirror V1', () => {
    for (const i of INSTRUMENTS) {
      if (i.kind === 'carrier_rule') expect(i.label, i.source).toBe('P');
      if (i.kind === 'decision') expect(i.label, i.source).toBe('I');
      if (i.label === 'V1') expect(['law', 'regulation', 'judicial_interpretation'], i.source).toContain(i.kind);
    }
  });
});

describe('auditBasis', () => {
  it.each<[string, AuditedRule, string[]]>([
    ['a statute with its article', rule([pipl], { severity: 'error' }), []],
    [
      'an unknown instrument',
      rule([pipl, { source: '某公司内部规定', kind: 'law', label: 'V1', article: '1' }]),
      ['unknown-instrument'],
    ],
    ['a wrong kind', rule([{ ...pipl, kind: 'regulation' }]), ['kind-mismatch']],
    ['a wrong label', rule([{ ...pipl, label: 'V2' }]), ['label-mismatch']],
    [
      'a V1 statute without its article',
      rule([{ source: '《个人信息保护法》', kind: 'law', label: 'V1' }]),
      ['no-article'],
    ],
    ['only a blog, blocking, unsaid', rule([blog], { severity: 'error' }), ['weak-basis-error', 'weak-basis-unsaid']],
    ['only foreign law, a warning, unsaid', rule([fdcpa]), ['weak-basis-unsaid']],
    ['only a blog, a warning that says so', rule([said, fdcpa]), []],
    ['only a blog, blocking, even when said', rule([said], { severity: 'error' }), ['weak-basis-error']],
    [
      'a template rule on a design choice',
      rule([{ source: '合规设计推定', kind: 'decision', label: 'I', note: `${WEAK_BASIS_NOTE}：技术前提` }], {
        severity: 'error',
        category: 'template',
      }),
      [],
    ],
  ])('%s', (_, r, expected) => {
    expect(codes(r)).toEqual(expected);
  });
});
