import type { Page } from '@playwright/test';
import { expect, openStudio, pasteIntoEditor, test } from './fixtures';

const INSULT = '{{ platform.signature }}你这个老赖，尽快还款。';

async function openRule(page: Page, ruleId: string): Promise<ReturnType<Page['getByTestId']>> {
  await page.getByTestId('rule-search').fill(ruleId);
  await page.locator(`[data-testid="rule-item"][data-rule-id="${ruleId}"]`).click();
  const detail = page.getByTestId('rule-detail');
  await expect(detail).toHaveAttribute('data-rule-id', ruleId);
  return detail;
}

test('a reviewer sees each basis with its instrument kind, evidence label and, in English, its gloss', async ({
  page,
  trouble,
}) => {
  void trouble;
  await openStudio(page);

  // The findings panel: the basis of a finding names the instrument, its kind and label.
  await pasteIntoEditor(page, INSULT);
  const finding = page.locator('[data-testid="finding"][data-rule-id="no-insults"]');
  await finding.getByRole('button', { name: '依据' }).click();
  const civilCode = finding.locator('[data-testid="basis-text"][data-kind="law"][data-label="V1"]').first();
  await expect(civilCode).toContainText('《民法典》');
  await expect(civilCode).toContainText('[法律 · V1 原文已核实]');

  // The catalog: a rule resting on primary instruments, and one that has none and says so.
  await page.getByTestId('open-rules').click();
  await expect(page.getByTestId('rule-catalog')).toBeVisible();
  let detail = await openRule(page, 'no-insults');
  await expect(detail.getByTestId('rule-basis-weak')).toHaveCount(0);
  await expect(detail.locator('[data-testid="basis-text"][data-kind="self_regulatory"]').first()).toContainText(
    '行业自律规范 · V2 经转述核实',
  );
  detail = await openRule(page, 'due-date-or-overdue-days');
  await expect(detail.getByTestId('rule-basis-weak')).toContainText('无一手依据');
  await expect(detail.locator('[data-testid="basis-text"][data-kind="secondary"]')).toContainText('二手资料');

  // In English the Chinese instrument name stays and an English gloss follows it.
  await page.getByTestId('lang-switch').click();
  detail = await openRule(page, 'no-insults');
  const first = detail.locator('[data-testid="basis-text"][data-kind="law"]').first();
  await expect(first).toContainText('《民法典》 (Civil Code)');
  await expect(first).toContainText('[law · V1 verified in the text]');
  await page.getByTestId('rule-search').fill('Personal Information Protection Law');
  await expect(page.locator('[data-testid="rule-item"][data-rule-id="no-full-id-number"]')).toBeVisible();
});
