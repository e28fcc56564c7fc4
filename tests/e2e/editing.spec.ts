import { expect, openStudio, pasteIntoEditor, test, typeIntoEditor } from './fixtures';

test('updates every bubble when the writer types into the editor', async ({ page, trouble }) => {
  void trouble;
  await openStudio(page);
  await typeIntoEditor(page, '【钱站】{{ borrower.name }}您好，测试句子');
  const texts = page.getByTestId('bubble-text');
  // the bubbles appear with the first check's answer: wait for it as a person would, then read them all
  await expect(texts.first()).toContainText('您好，测试句子');
  const count = await texts.count();
  expect(count).toBeGreaterThan(1);
  for (let i = 0; i < count; i++) {
    await expect(texts.nth(i)).toContainText('您好，测试句子');
    await expect(texts.nth(i)).not.toContainText('{{');
  }
  await expect(texts.first()).toHaveText(/^【钱站】\S+您好，测试句子$/);
});

test('prints markup from a template literally and runs nothing', async ({ page, trouble }) => {
  await openStudio(page);
  const markup = '<img src=x onerror=alert(1)><script>alert(2)</script>';
  await pasteIntoEditor(page, `【钱站】${markup}`);
  await expect(page.getByTestId('bubble-text').first()).toHaveText(`【钱站】${markup}`);
  await expect(page.getByTestId('preview').locator('img')).toHaveCount(0);
  await expect(page.getByTestId('preview').locator('script')).toHaveCount(0);
  await page.waitForTimeout(300);
  expect(trouble.dialogs).toEqual([]);
});

test('reports a limit problem for a loop bomb and keeps answering', async ({ page, trouble }) => {
  void trouble;
  await openStudio(page);
  await pasteIntoEditor(page, '{% for a in (1..100000000) %}{% for b in (1..100000000) %}xx{% endfor %}{% endfor %}');
  await expect(page.locator('[data-testid="problem"][data-code="template/limit"]')).toBeVisible({ timeout: 15_000 });
  await expect(page.getByTestId('verdict').first()).toHaveAttribute('data-verdict', 'block');
  await pasteIntoEditor(page, '【钱站】{{ borrower.name }}您好');
  await expect(page.getByTestId('bubble-text').first()).toHaveText(/^【钱站】\S+您好$/, { timeout: 15_000 });
  await expect(page.locator('[data-testid="problem"][data-code="template/limit"]')).toHaveCount(0);
});

test('lists sample fields after {{ and domain filters after |', async ({ page, trouble }) => {
  void trouble;
  await openStudio(page);
  await typeIntoEditor(page, '{{ borr');
  const suggest = page.locator('.monaco-editor .suggest-widget');
  await expect(suggest).toBeVisible();
  await expect(suggest.getByText('borrower.id_number')).toBeVisible();
  await page.keyboard.press('Escape');
  await typeIntoEditor(page, '{{ loan.amount_due | ');
  await page.keyboard.press('Control+Space');
  await expect(suggest).toBeVisible();
  await expect(suggest.getByText('rmb_upper')).toBeVisible();
});

test('switches the interface language and remembers it', async ({ page, trouble }) => {
  void trouble;
  await openStudio(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('催收短信合规工作台');
  await page.getByTestId('lang-switch').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dunning Studio');
  await expect(page.getByRole('heading', { name: /^Templates/ })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dunning Studio');
  await page.getByTestId('lang-switch').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('催收短信合规工作台');
});

test('shows a variable’s value in the selected sample and its PII status on hover', async ({ page, trouble }) => {
  void trouble;
  await openStudio(page);
  await typeIntoEditor(page, '{{ borrower.id_number }}');
  await page.keyboard.press('Escape');
  const word = page.locator('.monaco-editor .view-line span span', { hasText: 'id_number' }).first();
  const hover = page.locator('.monaco-hover').filter({ hasText: 'borrower.id_number' });
  // a person moves the mouse again when the first hover comes before the editor settled
  await expect(async () => {
    await page.mouse.move(0, 0);
    await word.hover();
    await expect(hover).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
  await expect(hover).toContainText('mask_id');
  await expect(hover).toContainText(/\d{17}[\dX]/);
});
