import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/index';
import { SAMPLE_FIELDS } from '../../src/core/samples/fields';
import { fixesFor, type SourceEdit } from '../../src/ui/editor/fixes';

const t = (key: string, params: Record<string, string | number> = {}) => `${key}:${JSON.stringify(params)}`;
const apply = (source: string, edits: SourceEdit[]) =>
  [...edits].sort((a, b) => b.start - a.start).reduce((s, e) => s.slice(0, e.start) + e.text + s.slice(e.end), source);

const finding = (f: Partial<Finding>): Finding => ({
  ruleId: 'x',
  category: 'privacy',
  severity: 'error',
  messageId: '',
  vars: {},
  target: 'source',
  ...f,
});

describe('fixesFor', () => {
  it('wraps an unmasked PII variable in its first mask filter', () => {
    const source = '证件{{ borrower.id_number }}，卡{{ loan.bank_card | last4 }}';
    const start = source.indexOf('borrower.id_number');
    const fixes = fixesFor(
      finding({ variable: 'borrower.id_number', start, end: start + 18 }),
      source,
      SAMPLE_FIELDS,
      t,
    );
    expect(fixes).toHaveLength(1);
    expect(apply(source, fixes[0]!.edits)).toBe(
      '证件{{ borrower.id_number | mask_id }}，卡{{ loan.bank_card | last4 }}',
    );
  });

  it('finds the unmasked output of a data hit that has no source range', () => {
    const source = '{{ borrower.phone | mask_phone }} / {{ borrower.phone }}';
    const fixes = fixesFor(finding({ target: 'output', variable: 'borrower.phone' }), source, SAMPLE_FIELDS, t);
    expect(apply(source, fixes[0]!.edits)).toBe(
      '{{ borrower.phone | mask_phone }} / {{ borrower.phone | mask_phone }}',
    );
  });

  it('offers no mask for a banned field', () => {
    const source = '{{ contacts.phone }}';
    expect(fixesFor(finding({ variable: 'contacts.phone', start: 3, end: 17 }), source, SAMPLE_FIELDS, t)).toEqual([]);
  });

  it('replaces a banned phrase from the template text by the rule suggestion', () => {
    const source = '【钱站】你这个老赖';
    const at = source.indexOf('老赖');
    const fixes = fixesFor(
      finding({ target: 'output', sourceStart: at, sourceEnd: at + 2, start: 0, end: 2, suggest: '您' }),
      source,
      SAMPLE_FIELDS,
      t,
    );
    expect(apply(source, fixes[0]!.edits)).toBe('【钱站】你这个您');
  });

  it('inserts the platform signature at the start for a missing signature', () => {
    const source = '您好';
    const fixes = fixesFor(
      finding({ ruleId: 'signature-leading-required', category: 'structure', target: 'output' }),
      source,
      SAMPLE_FIELDS,
      t,
    );
    expect(apply(source, fixes[0]!.edits)).toBe('{{ platform.signature }}您好');
  });

  it('appends a missing element that has a suggestion', () => {
    const source = '【钱站】请还款。';
    const fixes = fixesFor(
      finding({ category: 'missing_element', target: 'output', suggest: '如已还款请忽略。' }),
      source,
      SAMPLE_FIELDS,
      t,
    );
    expect(apply(source, fixes[0]!.edits)).toBe('【钱站】请还款。如已还款请忽略。');
  });
});
