import { describe, expect, it } from 'vitest';
import * as core from '../../src/core/index';

const CONTRACT = [
  'renderTemplate',
  'smsSegments',
  'findPii',
  'loadRuleset',
  'loadSamples',
  'defaultRuleset',
  'defaultSamples',
  'checkTemplate',
];

describe('the core contract (src/core/index.ts)', () => {
  it('exports every name other parts and external checks call', () => {
    for (const name of CONTRACT) expect(typeof (core as Record<string, unknown>)[name], name).toBe('function');
  });

  it('renders the seed message with the domain filters', () => {
    const r = core.renderTemplate(
      '尊敬的{{ n | surname }}{{ g | honorific }}，共计人民币{{ a | rmb_upper }}，请于{{ d | date_cn }}前还款。',
      { n: '张三', g: '男', a: 10000, d: '2023-04-01' },
    );
    expect(r).toEqual({ ok: true, text: '尊敬的张先生，共计人民币壹万元整，请于2023年4月1日前还款。' });
  });

  it('reports a limit problem for a loop bomb instead of hanging', () => {
    const r = core.renderTemplate('{% for i in (1..100000000) %}x{% endfor %}', {});
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.map((p) => p.code)).toContain('template/limit');
  });

  it('counts SMS segments in the contract shape', () => {
    expect(core.smsSegments('a'.repeat(161))).toEqual({
      encoding: 'GSM-7',
      units: 161,
      segments: 2,
      unitsPerSegment: 153,
    });
    expect(core.smsSegments('【钱站】您好')).toMatchObject({ encoding: 'UCS-2', segments: 1, unitsPerSegment: 70 });
  });

  it('finds PII with offsets into the original text and never a masked form', () => {
    const text = '卡号6222021234567890128，尾号1234，手机138****5678';
    const found = core.findPii(text);
    expect(found.map((m) => [m.kind, text.slice(m.start, m.end), m.masked])).toEqual([
      ['bank_card', '6222021234567890128', false],
    ]);
  });

  it('blocks the catalog counter-example and passes a lawful message', () => {
    const bad = core.checkTemplate({
      source:
        '【法务中心】张三你这个老赖，已逾期30天，今天不还就明天上门并通知你单位和家人，法院已立案，再不还等着坐牢、上黑名单，转账到个人卡6222021234567891234。',
    });
    expect(bad.verdict).toBe('block');
    const categories = new Set(bad.findings.filter((f) => f.severity === 'error').map((f) => f.category));
    for (const c of ['insult', 'threat', 'third_party', 'impersonation', 'false_consequence'])
      expect(categories).toContain(c);
    const good = core.checkTemplate({
      source:
        '【钱站】张先生您好，您的钱站借款已逾期15天，应还1,234.56元，请尽快在钱站APP还款。已还款或有疑问请致电400-000-1234。',
      meta: { audience: 'debtor', stage: 'D+15' },
    });
    expect(good.verdict).toBe('pass');
    // a D+15 message is checked against the overdue borrowers only (never one who is not overdue)
    const overdue = core.defaultSamples().filter((s) => s.data.loan.overdue_days >= 1);
    expect(good.samples.map((s) => s.sampleId)).toEqual(overdue.map((s) => s.id));
    const untimed = core.checkTemplate({ source: '【钱站】您好', meta: { audience: 'debtor' } });
    expect(untimed.samples.length).toBe(core.defaultSamples().length);
    const first = good.samples[0]!;
    expect(first).toMatchObject({ encoding: 'UCS-2', segments: core.smsSegments(first.text).segments });
  });

  it('keeps valid rules working and names the broken file and JSON path', () => {
    const insult = core.defaultRuleset().rules.find((r) => r.id === 'no-insults');
    expect(insult).toBeDefined();
    const { id: _id, file: _file, ...json } = insult as unknown as Record<string, unknown>;
    const r = core.loadRuleset({ 'rules/no-insults.json': json, 'rules/broken.json': { ...json, severity: 'fatal' } });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problems[0]).toMatchObject({ file: 'rules/broken.json', path: ['severity'] });
      expect(r.partial?.rules.map((x) => x.id)).toEqual(['no-insults']);
    }
  });
});
