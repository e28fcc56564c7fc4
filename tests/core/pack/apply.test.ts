import { describe, expect, it } from 'vitest';
import {
  applyPackTo,
  checkTemplate,
  defaultRuleset,
  loadRuleset,
  rulesetHash,
  type Report,
} from '../../../src/core/index';
import { SAMPLE } from '../rules/fixtures/sample';

const files = Object.fromEntries(defaultRuleset().rules.map(({ id, file: _f, ...rule }) => [`rules/${id}.json`, rule]));
const AT = '2026-12-06T10:00:00+08:00';
const base = { packVersion: 1, name: '钱站法务规则包', revision: 1 };
const samples = [SAMPLE];

function load(pack: unknown) {
  return loadRuleset(files, pack);
}
function check(source: string, pack?: unknown): Report {
  const r = pack === undefined ? loadRuleset(files) : load(pack);
  const ruleset = r.ok ? r.value : r.partial!;
  return checkTemplate({ source, meta: { audience: 'debtor', stage: 'D+3' } }, { ruleset, samples });
}
const errorsOf = (r: Report, ruleId: string) => r.findings.filter((f) => f.ruleId === ruleId);

describe('rule pack overlay', () => {
  it.each([
    [
      { ...base, overrides: { 'no-such-rule': { severity: 'off', reason: '不适用', by: '王律师', at: AT } } },
      ['overrides', 'no-such-rule'],
      'pack/unknown-rule',
    ],
    [
      { ...base, overrides: { 'no-insults': { severity: 'off', reason: ' ', by: '王律师', at: AT } } },
      ['overrides', 'no-insults', 'reason'],
      'pack/invalid',
    ],
    [
      { ...base, params: { 'no-such-rule': { maxSegments: 2, reason: '运营商限制' } } },
      ['params', 'no-such-rule'],
      'pack/unknown-rule',
    ],
    [
      { ...base, params: { 'length-segments': { maxSegments: -1, reason: '运营商限制' } } },
      ['params', 'length-segments', 'maxSegments'],
      'pack/invalid-param',
    ],
    [
      { ...base, params: { 'length-segments': { nope: 1, reason: 'x' } } },
      ['params', 'length-segments'],
      'pack/invalid-param',
    ],
    [
      {
        ...base,
        terms: [{ id: 'org-x', category: 'threat', severity: 'error', terms: ['曝光'], allow: ['曝光'], reason: 'r' }],
      },
      ['terms', 0, 'terms', 0],
      'pack/allow-covers-term',
    ],
    [
      { ...base, terms: [{ id: 'bad id', category: 'threat', severity: 'error', terms: ['曝光'], reason: 'r' }] },
      ['terms', 0, 'id'],
      'pack/invalid',
    ],
    [{ ...base, extra: 1 }, [], 'pack/invalid'],
  ])('reports a bad overlay by JSON path (%#)', (pack, path, code) => {
    const r = load(pack);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const p = r.problems.find((x) => x.code === code);
    expect(p?.path?.slice(0, path.length)).toEqual(path);
    expect(r.partial?.rules.length).toBeGreaterThan(50);
  });

  it('reports a pack that is not JSON with line and column', () => {
    const r = load('{\n  "packVersion": 1,\n  oops\n}');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]).toMatchObject({ code: 'pack/json', line: 3 });
  });

  it('turns a rule off, down to a warning, and up to an error, changing the verdict', () => {
    const insult = '【钱站】张先生您好，你这个老赖，请尽快在钱站APP还款。客服400-000-1234。';
    expect(check(insult).verdict).toBe('block');
    const off = { ...base, overrides: { 'no-insults': { severity: 'off', reason: '测试', by: '王律师', at: AT } } };
    expect(errorsOf(check(insult, off), 'no-insults')).toEqual([]);
    const down = {
      ...base,
      overrides: { 'no-insults': { severity: 'warning', reason: '测试', by: '王律师', at: AT } },
    };
    expect(errorsOf(check(insult, down), 'no-insults').map((f) => f.severity)).toEqual(['warning']);
    const hasInfo = defaultRuleset().rules.find((r) => r.severity === 'warning' && r.kind === 'required');
    expect(hasInfo).toBeDefined();
    const up = {
      ...base,
      overrides: { [hasInfo!.id]: { severity: 'error', reason: '本机构要求', by: '王律师', at: AT } },
    };
    const r = load(up);
    expect(r.ok && r.value.rules.find((x) => x.id === hasInfo!.id)?.severity).toBe('error');
  });

  it('matches own terms with the same evasion folding and exact offsets', () => {
    const pack = {
      ...base,
      terms: [
        {
          id: 'org-no-exposure',
          category: 'threat',
          severity: 'error',
          terms: ['挂墙头'],
          allow: ['不会挂墙头'],
          reason: '本机构禁用',
        },
      ],
    };
    for (const [text, hit] of [
      ['你再不还就挂墙头', '挂墙头'],
      ['你再不还就挂 墙*头', '挂 墙*头'],
      ['你再不還就掛牆頭', '掛牆頭'],
    ]) {
      const r = check(text!, pack);
      const f = errorsOf(r, 'org-no-exposure')[0];
      expect(f?.category).toBe('threat');
      expect(text!.slice(f?.start, f?.end)).toBe(hit);
    }
    expect(errorsOf(check('我们不会挂墙头', pack), 'org-no-exposure')).toEqual([]);
  });

  it('accepts only the registered signatures and the organisation’s own hotlines', () => {
    const pack = { ...base, elements: { signatures: ['【钱站】'], hotlines: ['400-888-0000'] } };
    const ok = '【钱站】张先生您好，您的借款已逾期3天，应还1,234.56元，请在钱站APP还款。客服400-888-0000。';
    expect(errorsOf(check(ok, pack), 'signature-leading-required')).toEqual([]);
    expect(errorsOf(check(ok, pack), 'inquiry-dispute-channel')).toEqual([]);
    const other = ok.replace('【钱站】', '【钱多多】').replace('400-888-0000', '400-999-1111');
    expect(errorsOf(check(other, pack), 'signature-leading-required')).toHaveLength(1);
    expect(errorsOf(check(other, pack), 'inquiry-dispute-channel')).toHaveLength(1);
    expect(errorsOf(check(other), 'signature-leading-required')).toEqual([]);
  });

  it('changes the ruleset hash on any change of the overlay, and keeps it without one', async () => {
    const plain = loadRuleset(files);
    const a = load(base);
    const b = load({ ...base, revision: 2 });
    if (!plain.ok || !a.ok || !b.ok) throw new Error('load failed');
    expect(await rulesetHash(plain.value)).toBe(await rulesetHash(defaultRuleset()));
    const hashes = new Set([await rulesetHash(plain.value), await rulesetHash(a.value), await rulesetHash(b.value)]);
    expect(hashes.size).toBe(3);
  });
});

describe('applyPackTo', () => {
  it('applies a pack to loaded rules like loadRuleset(files, pack), reusing the rules it leaves alone', async () => {
    const pack = {
      ...base,
      overrides: { 'no-insults': { severity: 'warning', reason: '测试', by: '王律师', at: AT } },
    };
    const applied = applyPackTo(defaultRuleset(), pack);
    const loaded = load(pack);
    if (!applied.ok || !loaded.ok) throw new Error('pack did not apply');
    expect(await rulesetHash(applied.value)).toBe(await rulesetHash(loaded.value));
    const untouched = defaultRuleset().rules.find((r) => r.id === 'no-threat-to-notify-others');
    expect(applied.value.rules.find((r) => r.id === untouched?.id)).toBe(untouched);
    expect(applied.value.rules.find((r) => r.id === 'no-insults')?.severity).toBe('warning');
  });
});
