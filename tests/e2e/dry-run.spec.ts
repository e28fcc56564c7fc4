import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from './fixtures';

type Fixture = typeof import('../cli/dry-run-fixture');

const AT = '2026-12-02T10:00';
const DAYS = [-1, 0, 1, 7, 30, 60, 3];
const dir = mkdtempSync(join(tmpdir(), 'dry-run-e2e-'));
const file = (name: string) => join(dir, name);
let fixture: Fixture;
let fixtureDir = '';

/** The repo's sample borrowers' data (the sample files without their id and label). */
const borrowers = (): Record<string, unknown>[] =>
  readdirSync('samples/borrowers')
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const { id: _id, label: _label, ...data } = JSON.parse(readFileSync(join('samples/borrowers', f), 'utf8'));
      return data as Record<string, unknown>;
    });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  // NOTE: the fixture reads the repo's rules and samples with import.meta.glob: Vite builds it for Node first.
  const build = (...args: string[]) => execFileSync('npx', ['vite', 'build', ...args, '--logLevel', 'error']);
  // NOTE: inside node_modules, so the built module finds its packages (zod, liquidjs).
  const out = mkdtempSync(join('node_modules', '.cache', 'dry-run-e2e-'));
  build('--ssr', 'tests/cli/dry-run-fixture.ts', '--outDir', out);
  build('--config', 'src/cli/vite.config.ts', '--outDir', file('cli'));
  fixture = (await import(pathToFileURL(join(out, 'dry-run-fixture.js')).href)) as Fixture;
  fixtureDir = out;
});

test.afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  if (fixtureDir) rmSync(fixtureDir, { recursive: true, force: true });
});

test('runs the send dry-run of a bundle over a CSV as the CLI does: same summary, same archive bytes', async ({
  page,
  trouble,
}) => {
  void trouble;
  test.setTimeout(240_000);
  const data = borrowers();
  const rows = Array.from({ length: 300 }, (_, i) =>
    fixture.withValues(data[i % data.length] as never, {
      'loan.overdue_days': i === 5 ? 'soon' : DAYS[i % DAYS.length],
      'borrower.phone': `139${String(10_000_000 + (i % 250)).slice(-8)}`,
    }),
  );
  const signed = await fixture.signedBundle(fixture.lawfulTemplates());
  writeFileSync(file('bundle.dunning.json'), signed.text);
  writeFileSync(file('key.jwk'), JSON.stringify(signed.publicJwk));
  writeFileSync(file('rows.csv'), fixture.csvFile(rows));

  const cli = spawnSync(
    'node',
    [file('cli/main.js'), 'dry-run', file('bundle.dunning.json'), file('rows.csv'), '--at', `${AT}+08:00`],
    { encoding: 'utf8', maxBuffer: 1 << 28 },
  );
  const refused = cli.status;
  expect(refused, 'the CLI refuses an untrusted bundle without --trust').toBe(2);
  const run = spawnSync(
    'node',
    [
      file('cli/main.js'),
      'dry-run',
      file('bundle.dunning.json'),
      file('rows.csv'),
      '--at',
      `${AT}+08:00`,
      '--trust',
      file('key.jwk'),
      '--out',
      file('cli.jsonl'),
    ],
    { encoding: 'utf8', maxBuffer: 1 << 28 },
  );
  expect(run.stderr).toBe('');
  const summary = JSON.parse(run.stdout) as { rows: number; decisions: Record<string, number>; segments: number };
  expect(summary.rows).toBe(300);
  expect(summary.decisions.rejected).toBe(1);

  await page.goto('/');
  await page.getByTestId('open-dry-run').click();
  await page.getByTestId('dry-run-bundle').setInputFiles(file('bundle.dunning.json'));
  await page.getByTestId('dry-run-key').setInputFiles(file('key.jwk'));
  await page.getByTestId('dry-run-csv').setInputFiles(file('rows.csv'));
  await page.getByTestId('dry-run-at').fill(AT);
  await page.getByTestId('dry-run-start').click();

  const progress = page.getByTestId('dry-run-progress');
  await expect(progress).toHaveAttribute('data-phase', 'done', { timeout: 180_000 });
  await expect(progress).toHaveAttribute('data-percent', '100');
  await expect(page.getByTestId('dry-run-trust')).toHaveAttribute('data-trust', 'trusted');
  await expect(page.getByTestId('dry-run-rows')).toHaveText('300');
  for (const [decision, count] of Object.entries(summary.decisions)) {
    await expect(page.getByTestId(`dry-run-decision-${decision}`)).toHaveText(String(count));
  }
  await expect(page.getByTestId('dry-run-segments')).toHaveText(String(summary.segments));
  await expect(page.getByTestId('dry-run-stage').first()).toBeVisible();
  await expect(page.getByTestId('dry-run-chart-stage').first()).toBeVisible();

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('dry-run-archive').click()]);
  const archive = readFileSync((await download.path()) ?? '', 'utf8');
  expect(archive).toBe(readFileSync(file('cli.jsonl'), 'utf8'));
});

test('refuses a bundle signed by another key than the trusted one and says why', async ({ page, trouble }) => {
  void trouble;
  const signed = await fixture.signedBundle(fixture.lawfulTemplates());
  const other = await fixture.signedBundle(fixture.lawfulTemplates());
  writeFileSync(file('b2.dunning.json'), signed.text);
  writeFileSync(file('other.jwk'), JSON.stringify(other.publicJwk));
  writeFileSync(file('one.csv'), fixture.csvFile([borrowers()[0] as never]));
  await page.goto('/');
  await page.getByTestId('open-dry-run').click();
  await page.getByTestId('dry-run-bundle').setInputFiles(file('b2.dunning.json'));
  await page.getByTestId('dry-run-key').setInputFiles(file('other.jwk'));
  await page.getByTestId('dry-run-csv').setInputFiles(file('one.csv'));
  await page.getByTestId('dry-run-at').fill(AT);
  await page.getByTestId('dry-run-start').click();
  await expect(page.getByTestId('dry-run-progress')).toHaveAttribute('data-phase', 'failed', { timeout: 60_000 });
  await expect(page.getByTestId('dry-run-problems').locator('[data-code="bundle/untrusted-key"]')).toBeVisible();
  await expect(page.getByTestId('dry-run-summary')).toHaveCount(0);
});
