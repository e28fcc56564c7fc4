import { describe, expect, it } from 'vitest';
import { EVIDENCE_LABELS, INSTRUMENT_KINDS, type LegalBasis } from '../../src/core/model';
import { basisLine, basisParts } from '../../src/ui/basis/basis-text';
import { zh, type MessageKey } from '../../src/ui/i18n/messages';
import { en } from '../../src/ui/i18n/en/messages';

const t =
  (table: Partial<Record<MessageKey, string>>) =>
  (key: MessageKey, params: Record<string, string | number> = {}): string =>
    (table[key] ?? key).replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));

const pipl: LegalBasis = { source: '《个人信息保护法》', article: '第6条', kind: 'law', label: 'V1', note: '最小必要' };
const cba: LegalBasis = {
  source: '中国银行业协会《金融机构个人消费类贷款催收工作指引（试行）》（2026）',
  kind: 'self_regulatory',
  label: 'V2',
  url: 'http://blog.lgjyuntun.com/article/1846280.shtml',
};

describe('a legal basis as shown', () => {
  it('in Chinese: the instrument, its article, kind and evidence label, no gloss', () => {
    expect(basisLine(pipl, 'zh', t(zh))).toBe('《个人信息保护法》 第6条 [法律 · V1 原文已核实] — 最小必要');
  });

  it('in English: the Chinese name kept, the English gloss added, kind and label in English', () => {
    expect(basisLine(pipl, 'en', t(en))).toBe(
      '《个人信息保护法》 (Personal Information Protection Law) 第6条 [law · V1 verified in the text] — 最小必要',
    );
    const parts = basisParts(cba, 'en', t(en));
    expect(parts.gloss).toBe(
      'China Banking Association Guidelines on Collecting Personal Consumer Loans (trial, 2026)',
    );
    expect(parts.kind).toBe('self-regulatory guideline');
    expect(parts.label).toBe('V2 verified via a secondary page');
    expect(parts.url).toBe(cba.url);
    expect(parts.article).toBeUndefined();
  });

  it('an instrument outside the table (an organisation’s own rule file) shows without a gloss', () => {
    const own: LegalBasis = { source: '本公司催收管理办法', article: '第3条', kind: 'decision', label: 'I' };
    expect(basisLine(own, 'en', t(en))).toBe(
      '本公司催收管理办法 第3条 [design choice / own decision · I inference / design choice]',
    );
  });

  it('has words for every instrument kind and evidence label in both languages', () => {
    for (const table of [zh, en]) {
      for (const kind of INSTRUMENT_KINDS) expect(table[`basis.kind.${kind}`]?.trim(), kind).toBeTruthy();
      for (const label of EVIDENCE_LABELS) {
        expect(table[`basis.label.${label}`]?.startsWith(label), label).toBe(true);
        expect(table[`basis.labelHint.${label}`]?.trim(), label).toBeTruthy();
      }
    }
  });
});
