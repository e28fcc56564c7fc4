import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handlerFor, type WorkerTask } from '../../src/cli/jobs';
import type { StartWorkers } from '../../src/cli/pool';
import { run } from '../../src/cli/run';
import { defaultSamples } from '../../src/core/samples/defaults';
import type { SampleData } from '../../src/core/samples/schema';
import { archiveText, dryRun as runtimeDryRun, verifyBundle } from '../../src/runtime/index';
import { cli, workDir } from '../cli/run-cli';
import { COLUMNS, csvFile, lawfulTemplates, signedBundle, withValues, type Approved } from '../cli/dry-run-fixture';

const work = workDir('dunning-dry-run-');
afterAll(() => work.remove());

const AT = '2026-12-02T10:00+08:00';
const DAYS = [-1, 0, 1, 7, 30, 60, 3];
let bundleFile = '';
let keyFile = '';
let tamperedFile = '';
const samples = defaultSamples();

/** A distinct mainland mobile per row, so the daily cap only bites where a test wants it. */
const phone = (i: number) => `139${String(10_000_000 + i).slice(-8)}`;
/** `n` rows cycling through the default samples and the stages' days, each with its own phone. */
const rows = (n: number): SampleData[] =>
  Array.from({ length: n }, (_, i) =>
    withValues(samples[i % samples.length]!.data, {
      'loan.overdue_days': DAYS[i % DAYS.length],
      'borrower.phone': phone(i),
    }),
  );

const lines = (file: string) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l));

const dryRun = (csv: string, ...flags: string[]) =>
  cli(['dry-run', bundleFile, csv, '--at', AT, '--trust', keyFile, ...flags]);

beforeAll(async () => {
  const threat: Approved = {
    id: 'threat-d5',
    name: '威胁（误批）',
    meta: { audience: 'debtor', stage: 'D+5' },
    source: '{{ platform.signature }}{{ borrower.name }}，再不还款后果自负。',
  };
  const file = await signedBundle([...lawfulTemplates(), threat]);
  bundleFile = work.write('b.dunning.json', file.text);
  keyFile = work.write('key.jwk', file.publicJwk);
  const tampered = JSON.parse(file.text);
  tampered.templates[0].source += '！';
  tamperedFile = work.write('tampered.dunning.json', tampered);
});

describe('dry-run', () => {
  it('decides every row, writes one archive line per row and a summary with counts, segments and cost', async () => {
    const csv = work.write('all.csv', csvFile(rows(70)));
    const out = work.path('all.jsonl');
    const r = await dryRun(csv, '--out', out, '--price', '0.04');
    const archive = lines(out);
    expect(archive.map((l) => l.row)).toEqual(Array.from({ length: 70 }, (_, i) => i + 1));
    const summary = JSON.parse(r.stdout);
    const count = (d: string) => archive.filter((l) => l.decision === d).length;
    expect(summary.rows).toBe(70);
    expect(summary.decisions).toEqual({ send: count('send'), scheduled: 0, held: count('held'), rejected: 0 });
    expect(summary.reasons).toEqual({ ok: 60, 'stage/no-template': 10 });
    const segments = archive.filter((l) => l.decision === 'send').reduce((n, l) => n + l.segments, 0);
    expect([summary.segments, summary.price, summary.cost]).toEqual([
      segments,
      0.04,
      Math.round(segments * 400) / 10_000,
    ]);
    expect(summary.gateRuleset.sameAsBundle).toBe(true);
    expect(r.code).toBe(1);
    const sent = archive.find((l) => l.decision === 'send');
    expect(Object.keys(sent)).toEqual([
      'row',
      'line',
      'decision',
      'reason',
      'idHash',
      'phone',
      'templateId',
      'templateSha256',
      'stage',
      'scheduledAt',
      'text',
      'segments',
      'problems',
      'findings',
    ]);
    expect(sent.phone).toMatch(/^139\*{4}\d{4}$/);
    expect(sent.idHash).toMatch(/^[0-9a-f]{64}$/);
    expect(sent.scheduledAt).toBe('2026-12-02T10:00:00+08:00');
    expect(readFileSync(out, 'utf8')).not.toContain(samples[0]!.data.borrower.id_number);
  });

  it('writes the archive to stdout and the summary to stderr without --out, and exits 0 when all go out', async () => {
    const csv = work.write('d7.csv', csvFile(rows(14).filter((d) => d.loan.overdue_days === 7)));
    const r = await dryRun(csv);
    expect(r.code).toBe(0);
    expect(
      r.stdout
        .trimEnd()
        .split('\n')
        .map((l) => JSON.parse(l).decision),
    ).toEqual(['send', 'send']);
    expect(JSON.parse(r.stderr).decisions.send).toBe(2);
  });

  it('holds a row whose rendered text has an error finding at send time, from the template or from data', async () => {
    const data = rows(2).map((d, i) =>
      i === 0
        ? withValues(d, { 'loan.overdue_days': 5 })
        : withValues(d, { 'loan.overdue_days': 7, 'platform.app_name': '钱站APP，不还就是老赖' }),
    );
    const r = await dryRun(work.write('gate.csv', csvFile(data)));
    const [fromTemplate, fromData] = r.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(fromTemplate).toMatchObject({ decision: 'held', reason: 'gate/error-finding', templateId: 'threat-d5' });
    expect(fromTemplate.findings.map((f: { ruleId: string }) => f.ruleId)).toContain('no-violence-or-safety-threat');
    expect(fromData).toMatchObject({ decision: 'held', reason: 'gate/error-finding', templateId: 'd-plus-7-reminder' });
    expect(fromData.findings).toContainEqual(expect.objectContaining({ severity: 'error', match: '老赖' }));
    expect(fromData.text).toContain('老赖');
    expect(r.code).toBe(1);
  });

  it('writes byte-identical archives for the same inputs, also when rows finish out of order in workers', async () => {
    const data = rows(40);
    data[3] = withValues(data[3]!, { 'borrower.phone': phone(2) });
    const csv = work.write('same.csv', csvFile(data));
    const a = work.path('a.jsonl');
    const b = work.path('b.jsonl');
    const c = work.path('c.jsonl');
    await dryRun(csv, '--out', a, '--jobs', '1');
    await dryRun(csv, '--out', b, '--jobs', '1');
    let n = 0;
    const reversed: StartWorkers = (task) => {
      const handle = handlerFor(task as WorkerTask);
      return {
        run: async (job) => {
          const delay = 30 - 3 * (n++ % 8);
          const result = await (await handle)(job);
          return new Promise((resolve) => setTimeout(() => resolve(result), delay));
        },
        close: async () => undefined,
      };
    };
    const args = ['dry-run', bundleFile, csv, '--at', AT, '--trust', keyFile, '--out', c, '--jobs', '4'];
    const io = { out: () => undefined, err: () => undefined, readStdin: async () => '', env: {}, workers: reversed };
    await run(args, io);
    expect(lines(a).some((l) => l.reason === 'cap/daily')).toBe(true);
    expect(readFileSync(b)).toEqual(readFileSync(a));
    expect(readFileSync(c)).toEqual(readFileSync(a));
  });

  it('gives the same archive through the runtime API (dryRun over the file’s bytes) as through the CLI', async () => {
    const csv = work.write('api.csv', csvFile(rows(30)));
    const out = work.path('api.jsonl');
    await dryRun(csv, '--out', out);
    const loaded = await verifyBundle(readFileSync(bundleFile, 'utf8'), {
      trustedKeys: [JSON.parse(readFileSync(keyFile, 'utf8'))],
      now: new Date(AT.replace('+08:00', ':00+08:00')),
    });
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
    const bytes = async function* () {
      yield new Uint8Array(readFileSync(csv));
    };
    const started = await runtimeDryRun(loaded.value, bytes(), { at: AT });
    if (!started.ok) throw new Error(JSON.stringify(started.problems));
    let text = '';
    for await (const line of started.value.lines) text += archiveText(line);
    expect(text).toBe(readFileSync(out, 'utf8'));
    expect(started.value.summary(0.05).rows).toBe(30);
    expect(started.value.encoding()).toBe('utf-8');
  });

  it('rejects 5 % broken rows with row number and JSON path, and decides the rest', async () => {
    const good = csvFile(rows(200)).split('\r\n');
    const broken = new Map<number, string>();
    for (let row = 10; row <= 200; row += 20) {
      const fields = good[row]!.split(',');
      const kind = ((row - 10) / 20) % 3;
      const line =
        kind === 1
          ? fields.slice(0, 5).join(',')
          : kind === 2
            ? good[row]!.replace(/^[^,]*/, 'bad"name')
            : fields.map((f, i) => (i === COLUMNS.indexOf('loan.overdue_days') ? 'soon' : f)).join(',');
      good[row] = line;
      broken.set(row, kind === 1 ? 'row/columns' : kind === 2 ? 'row/csv' : 'row/invalid');
    }
    const out = work.path('broken.jsonl');
    const r = await dryRun(work.write('broken.csv', good.join('\r\n')), '--out', out);
    const archive = lines(out);
    expect(archive).toHaveLength(200);
    const rejected = archive.filter((l) => l.decision === 'rejected');
    expect(rejected.map((l) => [l.row, l.line, l.reason])).toEqual(
      [...broken].map(([row, reason]) => [row, row + 1, reason]),
    );
    const invalid = rejected.find((l) => l.reason === 'row/invalid');
    expect(invalid.problems).toEqual([expect.objectContaining({ path: 'loan.overdue_days' })]);
    expect(JSON.parse(r.stdout).decisions.rejected).toBe(10);
    expect(archive.filter((l) => l.decision === 'send').length).toBeGreaterThan(150);
  });

  it('accepts an empty CSV: no rows, an empty archive, exit 0', async () => {
    for (const content of ['', '\uFEFF']) {
      const out = work.path('empty.jsonl');
      const r = await dryRun(work.write('empty.csv', content), '--out', out);
      expect([r.code, readFileSync(out, 'utf8'), JSON.parse(r.stdout).rows]).toEqual([0, '', 0]);
    }
  });

  it('refuses a tampered bundle with exit 2 before reading the CSV or writing anything', async () => {
    const out = work.path('never.jsonl');
    const csv = work.write('t.csv', csvFile(rows(3)));
    const r = await cli(['dry-run', tamperedFile, csv, '--at', AT, '--trust', keyFile, '--out', out]);
    expect([r.code, r.stdout, existsSync(out)]).toEqual([2, '', false]);
    expect(r.stderr).toContain('bundle/template-hash');
    expect(r.stderr).toContain('nothing was sent');
    expect(r.stderr).not.toContain('"rows"');
  });

  it('refuses a signed bundle without --trust (exit 2) unless --allow-untrusted', async () => {
    const csv = work.write('u.csv', csvFile(rows(1)));
    const refused = await cli(['dry-run', bundleFile, csv, '--at', AT]);
    expect([refused.code, refused.stderr.includes('bundle/untrusted-key')]).toEqual([2, true]);
    const allowed = await cli(['dry-run', bundleFile, csv, '--at', AT, '--allow-untrusted']);
    expect(allowed.code).toBe(0);
    expect(allowed.stderr).toMatch(/^warning: .*--allow-untrusted/m);
  });

  it('judges the bundle’s expiry at --at: refused after notAfter', async () => {
    const csv = work.write('x.csv', csvFile(rows(1)));
    const r = await cli(['dry-run', bundleFile, csv, '--at', '2027-02-01T10:00+08:00', '--trust', keyFile]);
    expect([r.code, r.stderr.includes('bundle/expired')]).toEqual([2, true]);
  });

  it.each([
    { name: 'no --at', args: [] as string[] },
    { name: '--at without offset', args: ['--at', '2026-12-02T10:00'] },
    { name: 'a bad --price', args: ['--at', AT, '--price', 'free'] },
    { name: 'a bad --jobs', args: ['--at', AT, '--jobs', '0'] },
  ])('exits 2 for $name', async ({ args }) => {
    const r = await cli(['dry-run', bundleFile, work.write('y.csv', ''), '--trust', keyFile, ...args]);
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr.length).toBeGreaterThan(0);
  });

  it('exits 2 naming the missing columns of a header', async () => {
    const r = await dryRun(work.write('h.csv', 'borrower.name,loan.overdue_days\r\n张三,7\r\n'));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/csv\/header: .*borrower\.phone/);
  });
});
