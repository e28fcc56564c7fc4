import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { parseCsv } from '../../src/worker/batch-csv';

/** Lawful reminders and abusive messages, varied by number so no two lines are equal. */
const LAWFUL = [
  (i: number) =>
    `【示例消费金融】您好，您的借款已逾期${(i % 28) + 1}天，应还${1000 + i}.00元，请通过官方APP还款，客服400-000-1234。`,
  (i: number) =>
    `【某某银行】尊敬的客户，您的信用卡账单已逾期${(i % 9) + 1}天，应还¥${520 + i}.00，请登录银行APP还款，客服95588。`,
  (i: number) =>
    `【示例小额贷款】您好，您于${(i % 12) + 1}月${(i % 28) + 1}日到期的借款尚未结清，应还${300 + i}元，可在官方小程序还款，如已还款请忽略，客服400-800-1234。`,
  (i: number) => `【示例消费金融】您好，您的借款已逾期${(i % 5) + 1}天，应还${2000 + i}元，请通过官方APP还款。`,
];
const ABUSIVE = [
  (i: number) => `你这个老赖，再不还${800 + i}元就上门找你家人！`,
  (i: number) => `【钱站】${(i % 3) + 1}天内不还款，我们将通知你单位同事和紧急联系人。`,
  (i: number) => `再不还钱就起诉你，让你坐牢，法院已经立案了！编号${i}`,
  (i: number) => `【催收中心】你的欠款${900 + i}元已移交律师事务所，明天派人上门调查。`,
];
/** `count` messages, three lawful for every two abusive. */
const corpus = (count: number): string[] =>
  Array.from({ length: count }, (_, i) => (i % 5 < 3 ? LAWFUL[i % LAWFUL.length] : ABUSIVE[i % ABUSIVE.length])!(i));

/** How many of `lines` the CLI blocks: each line a .txt file, `check --format json` with the repo's rules and samples. */
function cliBlocked(lines: string[]): number {
  const dir = mkdtempSync(join(tmpdir(), 'batch-e2e-'));
  try {
    const cli = join(dir, 'cli');
    const build = spawnSync('npx', ['vite', 'build', '--config', 'src/cli/vite.config.ts', '--outDir', cli], {
      encoding: 'utf8',
    });
    expect(build.status, build.stderr).toBe(0);
    const messages = join(dir, 'messages');
    mkdirSync(messages);
    lines.forEach((line, i) => writeFileSync(join(messages, `${String(i + 1).padStart(5, '0')}.txt`), line));
    const run = spawnSync('node', [join(cli, 'main.js'), 'check', '--format', 'json', messages], {
      encoding: 'utf8',
      maxBuffer: 1 << 30,
    });
    expect(run.stderr).toBe('');
    const report = JSON.parse(run.stdout) as { files: { report: { verdict: string } }[] };
    expect(report.files).toHaveLength(lines.length);
    return report.files.filter((f) => f.report.verdict === 'block').length;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const count = async (page: import('@playwright/test').Page, status: string): Promise<number> =>
  Number(await page.getByTestId(`batch-count-${status}`).getAttribute('data-count'));

test('checks 2,000 pasted messages, blocks as many as the CLI does, and exports them as CSV', async ({
  page,
  trouble,
}) => {
  void trouble;
  test.setTimeout(240_000);
  const lines = corpus(2000);
  await page.goto('/');
  await page.getByTestId('open-batch').click();
  await page.getByTestId('batch-text').fill(lines.join('\n'));
  await expect(page.getByTestId('batch-input')).toContainText('2000');
  await page.getByTestId('batch-start').click();

  const progress = page.getByTestId('batch-progress');
  await expect(progress).toHaveAttribute('data-phase', 'done', { timeout: 180_000 });
  await expect(progress).toHaveAttribute('data-percent', '100');
  await expect(page.getByTestId('batch-progress-text')).toContainText('2000 / 2000');

  const blocked = await count(page, 'block');
  const passed = await count(page, 'pass');
  const warned = await count(page, 'warn');
  expect(blocked + passed + warned).toBe(2000);
  expect(blocked).toBeGreaterThan(0);
  expect(passed).toBeGreaterThan(0);
  await expect(page.getByTestId('batch-bad')).toHaveCount(0);
  await expect(page.getByTestId('batch-chart-bar').first()).toBeVisible();

  expect(cliBlocked(lines)).toBe(blocked);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('batch-export-csv').click()]);
  const csv = readFileSync((await download.path()) ?? '', 'utf8');
  const records = parseCsv(csv).flatMap((r) => ('fields' in r ? [r.fields] : []));
  expect(records[0]).toEqual(['line', 'verdict', 'score', 'categories', 'problems', 'text']);
  const rows = records.slice(1);
  expect(rows).toHaveLength(2000);
  expect(rows.filter((r) => r[1] === 'block')).toHaveLength(blocked);
  expect(rows.filter((r) => r[1] === 'pass')).toHaveLength(passed);
  expect(rows.map((r) => r[5])).toEqual(lines);
});

test('filters to blocked rows, highlights the abusive words, and opens a row as a new draft', async ({
  page,
  trouble,
}) => {
  void trouble;
  const lines = [
    '【示例消费金融】您好，您的借款已逾期7天，应还1000.00元，请通过官方APP还款，客服400-000-1234。',
    '',
    '你这个老赖，再不还钱就上门找你家人！',
  ];
  await page.goto('/');
  await page.getByTestId('open-batch').click();
  await page.getByTestId('batch-text').fill(lines.join('\n'));
  await page.getByTestId('batch-start').click();
  await expect(page.getByTestId('batch-progress')).toHaveAttribute('data-phase', 'done', { timeout: 60_000 });

  await expect(page.getByTestId('batch-bad-row')).toHaveAttribute('data-line', '2');
  await expect(page.getByTestId('batch-bad-row')).toHaveAttribute('data-reason', 'empty');

  await page.getByTestId('batch-count-block').click();
  const rows = page.getByTestId('batch-row');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toHaveAttribute('data-line', '3');
  await expect(rows.first().locator('mark').first()).toBeVisible();
  expect((await rows.first().locator('mark').allTextContents()).join('|')).toContain('老赖');

  await rows.first().getByTestId('batch-row-open').click();
  await expect(page.locator('.monaco-editor .view-lines')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('template-name')).toHaveText('批量第 3 行');
  await expect(page.locator('.monaco-editor .view-lines')).toContainText('老赖');
});

test('reads a GB18030 CSV file, picks the message column and lists a blank row as invalid', async ({
  page,
  trouble,
}) => {
  void trouble;
  // '序号,短信内容\r\n1,"【示例银行】您好，请还款"\r\n2,你这个老赖\r\n3,\r\n' in GB18030
  const hex =
    'd0f2bac52cb6ccd0c5c4dac8dd0d0a312c22a1becabec0fdd2f8d0d0a1bfc4fabac3a3acc7ebbbb9bfee220d0a322cc4e3d5e2b8f6c0cfc0b50d0a332c0d0a';
  await page.goto('/');
  await page.getByTestId('open-batch').click();
  await page.getByTestId('batch-source-file').click();
  await page
    .getByTestId('batch-file')
    .setInputFiles({ name: 'export.csv', mimeType: 'text/csv', buffer: Buffer.from(hex, 'hex') });
  await expect(page.getByTestId('batch-file-info')).toContainText('GB18030');
  await expect(page.getByTestId('batch-column')).toHaveValue('1');
  await expect(page.getByTestId('batch-preview')).toContainText('你这个老赖');
  await page.getByTestId('batch-start').click();
  await expect(page.getByTestId('batch-progress')).toHaveAttribute('data-phase', 'done', { timeout: 60_000 });
  expect(await count(page, 'block')).toBe(2);
  await expect(page.getByTestId('batch-bad-row')).toHaveAttribute('data-line', '4');
});
