import { describe, expect, it } from 'vitest';
import { backupFileName, itemTitle, readBackup } from '../../src/ui/backup/backup-file';

const empty = {
  format: 'dunning-workspace',
  version: 1,
  exportedAt: '2024-05-01T08:00:00.000Z',
  templates: [],
  versions: [],
  reviews: [],
  userSamples: [],
  audit: [],
};

describe('workspace backup file', () => {
  it('names the download with the local date', () => {
    expect(backupFileName(new Date(2024, 0, 5, 23, 59))).toBe('dunning-workspace-20240105.json');
  });

  it('accepts a valid backup', () => {
    expect(readBackup(JSON.stringify(empty), 'b.json').ok).toBe(true);
  });

  it.each([
    [
      'a syntax error by line and column',
      '{\n  "format": "dunning-workspace",\n  "version": 1,,\n}',
      { code: 'import/json', line: 3, column: 16 },
    ],
    [
      'a wrong field by JSON path',
      JSON.stringify({ ...empty, templates: [{ id: 'x' }] }),
      { code: 'import/invalid', path: ['templates', 0, 'name'] },
    ],
    ['an unknown top-level key', JSON.stringify({ ...empty, extra: 1 }), { code: 'import/invalid' }],
  ])('reports %s', (_name, text, expected) => {
    const r = readBackup(text, 'b.json');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems).toContainEqual(expect.objectContaining(expected));
  });

  it.each([
    [{ kind: 'template', id: 't', record: { name: '提醒' } }, '提醒'],
    [{ kind: 'version', id: 't@2', record: { name: '提醒', templateId: 't', number: 2 } }, '提醒 #2'],
    [{ kind: 'userSample', id: 's', record: { label: '样例' } }, '样例'],
    [
      {
        kind: 'pack',
        id: '2',
        record: { revision: 2, by: '李法务', reason: '从严', pack: { name: '钱站法务规则包' } },
      },
      '钱站法务规则包 #2 · 李法务 · 从严',
    ],
  ] as const)('names a %j item', (item, title) => {
    expect(itemTitle(item)).toBe(title);
  });
});
