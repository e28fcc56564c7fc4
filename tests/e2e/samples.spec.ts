import { expect, openStudio, test } from './fixtures';

const LABEL = 'E2E 自定义样例';

test('saves a user sample from the form only when it is true, and checks every template against it after a reload', async ({
  page,
  trouble,
}) => {
  void trouble;
  test.setTimeout(120_000);
  await openStudio(page);
  const bubbles = page.getByTestId('bubble-text');
  await expect.poll(() => bubbles.count()).toBeGreaterThan(1);
  const before = await bubbles.count();

  const opener = page.getByTestId('open-samples');
  await opener.click();
  const dialog = page.getByTestId('samples-dialog');
  await expect(dialog)
    .toBeFocused({ timeout: 1 })
    .catch(() => undefined);
  await dialog
    .locator('[data-testid="sample-item"][data-origin="builtin"]')
    .first()
    .getByTestId('sample-duplicate')
    .click();
  const form = dialog.getByTestId('sample-form');
  await expect(form).toBeVisible();
  // PII is masked until the writer edits it
  const id = form.locator('[data-pii="cn_id"]');
  await expect(id).toHaveValue(/^\d{6}\*{8}\d{3}[\dX]$/);
  await id.focus();
  await expect(id).toHaveValue(/^\d{17}[\dX]$/);

  await form.getByLabel('样例 ID').fill('e2e-sample');
  await form.getByLabel('名称（预览中显示）').fill(LABEL);
  await form.getByLabel('到期日', { exact: true }).fill('2024-02-30');
  await form.getByLabel('还款银行卡号（敏感）').fill('6222020000000000985');
  await dialog.getByTestId('sample-save').click();
  const problems = dialog.getByTestId('sample-problems');
  await expect(problems.locator('[data-path="loan.due_date"]')).toHaveText('到期日：2024-02-30 不是真实存在的日期');
  await expect(problems.locator('[data-path="loan.bank_card"]')).toHaveText(
    '还款银行卡号：卡号校验位错误（Luhn 校验不通过）',
  );
  await expect(form.locator('[data-path="loan.due_date"]').getByTestId('sample-field-error')).toBeVisible();
  await expect(dialog.locator('[data-testid="sample-item"][data-origin="user"]')).toHaveCount(0);

  // the same sample as JSON: a syntax error is shown by line
  await dialog.getByTestId('sample-mode-json').check();
  const json = dialog.getByTestId('sample-json');
  await expect(json).toHaveValue(/"due_date": "2024-02-30"/);
  await json.fill('{\n  "id": "e2e-sample",\n  "label": \n}');
  await dialog.getByTestId('sample-save').click();
  await expect(dialog.locator('[data-testid="data-problem"][data-code="sample/json"][data-line="4"]')).toBeVisible();
  await dialog.getByTestId('sample-mode-form').check();
  await expect(form).toHaveCount(0);

  await dialog.getByRole('button', { name: '取消' }).click();
  await dialog
    .locator('[data-testid="sample-item"][data-origin="builtin"]')
    .first()
    .getByTestId('sample-duplicate')
    .click();
  await form.getByLabel('样例 ID').fill('e2e-sample');
  await form.getByLabel('名称（预览中显示）').fill(LABEL);
  await dialog.getByTestId('sample-save').click();
  await expect(dialog.getByTestId('sample-editor')).toHaveCount(0);
  const item = dialog.locator('[data-testid="sample-item"][data-origin="user"][data-sample-id="e2e-sample"]');
  await expect(item).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(opener).toBeFocused();

  const preview = page.getByTestId('preview');
  await expect(bubbles).toHaveCount(before + 1);
  await expect(preview.getByText(LABEL)).toBeVisible();

  await page.reload();
  await expect(page.getByTestId('bubble-text').first()).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('bubble-text')).toHaveCount(before + 1);
  await expect(page.getByTestId('preview').getByText(LABEL)).toBeVisible();

  // deleting asks first
  await page.getByTestId('open-samples').click();
  const row = page.locator('[data-testid="sample-item"][data-sample-id="e2e-sample"]');
  await row.getByTestId('sample-delete').click();
  await expect(row.getByTestId('sample-delete-confirm')).toContainText(`删除样例「${LABEL}」？`);
  await row.getByTestId('sample-delete-no').click();
  await expect(row).toBeVisible();
  await row.getByTestId('sample-delete').click();
  await row.getByTestId('sample-delete-yes').click();
  await expect(row).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('bubble-text')).toHaveCount(before);
});

test('previews the samples of the template’s stage, says how many are hidden and shows all on request', async ({
  page,
  trouble,
}) => {
  void trouble;
  await openStudio(page);
  await page.locator('[data-testid="library-item"][data-template-id="d-minus-1-reminder"]').click();
  const filter = page.getByTestId('preview-filter');
  await expect(filter).toContainText('模板阶段 D-1（到期前）：已隐藏');
  const hidden = Number(await filter.getAttribute('data-hidden'));
  expect(hidden).toBeGreaterThan(0);
  const bubbles = page.getByTestId('bubble');
  const shown = await bubbles.count();
  await expect(page.locator('[data-testid="bubble-badge"][data-fit="edge"]').first()).toContainText(
    '边界样例 · 逾期 1 天',
  );

  await page.getByTestId('preview-show-all').click();
  await expect(bubbles).toHaveCount(shown + hidden);
  await expect(page.locator('[data-testid="bubble-badge"][data-fit="other"]')).toHaveCount(hidden);
  await page.getByTestId('preview-show-all').click();
  await expect(bubbles).toHaveCount(shown);

  await page.locator('[data-testid="library-item"][data-template-id="d-plus-7-reminder"]').click();
  await expect(filter).toContainText('模板阶段 D+7（逾期）');
  await expect(page.locator('[data-testid="bubble-badge"][data-fit="edge"]')).toContainText(['边界样例 · 到期当天']);
});
