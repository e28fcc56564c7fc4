import { describe, expect, it } from 'vitest';
import type { RulePack } from '../../src/core/model';
import type { PackRevision } from '../../src/storage/index';
import { zh, type MessageKey } from '../../src/ui/i18n/messages';
import { en } from '../../src/ui/i18n/en/messages';
import { overrideText } from '../../src/ui/review/override-text';
import { packOverrideRows } from '../../src/ui/review/pack-overrides';

const AT1 = '2026-12-01T09:00:00+08:00';
const AT2 = '2026-12-03T15:30:00+08:00';
const HASH = 'a'.repeat(64);

const pack: RulePack = {
  packVersion: 1,
  name: '钱站法务规则包',
  revision: 2,
  overrides: {
    'moralising-wording': { severity: 'error', reason: '本机构对说教用语从严', by: '李法务', at: AT1 },
    'model-insult': { severity: 'off', reason: '模型误报过多', by: '王法务', at: AT2 },
  },
  params: { 'send-window': { reason: '总部要求 9 点后发送', start: '09:00' } },
  terms: [
    {
      id: 'org-threat',
      category: 'threat',
      severity: 'error',
      terms: ['示众', '上门'],
      allow: ['不会上门'],
      reason: '本机构禁止以公开示众相威胁',
    },
  ],
  elements: { signatures: ['【钱站】'], hotlines: ['400-000-1234'], reason: '已报备的签名与热线' },
  examples: { 'moralising-wording': { fail: ['欠债还钱天经地义'] } },
};

const revision = (n: number, by: string, at: string, changes: PackRevision['changes']): PackRevision => ({
  revision: n,
  packHash: HASH,
  rulesetHash: HASH,
  by,
  at,
  reason: `第 ${n} 版`,
  source: 'edit',
  changes,
  pack: { ...pack, revision: n },
});
const history = [
  revision(1, '李法务', AT1, [
    { key: 'overrides.moralising-wording', change: 'added', reason: '本机构对说教用语从严' },
    { key: 'params.send-window', change: 'added', reason: '总部要求 9 点后发送' },
    { key: 'elements', change: 'added', reason: '已报备的签名与热线' },
  ]),
  revision(2, '王法务', AT2, [
    { key: 'overrides.model-insult', change: 'added', reason: '模型误报过多' },
    { key: 'terms.org-threat', change: 'added', reason: '本机构禁止以公开示众相威胁' },
    { key: 'examples.moralising-wording', change: 'added', reason: '' },
  ]),
  revision(3, '赵法务', AT2, [{ key: 'params.send-window', change: 'changed', reason: '后来的修改' }]),
];
const rules = [
  {
    id: 'moralising-wording',
    title: { zh: '说教用语', en: 'Moralising wording' },
    defaultSeverity: 'warning' as const,
  },
  { id: 'model-insult', title: { zh: '模型：侮辱', en: 'Model: insult' }, defaultSeverity: 'warning' as const },
  { id: 'send-window', title: { zh: '发送时段', en: 'Send window' }, defaultSeverity: 'error' as const },
];

const translate =
  (table: Partial<Record<MessageKey, string>>) =>
  (key: MessageKey, params: Record<string, string | number> = {}): string =>
    (table[key] ?? key).replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));

describe('the report’s list of pack changes in force', () => {
  const rows = packOverrideRows(pack, history, rules);

  it('lists every override, parameter change, own term list, the elements and added examples, in that order', () => {
    expect(rows.map((r) => r.key)).toEqual([
      'overrides.model-insult',
      'overrides.moralising-wording',
      'params.send-window',
      'terms.org-threat',
      'elements',
      'examples.moralising-wording',
    ]);
  });

  it.each<[string, { reason: string; by?: string; at?: string }]>([
    ['overrides.moralising-wording', { reason: '本机构对说教用语从严', by: '李法务', at: AT1 }],
    ['overrides.model-insult', { reason: '模型误报过多', by: '王法务', at: AT2 }],
    // revision 3 is after the pack's revision 2: its change is not the one in force
    ['params.send-window', { reason: '总部要求 9 点后发送', by: '李法务', at: AT1 }],
    ['terms.org-threat', { reason: '本机构禁止以公开示众相威胁', by: '王法务', at: AT2 }],
    ['elements', { reason: '已报备的签名与热线', by: '李法务', at: AT1 }],
  ])('gives %s its reason, who and when', (key, expected) => {
    expect(rows.find((r) => r.key === key)).toMatchObject(expected);
  });

  it('leaves who and when out when no revision recorded the change', () => {
    const [row] = packOverrideRows({ ...pack, overrides: {}, terms: [], elements: {}, examples: {} }, [], rules);
    expect(row).toMatchObject({ key: 'params.send-window', reason: '总部要求 9 点后发送' });
    expect(row?.by).toBeUndefined();
  });

  it('lists nothing for a pack that changes nothing', () => {
    expect(packOverrideRows({ packVersion: 1, name: '空', revision: 1 }, [], rules)).toEqual([]);
  });

  it.each<[string, 'zh' | 'en', { kind: string; rule: string; change: string }]>([
    [
      'overrides.moralising-wording',
      'zh',
      { kind: '严重程度', rule: '说教用语（moralising-wording）', change: '警告 → 错误' },
    ],
    ['overrides.model-insult', 'zh', { kind: '严重程度', rule: '模型：侮辱（model-insult）', change: '警告 → 关闭' }],
    [
      'overrides.model-insult',
      'en',
      { kind: 'Severity', rule: 'Model: insult (model-insult)', change: 'Warning → off' },
    ],
    ['params.send-window', 'en', { kind: 'Parameters', rule: 'Send window (send-window)', change: 'start = "09:00"' }],
    [
      'terms.org-threat',
      'zh',
      { kind: '本机构禁用语', rule: 'org-threat', change: '威胁恐吓 · 错误：示众、上门（例外：不会上门）' },
    ],
    [
      'elements',
      'en',
      { kind: 'Own elements', rule: '', change: 'Registered signatures: 【钱站】; Own hotlines: 400-000-1234' },
    ],
    [
      'examples.moralising-wording',
      'zh',
      { kind: '新增示例', rule: '说教用语（moralising-wording）', change: '通过示例 0 条，违规示例 1 条' },
    ],
  ])('words %s in %s', (key, lang, expected) => {
    const row = rows.find((r) => r.key === key);
    if (!row) throw new Error(key);
    expect(overrideText(row, translate(lang === 'zh' ? zh : en), lang)).toEqual(expected);
  });
});
