import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, openStudio, pasteIntoEditor, test } from './fixtures';
import { addOwnTerm } from './review-helpers';
import { setUser } from './workspace-helpers';

async function openBackup(page: Page) {
  await page.getByTestId('open-settings').click();
  await page.getByTestId('settings-dialog').getByTestId('open-backup').click();
  const dialog = page.getByTestId('backup-dialog');
  await expect(dialog).toBeVisible();
  return dialog;
}

test('a workspace backup carries the rule pack: restored in a fresh profile, it is in use at once', async ({
  page,
  browser,
  trouble,
}) => {
  void trouble;
  test.setTimeout(240_000);
  await openStudio(page);
  await setUser(page, '李法务', 'reviewer');
  await addOwnTerm(page, '挂墙头', 1);

  const dialog = await openBackup(page);
  const downloading = page.waitForEvent('download');
  await dialog.getByTestId('backup-export').click();
  const text = readFileSync((await (await downloading).path())!, 'utf8');
  const backup = JSON.parse(text) as { packs?: { revision: number; reason: string }[] };
  expect(backup.packs?.map((r) => [r.revision, r.reason])).toEqual([[1, '新增本机构禁用语']]);

  const context = await browser.newContext();
  const other = await context.newPage();
  await openStudio(other);
  const restore = await openBackup(other);
  await other
    .getByTestId('backup-file')
    .setInputFiles({ name: 'dunning-workspace.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  const item = restore.locator('[data-testid="backup-item"][data-key="pack:1"]');
  await expect(item).toHaveAttribute('data-status', 'add');
  await expect(item).toContainText('规则包');
  await expect(item).toContainText('新增本机构禁用语');
  await restore.getByTestId('backup-apply').click();
  await expect(restore.getByTestId('backup-done')).toBeVisible();
  await restore.getByTestId('audit-load').click();
  await expect(restore.locator('[data-testid="audit-entry"][data-action="imported"]').first()).toBeVisible();
  await restore.getByTestId('backup-close').click();

  // The restored pack is in use without a reload: the own term is found.
  await pasteIntoEditor(other, '{{ platform.signature }}再不还款就把你挂墙头。');
  await expect(other.locator('[data-testid="finding"][data-rule-id="org-threat"]')).toBeVisible({ timeout: 20_000 });
  await other.getByTestId('open-rules').click();
  await expect(other.getByTestId('pack-summary')).toHaveAttribute('data-revision', '1');
  await context.close();
});
