import { expect, type Page } from '@playwright/test';
import { saveVersion, setUser } from './workspace-helpers';

/** The writer saves and submits the selected template; the legal reviewer approves it and goes back to the editor. */
export async function approveSelected(page: Page): Promise<void> {
  await setUser(page, '王文案', 'writer');
  await saveVersion(page, '送审');
  await page.getByTestId('open-versions').click();
  await page.getByTestId('submit-review').click();
  await expect(page.getByTestId('review-entry').last()).toHaveAttribute('data-status', 'in_review');
  await setUser(page, '李法务', 'reviewer');
  for (const box of await page.getByTestId('justification').all()) await box.fill('已核实：提醒语气，未夸大后果。');
  await page.getByTestId('review-note').fill('同意发送');
  await page.getByTestId('approve').click();
  await expect(page.getByTestId('review-entry').last()).toHaveAttribute('data-status', 'approved');
  await page.getByTestId('back-to-editor').click();
}

/** Adds a copy of the first built-in borrower (overdue) as an own sample, optionally with another app name. */
export async function addSample(page: Page, id: string, label: string, appName?: string): Promise<void> {
  await page.getByTestId('open-samples').click();
  const dialog = page.getByTestId('samples-dialog');
  await dialog
    .locator('[data-testid="sample-item"][data-origin="builtin"]')
    .first()
    .getByTestId('sample-duplicate')
    .click();
  const form = dialog.getByTestId('sample-form');
  await form.getByLabel('样例 ID').fill(id);
  await form.getByLabel('名称（预览中显示）').fill(label);
  if (appName) await form.getByLabel('官方APP名称').fill(appName);
  await dialog.getByTestId('sample-save').click();
  await expect(dialog.locator(`[data-testid="sample-item"][data-sample-id="${id}"]`)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
}

/** Adds an own banned term list in the rule catalog and saves the pack as the given revision, with reasons. */
export async function addOwnTerm(page: Page, term: string, revision: number): Promise<void> {
  await page.getByTestId('open-rules').click();
  await expect(page.getByTestId('rule-catalog')).toBeVisible();
  await page.getByTestId('pack-tab-terms').click();
  await page.getByTestId('terms-words').fill(term);
  await page.getByTestId('terms-reason').fill('本机构禁止以公开示众相威胁');
  await page.getByTestId('terms-apply').click();
  // NOTE: saving while the live before → after preview is still pending can be superseded by it (same worker key).
  await expect(page.getByTestId('pack-preview')).toBeVisible({ timeout: 20_000 });
  await page.getByTestId('pack-save-reason').fill('新增本机构禁用语');
  await page.getByTestId('pack-save').click();
  await expect(page.getByTestId('pack-changes')).toHaveCount(0, { timeout: 20_000 });
  await expect(page.getByTestId('pack-summary')).toHaveAttribute('data-revision', String(revision));
  await page.getByTestId('rules-back').click();
}
