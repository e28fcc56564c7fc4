import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Locator, Page } from '@playwright/test';
import { expect, openStudio, pasteIntoEditor, test } from './fixtures';
import { latinSentences, leaksAt } from './latin-leaks';
import { setUser } from './workspace-helpers';

type Fixture = typeof import('../cli/dry-run-fixture');

let fixture: Fixture;
let fixtureDir = '';

test.beforeAll(async () => {
  test.setTimeout(180_000);
  // NOTE: the fixture signs a bundle with core (which reads the repo's rules with import.meta.glob): Vite builds it.
  const out = mkdtempSync(join('node_modules', '.cache', 'chinese-errors-e2e-'));
  execFileSync('npx', [
    'vite',
    'build',
    '--ssr',
    'tests/cli/dry-run-fixture.ts',
    '--outDir',
    out,
    '--logLevel',
    'error',
  ]);
  fixture = (await import(pathToFileURL(join(out, 'dry-run-fixture.js')).href)) as Fixture;
  fixtureDir = out;
});

test.afterAll(() => {
  if (fixtureDir) rmSync(fixtureDir, { recursive: true, force: true });
});

const json = (name: string, text: string) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
const BROKEN = '{\n  "id": "x",\n  "label": \n}';

test('the leak finder finds English sentences and lets identifiers, codes and file names pass', () => {
  expect(latinSentences('date_cn expects a date, got “abc”')).toEqual(['expects a date got abc']);
  expect(latinSentences('第 3 行：Unexpected token in JSON')).toEqual(['Unexpected token in']);
  expect(
    latinSentences('过滤器 date_cn 需要日期：borrower.name · bundle/schema · bad.dunning.json · no-insults'),
  ).toEqual([]);
  expect(latinSentences('模板 Liquid 的 JSON 与 CSV 格式')).toEqual([]);
  expect(latinSentences('模板无法解析：tag {% if x %} not closed')).toEqual(['tag if x not closed']);
});

/** Saves nothing: fills the template and waits until its report shows a problem of `code`. */
async function templateFails(page: Page, source: string, code: string): Promise<void> {
  await pasteIntoEditor(page, source);
  await expect(page.locator(`[data-testid="problem"][data-code="${code}"]`).first()).toBeVisible({ timeout: 20_000 });
}

test('walks the Chinese UI through its error paths and shows no English sentence', async ({ page, trouble }) => {
  void trouble;
  test.setTimeout(240_000);
  const leaks: string[] = [];
  const look = async (step: string, shown: Locator): Promise<void> => {
    await expect(shown.first()).toBeVisible({ timeout: 20_000 });
    leaks.push(...(await leaksAt(page, step)));
  };
  await openStudio(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await page.getByTestId('new-template').click();

  // templates whose render fails
  await templateFails(page, '{{ borrower.name | date_cn }}您好', 'template/render');
  await look('filter given a wrong type', page.getByTestId('problem'));
  await expect(page.getByTestId('problem').first()).toContainText('过滤器 date_cn 需要日期');
  await templateFails(page, '{{ borrower.name | no_such_filter }}您好', 'template/parse');
  await look('unknown filter', page.getByTestId('problem'));
  await expect(page.getByTestId('problem').first()).toContainText('未知的过滤器 no_such_filter');
  await templateFails(page, '{% if borrower.name %}您好', 'template/parse');
  await look('unclosed tag', page.getByTestId('problem'));
  await expect(page.getByTestId('problem').first()).toContainText('没有闭合');
  await templateFails(page, '{{ loan.amount | cny: "x", "y", "z" }}您好', 'template/render');
  await look('filter given wrong arguments', page.getByTestId('problem'));

  // bad meta values
  const meta = page.getByTestId('meta-form');
  await meta.getByTestId('meta-max-per-day').fill('abc');
  await look('daily cap', meta.getByTestId('meta-cap-error'));
  await meta.getByTestId('meta-window-start').fill('25:99');
  await look('window start', meta.getByTestId('meta-window-error'));
  await meta.getByTestId('meta-stage').selectOption({ label: '其他（手动输入）…' });
  await meta.getByTestId('meta-stage-typed').fill('next week');
  await look('typed stage', meta.getByTestId('meta-stage-error'));

  // bad sample values, a sample JSON of the wrong shape, a broken sample file
  await page.getByTestId('open-samples').click();
  const samples = page.getByTestId('samples-dialog');
  await samples
    .locator('[data-testid="sample-item"][data-origin="builtin"]')
    .first()
    .getByTestId('sample-duplicate')
    .click();
  const form = samples.getByTestId('sample-form');
  await form.getByLabel('样例 ID').fill('bad id!');
  await form.locator('[data-pii="cn_id"]').fill('12345');
  await form.getByLabel('到期日', { exact: true }).fill('2024-13-40');
  await form.getByLabel('还款银行卡号（敏感）').fill('6222020000000000985');
  await samples.getByTestId('sample-save').click();
  await look('sample form', samples.getByTestId('sample-problems'));
  await samples.getByTestId('sample-mode-json').check();
  await samples
    .getByTestId('sample-json')
    .fill(JSON.stringify({ id: 'x-1', label: '错', borrower: { name: 5, gender: 'x' }, loan: [], extra: true }));
  await samples.getByTestId('sample-save').click();
  await look('sample JSON of the wrong shape', samples.getByTestId('sample-problems'));
  await samples.getByTestId('sample-file').setInputFiles(json('bad-sample.json', BROKEN));
  await samples.getByTestId('sample-save').click();
  await look('broken sample file', samples.locator('[data-testid="data-problem"][data-code="sample/json"]'));
  await samples.getByRole('button', { name: '取消' }).click();
  await page.keyboard.press('Escape');
  await expect(samples).toHaveCount(0);

  // workspace backups
  await page.getByTestId('open-settings').click();
  await page.getByTestId('settings-dialog').getByTestId('open-backup').click();
  const backup = page.getByTestId('backup-dialog');
  await backup.getByTestId('backup-file').setInputFiles(json('broken-workspace.json', BROKEN));
  await look('broken backup', backup.getByTestId('data-problem'));
  await backup
    .getByTestId('backup-file')
    .setInputFiles(json('wrong-workspace.json', JSON.stringify({ format: 'other', templates: [{ id: 3 }] })));
  await look('backup of the wrong shape', backup.getByTestId('data-problem'));
  await page.keyboard.press('Escape');
  await expect(backup).toHaveCount(0);

  // bundles and keys
  await page.getByTestId('bundle-open').click();
  const bundle = page.getByTestId('bundle-dialog');
  await bundle.getByTestId('bundle-tab-import').click();
  const importFile = bundle.getByTestId('import-file');
  await importFile.setInputFiles(json('broken.dunning.json', BROKEN));
  await look('broken bundle', bundle.getByTestId('import-reason'));
  await importFile.setInputFiles(json('wrong.dunning.json', JSON.stringify({ format: 'dunning-bundle', version: 9 })));
  await look('bundle of the wrong shape', bundle.getByTestId('import-reason'));
  await expect(bundle.getByTestId('import-reason').filter({ hasText: '缺少此项' }).first()).toBeVisible();
  const signed = JSON.parse((await fixture.signedBundle(fixture.lawfulTemplates().slice(0, 1))).text);
  signed.templates[0].source += '。';
  await importFile.setInputFiles(json('tampered.dunning.json', JSON.stringify(signed)));
  const tampered = bundle.locator('[data-testid="import-reason"][data-code="bundle/template-hash"]');
  await look('tampered bundle', tampered);
  await expect(tampered).toContainText('发布包生成后被改动过');
  await bundle.getByTestId('bundle-tab-keys').click();
  const keyFile = bundle.getByTestId('trusted-key-file');
  await keyFile.setInputFiles(json('broken.jwk', BROKEN));
  await look('broken key', bundle.getByTestId('keys-error'));
  await keyFile.setInputFiles(json('wrong.jwk', JSON.stringify({ kty: 'RSA', n: 'x' })));
  await look('key of the wrong shape', bundle.getByTestId('keys-error'));
  await page.keyboard.press('Escape');
  await expect(bundle).toHaveCount(0);

  // rule packs (the legal role imports them)
  await setUser(page, '王法务', 'reviewer');
  await page.getByTestId('open-rules').click();
  await page.getByTestId('pack-tab-share').click();
  const packFile = page.getByTestId('pack-import-file');
  await packFile.setInputFiles(json('broken.dunning-pack.json', BROKEN));
  await look('broken pack', page.getByTestId('pack-import-problems'));
  await packFile.setInputFiles(
    json('wrong.dunning-pack.json', JSON.stringify({ format: 'dunning-pack', overrides: { 'no-such-rule': 5 } })),
  );
  await look('pack of the wrong shape', page.getByTestId('pack-import-problems'));

  // the send dry-run: a tampered bundle, then a CSV whose header lacks the columns
  await page.getByTestId('rules-back').click();
  await page.getByTestId('open-dry-run').click();
  await page.getByTestId('dry-run-bundle').setInputFiles(json('tampered.dunning.json', JSON.stringify(signed)));
  await page
    .getByTestId('dry-run-csv')
    .setInputFiles({ name: 'rows.csv', mimeType: 'text/csv', buffer: Buffer.from('name,phone\n张三,139\n') });
  await page.getByTestId('dry-run-start').click();
  await look(
    'dry-run of a tampered bundle',
    page.locator('[data-testid="dry-run-problems"] [data-code="bundle/template-hash"]'),
  );
  const intact = await fixture.signedBundle(fixture.lawfulTemplates().slice(0, 1));
  await page.getByTestId('dry-run-bundle').setInputFiles(json('intact.dunning.json', intact.text));
  await page.getByTestId('dry-run-key').setInputFiles(json('key.jwk', JSON.stringify(intact.publicJwk)));
  await page.getByTestId('dry-run-start').click();
  await look(
    'dry-run of a CSV without the columns',
    page.locator('[data-testid="dry-run-problems"] [data-code="csv/header"]'),
  );
  await expect(page.getByTestId('dry-run-problems')).toContainText('表头缺少这些列：borrower.');

  expect(leaks, 'English sentences in the Chinese UI').toEqual([]);
});
