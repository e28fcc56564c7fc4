import { describe, expect, it } from 'vitest';
import type { RulePack } from '../../src/core/model';
import { diffPacks } from '../../src/ui/pack/pack-diff';
import {
  emptyPack,
  lines,
  setElements,
  setExamples,
  setParams,
  setSeverity,
  setTerms,
  touchedRules,
} from '../../src/ui/pack/pack-edit';

const AT = '2026-12-06T10:00:00+08:00';
const base = emptyPack('钱站法务规则包');
const strict = setSeverity(base, 'moralising-wording', { severity: 'error', reason: ' 从严 ', by: '李法务', at: AT });
const term = {
  id: 'org-threat',
  category: 'threat' as const,
  severity: 'error' as const,
  terms: ['挂墙头'],
  reason: '禁用',
};

describe('pack edits', () => {
  it('sets and clears a severity override with its trimmed reason, leaving no empty section', () => {
    expect(strict.overrides).toEqual({
      'moralising-wording': { severity: 'error', reason: '从严', by: '李法务', at: AT },
    });
    expect(setSeverity(strict, 'moralising-wording', undefined)).toEqual(base);
  });

  it('keeps own term lists sorted by id, replaces one with the same id and removes it', () => {
    const two = setTerms(setTerms(base, term), { ...term, id: 'org-insult', category: 'insult' });
    expect(two.terms?.map((t) => t.id)).toEqual(['org-insult', 'org-threat']);
    const replaced = setTerms(two, { ...term, terms: ['挂墙头', '示众'] });
    expect(replaced.terms?.find((t) => t.id === 'org-threat')?.terms).toEqual(['挂墙头', '示众']);
    expect(setTerms(setTerms(base, term), term, true)).toEqual(base);
  });

  it('drops blank lines and empty element lists, and the whole elements when none is left', () => {
    expect(lines(' a \n\n b\r\n')).toEqual(['a', 'b']);
    const p = setElements(base, { signatures: ['【钱站】', ' '], hotlines: [], reason: '登记' });
    expect(p.elements).toEqual({ signatures: ['【钱站】'], reason: '登记' });
    expect(setElements(p, { signatures: [], reason: '登记' })).toEqual(base);
  });

  it('sets params with a reason and own examples, and clears them', () => {
    const p = setExamples(setParams(base, 'length-segments', { maxSegments: 2 }, '运营商'), 'no-insults', {
      pass: ['您好'],
      fail: [''],
    });
    expect(p.params).toEqual({ 'length-segments': { maxSegments: 2, reason: '运营商' } });
    expect(p.examples).toEqual({ 'no-insults': { pass: ['您好'] } });
    expect(setExamples(setParams(p, 'length-segments', undefined), 'no-insults', {})).toEqual(base);
  });

  it('names the rules a pack touches: params, examples, own terms, required rules when elements are set', () => {
    const p: RulePack = {
      ...setTerms(setParams(strict, 'length-segments', { maxSegments: 2 }, 'r'), term),
      elements: { hotlines: ['400-888-0000'] },
      examples: { 'no-insults': { pass: ['您好'] } },
    };
    expect(touchedRules(p, ['inquiry-dispute-channel'])).toEqual([
      'inquiry-dispute-channel',
      'length-segments',
      'no-insults',
      'org-threat',
    ]);
    const off = setSeverity(p, 'no-insults', { severity: 'off', reason: 'r', by: 'b', at: AT });
    expect(touchedRules(off, [])).not.toContain('no-insults');
  });
});

describe('pack diff', () => {
  it('lists what was added, changed and removed with the newer reason, ignoring the revision number', () => {
    const before = setTerms(strict, term);
    const after = {
      ...setSeverity(before, 'moralising-wording', { severity: 'warning', reason: '放宽', by: '王', at: AT }),
      revision: 7,
      elements: { hotlines: ['400-888-0000'] },
    };
    const withoutTerm = setTerms(after, term, true);
    expect(diffPacks(before, withoutTerm).map((d) => [d.key, d.change, d.reason])).toEqual([
      ['overrides.moralising-wording', 'changed', '放宽'],
      ['terms.org-threat', 'removed', ''],
      ['elements', 'added', ''],
    ]);
    expect(diffPacks(before, { ...before, revision: 9 })).toEqual([]);
  });

  it('treats no pack as empty: every decision of the first pack is added', () => {
    expect(diffPacks(undefined, setTerms(strict, term)).map((d) => [d.key, d.change])).toEqual([
      ['overrides.moralising-wording', 'added'],
      ['terms.org-threat', 'added'],
    ]);
  });
});
