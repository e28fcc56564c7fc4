import { describe, expect, it } from 'vitest';
import { exportDetail, nextSequence } from '../../../src/ui/export/sequence';
import { memoryWorkspace } from './helpers';

const bundle = (sequence: number) => ({
  sequence,
  bundleHash: 'ab'.repeat(32),
  notAfter: '2027-03-06T00:00:00.000Z',
});

describe('nextSequence', () => {
  it('starts at 1 and goes one above the highest sequence the export log recorded', async () => {
    const ws = memoryWorkspace();
    const log = async () => {
      const r = await ws.listAudit();
      return r.ok ? r.value : [];
    };
    expect(nextSequence(await log())).toBe(1);
    await ws.recordExport('a', ['t1', 't2'], exportDetail('x.dunning.json', bundle(1)));
    await ws.recordExport(
      'a',
      ['t1'],
      exportDetail('y.dunning.json', { ...bundle(5), signature: { fingerprint: 'f' } }),
    );
    await ws.recordExport('a', ['t1'], exportDetail('z.dunning.json', bundle(3)));
    expect(nextSequence(await log())).toBe(6);
  });

  it.each([
    ['an entry of another action', { action: 'imported', detail: 'sequence 99: x' }],
    ['an export recorded before sequences', { action: 'exported', detail: 'x.dunning.json bundle 0123 (unsigned)' }],
    ['a file name that spells a sequence', { action: 'exported', detail: exportDetail('sequence 99: x', bundle(2)) }],
    ['an export without detail', { action: 'exported' }],
  ] as const)('ignores %s', (_label, entry) => {
    expect(nextSequence([{ action: 'exported', detail: exportDetail('a', bundle(2)) }, entry])).toBe(3);
  });
});
