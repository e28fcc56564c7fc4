import { afterAll, describe, expect, it } from 'vitest';
import { cli, workDir } from './run-cli';

const AT = '2026-12-06T10:00:00+08:00';
const LAWFUL =
  '【钱站】张先生您好，您的钱站借款已逾期15天，应还1,234.56元，请尽快在钱站APP还款。已还款或有疑问请致电400-000-1234。';
const PACK = {
  packVersion: 1,
  name: '钱站法务规则包',
  revision: 2,
  terms: [
    { id: 'org-no-app-word', category: 'threat', severity: 'error', terms: ['尽快'], reason: '本机构不许催促用语' },
  ],
};

describe('check --pack', () => {
  const w = workDir('pack-cli-');
  afterAll(() => w.remove());

  it('passes a template without the pack and blocks it with a pack that bans a term it contains', async () => {
    const template = w.write('lawful.txt', LAWFUL);
    const meta = w.write('meta.json', { audience: 'debtor', stage: 'D+15' });
    const plain = await cli(['check', template, '--meta', meta]);
    expect(plain.code).toBe(0);
    const pack = w.write('org.dunning-pack.json', PACK);
    const packed = await cli(['check', template, '--meta', meta, '--pack', pack, '--format', 'json']);
    expect(packed.code).toBe(1);
    const json = JSON.parse(packed.stdout) as {
      files: { report: { findings: { ruleId: string; severity: string }[] } }[];
      pack: { name: string; revision: number; hash: string };
    };
    expect(json.pack).toMatchObject({ name: '钱站法务规则包', revision: 2 });
    expect(json.pack.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(json.files[0]?.report.findings).toContainEqual(
      expect.objectContaining({ ruleId: 'org-no-app-word', severity: 'error' }),
    );
  });

  it('exits 2 naming the JSON path of an unknown rule id in the pack', async () => {
    const template = w.write('lawful2.txt', LAWFUL);
    const bad = w.write('bad.dunning-pack.json', {
      ...PACK,
      terms: [],
      overrides: { 'no-such-rule': { severity: 'off', reason: '不适用', by: '王律师', at: AT } },
    });
    const r = await cli(['check', template, '--pack', bad]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no-such-rule');
    expect(r.stderr).toContain('overrides');
    expect(r.stderr).toContain('bad.dunning-pack.json');
  });
});
