import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultSamples } from '../../src/core/samples/defaults';
import { cli, workDir } from './run-cli';
import { csvFile, lawfulTemplates, signedBundle, withValues } from './dry-run-fixture';

const work = workDir('dunning-stage-policy-');
afterAll(() => work.remove());

const AT = '2026-12-02T10:00+08:00';
const DAYS = [2, 7, 10, 45];
const files = { exact: '', latest: '', exactKey: '', latestKey: '', csv: '' };

beforeAll(async () => {
  const exact = await signedBundle(lawfulTemplates());
  const latest = await signedBundle(lawfulTemplates(), { stagePolicy: 'latest-reached' });
  files.exact = work.write('exact.dunning.json', exact.text);
  files.exactKey = work.write('exact.jwk', exact.publicJwk);
  files.latest = work.write('latest.dunning.json', latest.text);
  files.latestKey = work.write('latest.jwk', latest.publicJwk);
  const sample = defaultSamples().find((s) => s.data.loan.overdue_days >= 1)!.data;
  const rows = DAYS.map((days, i) =>
    withValues(sample, { 'loan.overdue_days': days, 'borrower.phone': `1391000000${i}` }),
  );
  files.csv = work.write('rows.csv', csvFile(rows));
});

async function dryRun(bundle: string, key: string) {
  const r = await cli(['dry-run', bundle, files.csv, '--at', AT, '--trust', key]);
  const archive = r.stdout
    .trimEnd()
    .split('\n')
    .map((l) => JSON.parse(l) as { decision: string; reason: string; stage: string | null });
  return { code: r.code, summary: JSON.parse(r.stderr) as { stagePolicy: string }, archive };
}

describe('dry-run under the bundle’s stage policy', () => {
  it('exact-day (the default): only the day a stage names goes out, and the summary says so', async () => {
    const r = await dryRun(files.exact, files.exactKey);
    expect(r.summary.stagePolicy).toBe('exact-day');
    expect(r.archive.map((l) => [l.decision, l.stage ?? l.reason])).toEqual([
      ['held', 'stage/no-template'],
      ['send', 'D+7'],
      ['held', 'stage/no-template'],
      ['held', 'stage/no-template'],
    ]);
    expect(r.code).toBe(1);
  });

  it('latest-reached: every overdue day gets the latest stage reached', async () => {
    const r = await dryRun(files.latest, files.latestKey);
    expect(r.summary.stagePolicy).toBe('latest-reached');
    expect(r.archive.map((l) => [l.decision, l.stage])).toEqual([
      ['send', 'D+1'],
      ['send', 'D+7'],
      ['send', 'D+7'],
      ['send', 'D+30'],
    ]);
    expect(r.code).toBe(0);
  });

  it('verify prints the stage policy', async () => {
    const r = await cli(['verify', files.latest, '--trust', files.latestKey]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('stage policy latest-reached');
  });
});
