import { beforeAll, describe, expect, it } from 'vitest';
import { defaultSamples } from '../../src/core/samples/defaults';
import { archiveText, dryRun, verifyBundle } from '../../src/runtime/index';
import { runDryRun, type DryRunProgress } from '../../src/worker/batch-dry-run';
import { trustedKeysOf } from '../../src/worker/batch-trust';
import { csvFile, lawfulTemplates, signedBundle, withValues } from '../cli/dry-run-fixture';

const AT = '2026-12-02T10:00+08:00';
const DAYS = [-1, 0, 1, 7, 30, 60, 3];
const samples = defaultSamples();
const rows = (n: number) =>
  Array.from({ length: n }, (_, i) =>
    withValues(samples[i % samples.length]!.data, {
      'loan.overdue_days': DAYS[i % DAYS.length],
      'borrower.phone': `139${String(10_000_000 + i).slice(-8)}`,
    }),
  );
const bytes = (text: string): ArrayBuffer => new TextEncoder().encode(text).buffer as ArrayBuffer;

let bundle = '';
let key = '';
beforeAll(async () => {
  const signed = await signedBundle(lawfulTemplates());
  bundle = signed.text;
  key = JSON.stringify(signed.publicJwk);
});

describe('trustedKeysOf', () => {
  it('reads a JWK, a JWK Set and a fingerprint, and refuses anything else with trust/invalid', () => {
    const jwk = { kty: 'EC', crv: 'P-256', x: 'a', y: 'b' };
    expect(trustedKeysOf(JSON.stringify(jwk))).toEqual({ ok: true, value: [jwk] });
    expect(trustedKeysOf(JSON.stringify({ keys: [jwk, jwk] }))).toMatchObject({ ok: true, value: [jwk, jwk] });
    const fp = Array.from({ length: 16 }, () => 'AB').join(':');
    expect(trustedKeysOf(` ${fp}\n`)).toEqual({ ok: true, value: [fp.toLowerCase()] });
    expect(trustedKeysOf('{"kty":"RSA"}')).toMatchObject({ ok: false, problems: [{ code: 'trust/invalid' }] });
    expect(trustedKeysOf('not json')).toMatchObject({ ok: false, problems: [{ code: 'trust/json' }] });
  });
});

describe('runDryRun', () => {
  it('writes the archive the runtime writes, line for line, with the summary and counts per stage', async () => {
    const csv = csvFile(rows(40));
    const progress: DryRunProgress[] = [];
    const report = await runDryRun({ bundle, trust: key, at: AT, csv: bytes(csv) }, (p) => progress.push(p));
    expect(report.ok).toBe(true);
    if (!report.ok) return;

    const verified = await verifyBundle(bundle, { trustedKeys: [JSON.parse(key)], now: new Date(AT) });
    if (!verified.ok) throw new Error('fixture bundle does not verify');
    async function* once() {
      yield new TextEncoder().encode(csv);
    }
    const expected = await dryRun(verified.value, once(), { at: AT });
    if (!expected.ok) throw new Error('runtime dry run failed');
    let text = '';
    for await (const line of expected.value.lines) text += archiveText(line);
    expect(await report.value.archive.text()).toBe(text);

    const { summary, stages, trust } = report.value;
    expect(summary).toMatchObject({
      ...expected.value.summary(0.05),
      at: '2026-12-02T10:00:00+08:00',
      encoding: 'utf-8',
    });
    expect(summary.gateRuleset.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(trust.kind).toBe('trusted');
    const perStage = stages.reduce((n, s) => n + s.decisions.send + s.decisions.scheduled + s.decisions.held, 0);
    expect(perStage + stages.reduce((n, s) => n + s.decisions.rejected, 0)).toBe(40);
    expect(stages.reduce((n, s) => n + s.segments, 0)).toBe(summary.segments);
    const size = new TextEncoder().encode(csv).length;
    expect(progress.at(-1)).toEqual({ rows: 40, bytes: size, total: size });
  });

  it('refuses a bundle signed by another key than the one given, and runs nothing', async () => {
    const other = await signedBundle(lawfulTemplates());
    const csv = bytes(csvFile(rows(3)));
    const report = await runDryRun({ bundle, trust: JSON.stringify(other.publicJwk), at: AT, csv }, () => {});
    expect(report).toMatchObject({ ok: false, problems: [{ code: 'bundle/untrusted-key' }] });
  });

  it('accepts any signer without a key, and says the signer is not trusted', async () => {
    const report = await runDryRun({ bundle, at: AT, csv: bytes(csvFile(rows(3))) }, () => {});
    expect(report.ok && report.value.trust.kind).toBe('untrusted');
  });

  it('refuses a time without an offset and a header without the required columns', async () => {
    const csv = bytes(csvFile(rows(1)));
    expect(await runDryRun({ bundle, at: '2026-12-02T10:00', csv }, () => {})).toMatchObject({
      ok: false,
      problems: [{ code: 'dry-run/at' }],
    });
    const bad = await runDryRun({ bundle, at: AT, csv: bytes('borrower.name\n张三\n') }, () => {});
    expect(bad).toMatchObject({ ok: false, problems: [{ code: 'csv/header' }] });
  });
});
