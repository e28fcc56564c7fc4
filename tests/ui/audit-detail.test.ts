import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../src/core/model';
import { auditDetail } from '../../src/ui/backup/audit-detail';
import { originNote } from '../../src/ui/export/apply-bundle-import';
import { exportDetail } from '../../src/ui/export/sequence';
import { zh, type MessageKey } from '../../src/ui/i18n/messages';
import { en } from '../../src/ui/i18n/en/messages';

const HASH = 'ab'.repeat(32);
const translate =
  (table: Partial<Record<MessageKey, string>>) =>
  (key: MessageKey, params: Record<string, string | number> = {}): string =>
    (table[key] ?? key).replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
const entry = (over: Partial<AuditEntry>): AuditEntry => ({
  seq: 1,
  at: '2026-12-06T08:00:00.000Z',
  actor: '李法务',
  action: 'approved',
  ...over,
});
const bundleDetail = (origin: string): string =>
  `bundle ${HASH.slice(0, 16)} #7 (${origin}), approved by 李法务 at 2026-12-06T08:00:00.000Z`;

describe('audit log details in the UI language', () => {
  it.each<[string, AuditEntry, 'zh' | 'en', string[]]>([
    [
      'a saved pack revision',
      entry({
        action: 'pack_saved',
        pack: {
          name: '钱站法务规则包',
          revision: 3,
          packHash: HASH,
          rulesetHash: HASH,
          reason: '从严',
          changes: [{ key: 'overrides.no-insults', change: 'changed', reason: '一律按错误处理' }],
        },
      }),
      'zh',
      [
        '规则包「钱站法务规则包」第 3 版，哈希 abababababab',
        '原因：从严',
        'overrides.no-insults（修改）：一律按错误处理',
      ],
    ],
    [
      'a confirmed re-check',
      entry({
        action: 'approval_reconfirmed',
        recheck: { changed: 'samples', fromVersionId: 't@1', verdict: 'warn', rulesetHash: HASH, samplesHash: HASH },
      }),
      'en',
      ['Changed: samples changed; re-check verdict Warn'],
    ],
    [
      'an exported bundle (signed)',
      entry({
        action: 'exported',
        detail: exportDetail('a.dunning.json', {
          sequence: 4,
          bundleHash: HASH,
          notAfter: '2027-03-06T08:00:00.000Z',
          signature: { fingerprint: 'fp12' },
        }),
      }),
      'zh',
      ['第 4 号发布包：a.dunning.json，包哈希 abababababababab（签名密钥 fp12），有效期至 2027-03-06T08:00:00.000Z'],
    ],
    [
      'an exported bundle (unsigned)',
      entry({
        action: 'exported',
        detail: exportDetail('b.json', { sequence: 5, bundleHash: HASH, notAfter: '2027-03-06T08:00:00.000Z' }),
      }),
      'en',
      ['Bundle #5: b.json, bundle hash abababababababab (unsigned), valid until 2027-03-06T08:00:00.000Z'],
    ],
    [
      'a workspace import',
      entry({ action: 'imported', detail: 'added 3, overwritten 1, skipped 0' }),
      'zh',
      ['新增 3 条，覆盖 1 条，跳过 0 条'],
    ],
    [
      'a bundle import from a known signer',
      entry({ action: 'imported', detail: bundleDetail(originNote({ kind: 'own', fingerprint: 'fp12' }, '王')) }),
      'zh',
      ['发布包 abababababababab 第 7 号（签名密钥 fp12），由 李法务 于 2026-12-06T08:00:00.000Z 批准'],
    ],
    [
      'an unsigned bundle import whose origin was confirmed',
      entry({ action: 'imported', detail: bundleDetail(originNote({ kind: 'unsigned' }, '王管理')) }),
      'zh',
      ['发布包 abababababababab 第 7 号（未签名；来源由 王管理 确认），由 李法务 于 2026-12-06T08:00:00.000Z 批准'],
    ],
    [
      'a bundle import signed by an unknown key',
      entry({ action: 'imported', detail: bundleDetail(originNote({ kind: 'unknown', fingerprint: 'fpX' }, '王')) }),
      'en',
      [
        'Bundle abababababababab #7 (signed by unknown key fpX; origin confirmed by 王), approved by 李法务 at 2026-12-06T08:00:00.000Z',
      ],
    ],
    ['a reviewer’s own note, as written', entry({ action: 'approved', detail: '同意发送' }), 'en', ['同意发送']],
    ['no detail', entry({ action: 'created' }), 'zh', []],
  ])('words %s', (_name, e, lang, expected) => {
    expect(auditDetail(e, translate(lang === 'zh' ? zh : en))).toEqual(expected);
  });
});
