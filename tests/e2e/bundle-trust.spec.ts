import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { createBundle } from '../../src/core/bundle/create';
import { contentHash } from '../../src/core/review/content-hash';
import { expect, openStudio, test } from './fixtures';

const ID = 'trust-check-reminder';
const ACTOR = '赵运维';

/** An unsigned bundle holding one lawful example template under a new id, approved under some other rules. */
async function unsignedBundleFile(): Promise<string> {
  const source = readFileSync('samples/templates/d-plus-1-reminder.liquid', 'utf8');
  const meta = {
    ...JSON.parse(readFileSync('samples/templates/d-plus-1-reminder.meta.json', 'utf8')),
    id: ID,
    name: '来源确认测试',
  };
  const hashes = { rulesetHash: 'a'.repeat(64), samplesHash: 'b'.repeat(64) };
  const bundle = await createBundle({
    generator: { name: 'dunning-studio', version: '0.1.0' },
    ruleset: { hash: hashes.rulesetHash, ruleCount: 1 },
    samples: { hash: hashes.samplesHash },
    sequence: 1,
    templates: [
      {
        id: ID,
        meta,
        source,
        approval: {
          reviewer: '王法务',
          approvedAt: new Date().toISOString(),
          note: '同意发送',
          reportSummary: { verdict: 'pass', score: 100, counts: { error: 0, warning: 0, info: 0 } },
          justifications: [],
          contentHash: await contentHash({ source, meta, ...hashes }),
        },
      },
    ],
  });
  // NOTE: not testInfo.outputPath: a concurrent Playwright run may clear test-results/ mid-test.
  const file = join(mkdtempSync(join(tmpdir(), 'dunning-trust-')), 'unsigned.dunning.json');
  writeFileSync(file, JSON.stringify(bundle, null, 2));
  return file;
}

async function setUser(page: Page, name: string): Promise<void> {
  await page.getByTestId('open-settings').click();
  await page.getByTestId('settings-name').fill(name);
  await page.getByTestId('settings-save').click();
  await expect(page.getByTestId('current-user')).toHaveText(name);
}

test('imports an unsigned bundle only after the person confirms its origin, and records the confirmation', async ({
  page,
  trouble,
}) => {
  void trouble;
  test.setTimeout(120_000);
  const file = await unsignedBundleFile();
  await openStudio(page);
  await setUser(page, ACTOR);

  await page.getByTestId('bundle-open').click();
  const dialog = page.getByTestId('bundle-dialog');
  await dialog.getByTestId('bundle-tab-import').click();
  await dialog.getByTestId('import-file').setInputFiles(file);

  await expect(dialog.getByTestId('import-accepted')).toHaveAttribute('data-signer', 'unsigned');
  const warning = dialog.getByTestId('import-trust-warning');
  await expect(warning).toBeVisible();
  await expect(warning.locator('[data-testid="import-reason"][data-code="bundle/unsigned"]')).toHaveCount(1);
  await expect(dialog.locator(`[data-testid="import-item"][data-template-id="${ID}"]`)).toHaveAttribute(
    'data-kind',
    'new',
  );
  const apply = dialog.getByTestId('import-apply');
  await expect(apply).toBeDisabled();

  await warning.getByTestId('import-trust-confirm').check();
  await expect(apply).toBeEnabled();
  await warning.getByTestId('import-trust-confirm').uncheck();
  await expect(apply).toBeDisabled();
  await warning.getByTestId('import-trust-confirm').check();
  await apply.click();
  await expect(dialog.getByTestId('import-outcome')).toHaveAttribute('data-imported', '1');
  await expect(dialog.getByTestId('import-outcome')).toHaveAttribute('data-skipped', '0');
  await dialog.getByTestId('bundle-close').click();

  const entry = page.locator(`[data-testid="library-item"][data-template-id="${ID}"]`);
  await expect(entry).toBeVisible();
  await entry.click();
  await page.getByTestId('open-versions').click();
  await expect(page.getByTestId('version-item')).toHaveCount(1);
  await expect(page.getByTestId('version-item')).toContainText(`unsigned; origin confirmed by ${ACTOR}`);
});

test('shows an unsigned bundle’s warning again for each file and imports nothing unconfirmed', async ({
  page,
  trouble,
}) => {
  void trouble;
  const file = await unsignedBundleFile();
  await openStudio(page);
  await page.getByTestId('bundle-open').click();
  const dialog = page.getByTestId('bundle-dialog');
  await dialog.getByTestId('bundle-tab-import').click();
  await dialog.getByTestId('import-file').setInputFiles(file);
  await dialog.getByTestId('import-trust-confirm').check();
  await dialog.getByTestId('import-file').setInputFiles(file);
  await expect(dialog.getByTestId('import-trust-confirm')).not.toBeChecked();
  await expect(dialog.getByTestId('import-apply')).toBeDisabled();
  await dialog.getByTestId('bundle-close').click();
  await expect(page.locator(`[data-testid="library-item"][data-template-id="${ID}"]`)).toHaveCount(0);
});
