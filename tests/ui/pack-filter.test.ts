import { describe, expect, it } from 'vitest';
import { filterRules, instruments, NO_FILTER } from '../../src/ui/pack/rule-filter';
import type { RuleInfo } from '../../src/worker/protocol';

const civilCode = { source: '《民法典》', kind: 'law', label: 'V1' } as const;
const convention = { source: '自律公约', kind: 'self_regulatory', label: 'V2' } as const;
const rule = (id: string, extra: Partial<RuleInfo>): RuleInfo => ({
  id,
  title: { zh: id, en: id },
  message: { zh: 'm', en: 'm' },
  category: 'insult',
  kind: 'pattern',
  target: 'output',
  basis: [civilCode],
  defaultSeverity: 'warning',
  severity: 'warning',
  origin: 'repo',
  params: {},
  examples: { pass: [], fail: [] },
  ...extra,
});
const rules = [
  rule('no-insults', {
    severity: 'error',
    params: { patterns: ['老赖'] },
    title: { zh: '禁止侮辱', en: 'No insults' },
  }),
  rule('moralising-wording', { basis: [civilCode, { ...convention, article: '第16条' }] }),
  rule('send-window', { category: 'policy', severity: 'off', basis: [convention] }),
];
const ids = (f: Partial<typeof NO_FILTER>) => filterRules(rules, { ...NO_FILTER, ...f }).map((r) => r.id);

describe('rule catalog filters', () => {
  it('finds rules by words in their title, id, basis or params (e.g. a banned term)', () => {
    expect(ids({ query: '老赖' })).toEqual(['no-insults']);
    expect(ids({ query: 'INSULTS' })).toEqual(['no-insults']);
    expect(ids({ query: '第16条' })).toEqual(['moralising-wording']);
    expect(ids({ query: '民法典 公约' })).toEqual(['moralising-wording']);
    // an instrument by its English gloss (the English UI shows it next to the Chinese name)
    expect(ids({ query: 'civil code' })).toEqual(['no-insults', 'moralising-wording']);
  });

  it('filters by category, effective severity (off included) and source instrument', () => {
    expect(ids({ category: 'policy' })).toEqual(['send-window']);
    expect(ids({ severity: 'off' })).toEqual(['send-window']);
    expect(ids({ severity: 'error' })).toEqual(['no-insults']);
    expect(ids({ source: '自律公约' })).toEqual(['moralising-wording', 'send-window']);
    expect(ids({})).toHaveLength(3);
  });

  it('lists every cited instrument once, most cited first', () => {
    expect(instruments(rules)).toEqual(['《民法典》', '自律公约']);
  });
});
