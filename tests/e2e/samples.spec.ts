import { expect, openStudio, test } from './fixtures';

const LABEL = 'E2E 自定义样例';

test('saves a user sample only when valid and checks every template against it, also after a reload', async ({
  page,
  trouble,
}) => {
  void trouble;
  test.setTimeout(120_000);
  await openStudio(page);
  const bubbles = page.getByTestId('bubble-text');
  await expect.poll(() => bubbles.count()).toBeGreaterThan(1);
  const before = await bubbles.count();

  await page.getByTestId('open-samples').click();
  const dialog = page.getByTestId('samples-dialog');
  await dialog
    .locator('[data-testid="sample-item"][data-origin="builtin"]')
    .first()
    .getByTestId('sample-duplicate')
    .click();
  const json = dialog.getByTestId('sample-json');
  const sample = JSON.parse(await json.inputValue()) as { id: string; label: string; loan: { due_date: string } };
  sample.id = 'e2e-sample';
  sample.label = LABEL;

  await json.fill('{\n  "id": "e2e-sample",\n  "label": \n}');
  await dialog.getByTestId('sample-save').click();
  await expect(dialog.locator('[data-testid="data-problem"][data-code="sample/json"][data-line="4"]')).toBeVisible();

  await json.fill(JSON.stringify({ ...sample, loan: { ...sample.loan, due_date: '5月1日' } }, null, 2));
  await dialog.getByTestId('sample-save').click();
  await expect(dialog.locator('[data-testid="data-problem"][data-path="loan.due_date"]')).toBeVisible();
  await expect(dialog.locator('[data-testid="sample-item"][data-origin="user"]')).toHaveCount(0);

  await json.fill(JSON.stringify(sample, null, 2));
  await dialog.getByTestId('sample-save').click();
  await expect(dialog.getByTestId('sample-editor')).toHaveCount(0);
  await expect(
    dialog.locator('[data-testid="sample-item"][data-origin="user"][data-sample-id="e2e-sample"]'),
  ).toBeVisible();
  await page.keyboard.press('Escape');

  const preview = page.getByTestId('preview');
  await expect(bubbles).toHaveCount(before + 1);
  await expect(preview.getByText(LABEL)).toBeVisible();

  await page.reload();
  await expect(page.getByTestId('bubble-text').first()).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('bubble-text')).toHaveCount(before + 1);
  await expect(page.getByTestId('preview').getByText(LABEL)).toBeVisible();
});
