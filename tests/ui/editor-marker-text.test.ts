import { describe, expect, it } from 'vitest';
import type { LegalBasis } from '../../src/core/model';
import { zh, type MessageKey } from '../../src/ui/i18n/messages';
import { en } from '../../src/ui/i18n/en/messages';
import { zhEditor } from '../../src/ui/i18n/messages-editor';
import { enEditor } from '../../src/ui/i18n/en/editor';
import { basisLabel, markerMessage, ruleIdOfLink, ruleLink } from '../../src/ui/editor/marker-text';

const t =
  (table: Partial<Record<MessageKey, string>>) =>
  (key: MessageKey, params: Record<string, string | number> = {}): string =>
    (table[key] ?? key).replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));

const basis = (source: string, article?: string): LegalBasis =>
  ({ source, ...(article ? { article } : {}), kind: 'law', label: 'V1' }) as LegalBasis;
const words = { title: '禁止侮辱性称呼', message: '包含侮辱性用语“老赖”' };

describe('markerMessage', () => {
  it('reports the title and message alone when the rule has no basis', () => {
    expect(markerMessage(words, undefined, 'zh', t(zh))).toBe('禁止侮辱性称呼：包含侮辱性用语“老赖”');
    expect(markerMessage(words, [], 'zh', t(zh))).toBe('禁止侮辱性称呼：包含侮辱性用语“老赖”');
  });

  it('reports the instrument and article on a line of its own', () => {
    expect(markerMessage(words, [basis('《民法典》', '第1024条')], 'zh', t(zh)).split('\n')).toEqual([
      '禁止侮辱性称呼：包含侮辱性用语“老赖”',
      '依据：《民法典》第1024条',
    ]);
  });

  it('reports the first two instruments and how many more there are', () => {
    const all = [basis('《民法典》', '第1024条'), basis('《刑法》', '第246条'), basis('自律公约'), basis('指引')];
    expect(markerMessage(words, all, 'zh', t(zh)).split('\n')[1]).toBe(
      '依据：《民法典》第1024条；《刑法》第246条 等 2 项',
    );
    expect(markerMessage(words, all, 'en', t(en)).split('\n')[1]).toBe(
      'Basis: 《民法典》 (Civil Code) 第1024条; 《刑法》 (Criminal Law) 第246条 and 2 more',
    );
  });

  it('reports an instrument without an article by its name', () => {
    expect(basisLabel(basis('自律公约'), 'zh')).toBe('自律公约');
    expect(basisLabel(basis('自律公约'), 'en')).toBe('自律公约');
  });
});

describe('rule links', () => {
  it('links a catalog rule as rule:<id> and reads the id back', () => {
    expect(ruleLink('no-insults')).toBe('rule:no-insults');
    expect(ruleIdOfLink({ scheme: 'rule', path: 'no-insults' })).toBe('no-insults');
  });

  it('gives no link for model signals and problems, and ignores other links', () => {
    expect(ruleLink('model/insult')).toBeUndefined();
    expect(ruleLink('template/syntax')).toBeUndefined();
    expect(ruleIdOfLink({ scheme: 'https', path: '/no-insults' })).toBeUndefined();
    expect(ruleIdOfLink({ scheme: 'rule', path: '' })).toBeUndefined();
  });
});

describe('editor messages', () => {
  const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();

  it('has every editor message in both languages with the same placeholders', () => {
    expect(Object.keys(enEditor).sort()).toEqual(Object.keys(zhEditor).sort());
    for (const key of Object.keys(zhEditor) as (keyof typeof zhEditor)[]) {
      expect(placeholders(enEditor[key]), key).toEqual(placeholders(zhEditor[key]));
      expect(zh[key]).toBe(zhEditor[key]);
      expect(en[key]).toBe(enEditor[key]);
    }
  });

  it('tells how to leave the editor by keyboard in both languages', () => {
    for (const table of [zhEditor, enEditor]) {
      expect(table['editor.aria']).toContain('Ctrl+M');
      expect(table['editor.aria']).toContain('Esc');
    }
  });
});
