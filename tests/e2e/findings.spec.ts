import { expect, openStudio, pasteIntoEditor, test, typeIntoEditor } from './fixtures';

const LAWFUL =
  '{{ platform.signature }}{{ borrower.name | surname }}{{ borrower.gender | honorific }}您好，您的借款已逾期{{ loan.overdue_days }}天，应还{{ loan.amount_due | cny }}，请仅在{{ platform.app_name }}还款。疑问请致电{{ platform.hotline }}，如已还款请忽略。';

test('adds a marker and a finding when the writer types a banned phrase, and locates it on click', async ({
  page,
  trouble,
}) => {
  void trouble;
  await openStudio(page);
  await pasteIntoEditor(page, LAWFUL);
  await expect(page.getByTestId('bubble-text').first()).toContainText('如已还款请忽略');
  await expect(page.locator('.monaco-editor .squiggly-error')).toHaveCount(0);

  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type('你这个老赖');
  const finding = page.locator('[data-testid="finding"][data-rule-id="no-insults"]');
  await expect(finding).toBeVisible();
  await expect(page.locator('.monaco-editor .squiggly-error').first()).toBeVisible();
  // The error's marks may be split where a model signal's span starts (你这 | 个老赖): the marked text is what counts.
  const errorMarks = page.getByTestId('bubble-text').first().locator('mark.error');
  await expect.poll(async () => (await errorMarks.allTextContents()).join('')).toBe('你这个老赖');

  await page.keyboard.press('ControlOrMeta+Home');
  await finding.locator('button.main').click();
  await expect(page.getByTestId('editor-selection')).toHaveText(/老赖$/);
  await expect(page.locator('.monaco-editor.focused')).toBeVisible();
});

test('masks a printed ID number with the quick fix and the finding goes away', async ({ page, trouble }) => {
  void trouble;
  await openStudio(page);
  await pasteIntoEditor(page, `${LAWFUL}证件号{{ borrower.id_number }}`);
  const finding = page.locator('[data-testid="finding"][data-rule-id="pii-fields-masked"]');
  await expect(finding).toBeVisible();
  const first = page.getByTestId('bubble-text').first();
  await expect(first).toContainText(/证件号\d{17}[\dX]/);

  // Put the cursor on the variable and open the quick-fix menu, as a writer would.
  await finding.locator('button.main').click();
  await page.keyboard.press('ControlOrMeta+Period');
  const action = page.locator('.action-widget').getByText('mask_id');
  await expect(action).toBeVisible();
  // The paste is saved about now: the header's save status changes, and the open menu must stay (it closed
  // whenever that resized the editor).
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
  await expect(action).toBeVisible();
  await action.click();

  await expect(finding).toHaveCount(0);
  await expect(page.locator('[data-testid="finding"][data-rule-id="no-full-id-number"]')).toHaveCount(0);
  await expect(first).toContainText(/证件号\d{6}\*{8}\d{3}[\dX]/);
});

test('offers quick fixes from the findings panel too', async ({ page, trouble }) => {
  void trouble;
  await openStudio(page);
  await typeIntoEditor(page, '您好，请还款');
  const signature = page.locator('[data-testid="finding"][data-rule-id="signature-leading-required"]');
  await expect(signature).toBeVisible();
  await signature.getByTestId('fix').click();
  await expect(signature).toHaveCount(0);
  await expect(page.getByTestId('bubble-text').first()).toHaveText(/^【[^】]+】您好，请还款$/);
});
