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

test('sets the stage from a list or typed, and checks times and the daily cap as they are typed', async ({
  page,
  trouble,
}) => {
  void trouble;
  await openStudio(page);
  await page.getByTestId('new-template').click();
  const form = page.getByTestId('meta-form');
  const stage = form.getByTestId('meta-stage');
  await expect(stage).toHaveValue('');
  await expect(stage.locator('option:checked')).toHaveText('未设置');
  await expect(form.locator('input[placeholder]')).toHaveCount(0);
  await expect(form.getByTestId('meta-window-start')).toHaveValue('09:00');
  await expect(form.getByTestId('meta-window-end')).toHaveValue('20:00');

  await stage.selectOption('D-1');
  await expect(page.getByTestId('preview-filter')).toContainText('模板阶段 D-1（到期前）');
  await stage.selectOption({ label: '其他（手动输入）…' });
  const typed = form.getByTestId('meta-stage-typed');
  await typed.fill('逾期45天');
  await expect(form.getByTestId('meta-stage-error')).toHaveText(
    '阶段应为 D-天数、D0、D+天数（如 D+45），或 还款困难、委托催收；未保存。',
  );
  await expect(page.getByTestId('preview-filter')).toContainText('模板阶段 D-1');
  await typed.fill('d+45');
  await expect(form.getByTestId('meta-stage-error')).toHaveCount(0);
  await expect(page.getByTestId('preview-filter')).toContainText('模板阶段 D+45（逾期）');

  const cap = form.getByTestId('meta-max-per-day');
  await cap.fill('0');
  await expect(form.getByTestId('meta-cap-error')).toHaveText('每日上限应为 1–50 的整数；未保存。');
  await expect(page.locator('[data-testid="problem"][data-code="meta/invalid"]')).toHaveCount(0);
  await expect(page.locator('[data-testid="finding"][data-rule-id^="frequency-cap"]')).toHaveCount(0);
  await cap.fill('1');
  await expect(form.getByTestId('meta-cap-error')).toHaveCount(0);

  const start = form.getByTestId('meta-window-start');
  await start.fill('9 PM');
  await expect(form.getByTestId('meta-window-error')).toHaveText(
    '时间应为 24 小时制的 时:分，如 09:00 或 20:30；未保存。',
  );
  await start.fill('21:00');
  await expect(form.getByTestId('meta-window-error')).toHaveText(
    '开始时间 21:00 不早于结束时间 20:00：这个时段不能发送。',
  );
  await start.fill('8:30');
  await expect(form.getByTestId('meta-window-error')).toHaveCount(0);
  await page.reload();
  await expect(page.getByTestId('meta-form').getByTestId('meta-window-start')).toHaveValue('08:30', {
    timeout: 30_000,
  });
  await expect(page.getByTestId('meta-form').getByTestId('meta-stage')).toHaveValue('__other__');
  await expect(page.getByTestId('meta-form').getByTestId('meta-stage-typed')).toHaveValue('D+45');
});
