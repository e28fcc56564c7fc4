import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { expect, openStudio, test, typeIntoEditor } from './fixtures';

const CLI_DIR = 'node_modules/.cache/cli-e2e';
const TEMPLATE = 'd-plus-1-reminder';

/** Runs the bundle CLI (built once for this file) and returns its exit code and output. */
function verifyCli(...args: string[]): { status: number | null; out: string } {
  const r = spawnSync('node', [`${CLI_DIR}/main.js`, 'verify', ...args], { encoding: 'utf8' });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

async function setUser(page: Page, name: string, role: 'writer' | 'reviewer'): Promise<void> {
  await page.getByTestId('open-settings').click();
  await page.getByTestId('settings-name').fill(name);
  await page.getByTestId(`settings-role-${role}`).check();
  await page.getByTestId('settings-save').click();
  await expect(page.getByTestId('current-user')).toHaveText(name);
}

/** A writer saves and submits the selected template; a reviewer approves it (justifying any warning). */
async function approveThroughUi(page: Page): Promise<void> {
  await setUser(page, '李文案', 'writer');
  await page.getByTestId('save-version').click();
  await page.getByTestId('version-message').fill('送审');
  await page.getByTestId('version-save').click();
  await expect(page.getByTestId('version-dialog')).toBeHidden();
  await page.getByTestId('open-versions').click();
  await page.getByTestId('submit-review').click();
  await expect(page.getByTestId('review-entry').first()).toHaveAttribute('data-status', 'in_review');
  await setUser(page, '王法务', 'reviewer');
  for (const box of await page.getByTestId('justification').all()) await box.fill('已核实，表述客观');
  await page.getByTestId('review-note').fill('同意发送');
  await page.getByTestId('approve').click();
  await expect(page.locator('[data-testid="review-entry"][data-status="approved"]')).toHaveCount(1);
  await page.getByTestId('back-to-editor').click();
}

test.beforeAll(() => {
  execFileSync(
    'npx',
    ['vite', 'build', '--ssr', 'src/cli/main.ts', '--outDir', CLI_DIR, '--emptyOutDir', '--logLevel', 'error'],
    { stdio: 'inherit' },
  );
});

test('exports an approved template as a signed bundle the CLI verifies, and refuses a tampered copy', async ({
  page,
  browser,
  trouble,
}) => {
  void trouble;
  // NOTE: not testInfo.outputPath: a concurrent Playwright run may clear test-results/ mid-test.
  const dir = mkdtempSync(join(tmpdir(), 'dunning-export-'));
  test.setTimeout(180_000);
  await openStudio(page);
  const entry = page.locator(`[data-testid="library-item"][data-template-id="${TEMPLATE}"]`);
  await entry.click();
  await expect(
    entry.getByTestId('verdict'),
    'the example must not block, or it cannot be approved',
  ).not.toHaveAttribute('data-verdict', /^(block)?$/);
  await approveThroughUi(page);

  await page.getByTestId('bundle-open').click();
  const dialog = page.getByTestId('bundle-dialog');
  const item = dialog.locator(`[data-testid="export-item"][data-template-id="${TEMPLATE}"]`);
  await expect(item).toHaveAttribute('data-blocked', '');
  await expect(item.getByRole('checkbox')).toBeChecked();
  const unapproved = dialog.locator('[data-testid="export-item"][data-template-id="d-minus-1-reminder"]');
  await expect(unapproved).toHaveAttribute('data-blocked', 'not-approved');
  await expect(unapproved.getByRole('checkbox')).toBeDisabled();
  await expect(dialog.getByTestId('export-sign')).toBeChecked();
  await expect(dialog.getByTestId('export-stage-policy-choice')).toHaveValue('exact-day');
  await dialog.getByTestId('export-stage-policy-choice').selectOption('latest-reached');
  await dialog.getByTestId('export-build').click();
  await expect(dialog.getByTestId('export-verified')).toBeVisible();
  await expect(dialog.getByTestId('export-stage-policy')).toHaveAttribute('data-stage-policy', 'latest-reached');

  const downloading = page.waitForEvent('download');
  await dialog.getByTestId('export-download').click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`${TEMPLATE}.dunning.json`);
  const file = join(dir, download.suggestedFilename());
  await download.saveAs(file);
  const bundle = JSON.parse(readFileSync(file, 'utf8'));
  expect(bundle.templates.map((t: { id: string }) => t.id)).toEqual([TEMPLATE]);
  expect(bundle.templates[0].approval.reviewer).toBe('王法务');
  expect(bundle.signature.alg).toBe('ES256');
  expect(bundle.stagePolicy).toBe('latest-reached');

  await dialog.getByTestId('bundle-tab-keys').click();
  await expect(dialog.getByTestId('key-fingerprint')).toHaveText(bundle.signature.fingerprint);
  const keyDownload = page.waitForEvent('download');
  await dialog.getByTestId('key-download').click();
  const jwk = join(dir, 'signer.jwk');
  await (await keyDownload).saveAs(jwk);

  expect(verifyCli(file).status).toBe(1);
  expect(verifyCli(file, '--allow-untrusted').status).toBe(0);
  expect(verifyCli(file, '--trust', jwk).status).toBe(0);

  const tampered = structuredClone(bundle);
  tampered.templates[0].source += '。';
  const tamperedFile = join(dir, 'tampered.dunning.json');
  writeFileSync(tamperedFile, JSON.stringify(tampered, null, 2));
  const refused = verifyCli(tamperedFile);
  expect(refused.status).toBe(1);
  expect(refused.out).toContain('bundle/template-hash');

  await dialog.getByTestId('bundle-tab-import').click();
  await dialog.getByTestId('import-file').setInputFiles(tamperedFile);
  await expect(dialog.getByTestId('import-refused')).toBeVisible();
  await expect(dialog.locator('[data-testid="import-reason"][data-code="bundle/template-hash"]')).toHaveCount(1);
  await expect(dialog.getByTestId('import-item')).toHaveCount(0);

  await dialog.getByTestId('import-file').setInputFiles(file);
  await expect(dialog.getByTestId('import-accepted')).toHaveAttribute('data-signer', 'own');
  await expect(dialog.locator(`[data-testid="import-item"][data-template-id="${TEMPLATE}"]`)).toHaveAttribute(
    'data-kind',
    'identical',
  );
  await dialog.getByTestId('bundle-close').click();

  await importInOtherBrowser(browser, file, jwk);

  await typeIntoEditor(page, '【钱站】审批后改动的草稿');
  await page.getByTestId('bundle-open').click();
  await expect(dialog.locator(`[data-testid="export-item"][data-template-id="${TEMPLATE}"]`)).toHaveAttribute(
    'data-blocked',
    'changed-since-approval',
  );
});

/**
 * Another browser profile (its own key): the bundle is refused until the signer's public key is trusted, then the
 * conflicting example draft is replaced, after confirmation, by the approved version.
 */
async function importInOtherBrowser(browser: Browser, file: string, jwk: string): Promise<void> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await openStudio(page);
  await page.locator('[data-testid="library-item"][data-template-id="d-minus-1-reminder"]').click();
  await page.getByTestId('bundle-open').click();
  const dialog = page.getByTestId('bundle-dialog');
  await dialog.getByTestId('bundle-tab-import').click();
  await dialog.getByTestId('import-file').setInputFiles(file);
  await expect(dialog.locator('[data-testid="import-reason"][data-code="bundle/untrusted-key"]')).toHaveCount(1);

  await dialog.getByTestId('bundle-tab-keys').click();
  await dialog.getByTestId('trusted-key-file').setInputFiles(jwk);
  await expect(dialog.getByTestId('trusted-key')).toHaveCount(1);
  await dialog.getByTestId('bundle-tab-import').click();
  await dialog.getByTestId('import-file').setInputFiles(file);
  await expect(dialog.getByTestId('import-accepted')).toHaveAttribute('data-signer', 'trusted');
  const item = dialog.locator(`[data-testid="import-item"][data-template-id="${TEMPLATE}"]`);
  await expect(item).toHaveAttribute('data-kind', 'conflict');
  await item.getByRole('checkbox').check();
  await dialog.getByTestId('import-apply').click();
  await expect(dialog.getByTestId('import-outcome')).toHaveAttribute('data-imported', '1');
  await expect(dialog.getByTestId('import-outcome')).toHaveAttribute('data-skipped', '0');
  await dialog.getByTestId('bundle-close').click();
  const badge = page.locator(
    `[data-testid="library-item"][data-template-id="${TEMPLATE}"] [data-testid="approval-status"]`,
  );
  await expect(badge).toHaveAttribute('data-status', 'approved');
  await page.getByTestId('bundle-open').click();
  await expect(dialog.locator(`[data-testid="export-item"][data-template-id="${TEMPLATE}"]`)).toHaveAttribute(
    'data-blocked',
    '',
  );
  expect(errors).toEqual([]);
  await context.close();
}
