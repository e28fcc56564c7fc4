import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, openStudio, pasteIntoEditor, test } from './fixtures';
import { editorText, selectedItem, waitSaved } from './workspace-helpers';

async function openBackup(page: Page) {
  await page.getByTestId('open-settings').click();
  const settings = page.getByTestId('settings-dialog');
  await expect(settings.getByTestId('key-fingerprint'), 'the signing key is shown in the settings').not.toBeEmpty();
  await settings.getByTestId('open-backup').click();
  const dialog = page.getByTestId('backup-dialog');
  await expect(dialog).toBeVisible();
  return dialog;
}

/** The editor's one-line text (the narrow editor wraps long lines into several view lines). */
const oneLine = async (page: Page): Promise<string> => (await editorText(page)).replace(/\n/g, '');

const chooseFile = (page: Page, text: string) =>
  page
    .getByTestId('backup-file')
    .setInputFiles({ name: 'dunning-workspace.json', mimeType: 'application/json', buffer: Buffer.from(text) });

test('exports the workspace, re-imports it as identical, and overwrites a changed draft only when ticked', async ({
  page,
  trouble,
}) => {
  void trouble;
  test.setTimeout(120_000);
  await openStudio(page);
  const id = await selectedItem(page).getAttribute('data-template-id');
  expect(id).toBeTruthy();
  const original = '{{ platform.signature }}备份前的原文，{{ borrower.name }}您好。';
  await pasteIntoEditor(page, original);
  await waitSaved(page);

  const dialog = await openBackup(page);
  const downloading = page.waitForEvent('download');
  await dialog.getByTestId('backup-export').click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^dunning-workspace-\d{8}\.json$/);
  const backup = JSON.parse(readFileSync((await download.path())!, 'utf8')) as {
    format: string;
    templates: { id: string; name: string; source: string }[];
  };
  expect(backup.format).toBe('dunning-workspace');
  const mine = backup.templates.find((t) => t.id === id);
  expect(mine?.source).toBe(original);
  expect(backup.templates.length).toBeGreaterThan(1);

  await chooseFile(page, JSON.stringify(backup));
  await expect(dialog.getByTestId('backup-nothing')).toBeVisible();
  await expect(
    dialog.locator(`[data-testid="backup-item"][data-status="identical"][data-key="template:${id}"]`),
  ).toBeVisible();
  await expect(dialog.locator('[data-testid="backup-item"][data-status="conflict"]')).toHaveCount(0);
  await expect(dialog.getByTestId('backup-apply')).toBeDisabled();

  const changed = '{{ platform.signature }}备份里改过的版本，{{ borrower.name }}您好。';
  const modified = { ...backup, templates: backup.templates.map((t) => (t.id === id ? { ...t, source: changed } : t)) };
  await chooseFile(page, JSON.stringify(modified));
  const conflict = dialog.locator(`[data-testid="backup-item"][data-status="conflict"][data-key="template:${id}"]`);
  await expect(conflict).toBeVisible();
  await expect(conflict.getByTestId('backup-overwrite')).not.toBeChecked();
  await expect(dialog.getByTestId('backup-apply')).toBeDisabled();
  await dialog.getByTestId('backup-close').click();
  expect(await oneLine(page)).toBe(original);
  await expect(page.getByTestId('bubble-text').first()).toContainText('备份前的原文');

  const again = await openBackup(page);
  await chooseFile(page, JSON.stringify(modified));
  await again.locator(`[data-testid="backup-item"][data-key="template:${id}"]`).getByTestId('backup-overwrite').check();
  await again.getByTestId('backup-apply').click();
  await expect(again.getByTestId('backup-done')).toBeVisible();
  await again.getByTestId('backup-close').click();
  await expect.poll(() => oneLine(page)).toBe(changed);
  await expect(page.getByTestId('bubble-text').first()).toContainText('备份里改过的版本');
});
