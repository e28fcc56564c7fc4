import { expect, openStudio, pasteIntoEditor, test, typeIntoEditor } from './fixtures';
import { saveVersion, selectedItem, setUser, waitSaved } from './workspace-helpers';
import type { Page } from '@playwright/test';

const LAWFUL =
  '{{ platform.signature }}{{ borrower.name | surname }}{{ borrower.gender | honorific }}您好，您的借款已逾期{{ loan.overdue_days }}天，应还{{ loan.amount_due | cny }}，请仅在{{ platform.app_name }}还款。疑问请致电{{ platform.hotline }}，如已还款请忽略。';

/** The writer 王文案 saves the lawful text as version #1 and submits it; the versions pane stays open. */
async function writeAndSubmit(page: Page): Promise<void> {
  await openStudio(page);
  await setUser(page, '王文案', 'writer');
  await pasteIntoEditor(page, LAWFUL);
  await expect(page.getByTestId('bubble-text').first()).toContainText('如已还款请忽略');
  await waitSaved(page);
  await saveVersion(page, '初稿');
  await page.getByTestId('open-versions').click();
  await expect(page.getByTestId('version-item')).toHaveCount(1);
  await expect(page.getByTestId('review-history-empty')).toBeVisible();
  await page.getByTestId('submit-review').click();
  await expect(page.getByTestId('review-entry').last()).toHaveAttribute('data-status', 'in_review');
  await expect(selectedItem(page).getByTestId('approval-status')).toHaveAttribute('data-status', 'in_review');
}

test('shows changed since approval when the writer edits an approved template', async ({ page, trouble }) => {
  void trouble;
  await writeAndSubmit(page);

  await setUser(page, '王文案', 'reviewer');
  await expect(page.getByTestId('approve')).toBeDisabled();
  await expect(page.locator('[data-testid="approve-problems"] [data-code="review/self-approval"]')).toBeVisible();

  await setUser(page, '李法务', 'reviewer');
  const justifications = page.getByTestId('justification');
  for (let i = 0; i < (await justifications.count()); i++) {
    await expect(page.getByTestId('approve')).toBeDisabled();
    await justifications.nth(i).fill('已核实：措辞属实，未夸大后果。');
  }
  await page.getByTestId('review-note').fill('同意发送');
  await expect(page.getByTestId('approve')).toBeEnabled();
  await page.getByTestId('approve').click();
  await expect(page.getByTestId('review-entry').last()).toHaveAttribute('data-status', 'approved');
  await expect(selectedItem(page).getByTestId('approval-status')).toHaveAttribute('data-status', 'approved');

  await page.getByTestId('back-to-editor').click();
  await typeIntoEditor(page, '【钱站】改过的文字');
  const badge = selectedItem(page).getByTestId('approval-status');
  await expect(badge).toHaveAttribute('data-status', 'changed_since_approval');
  await expect(badge).toHaveText('审批后已修改');
  await page.reload();
  await openStudio(page);
  await expect(selectedItem(page).getByTestId('approval-status')).toHaveAttribute(
    'data-status',
    'changed_since_approval',
  );
});

test('records a change request with the reviewer’s note', async ({ page, trouble }) => {
  void trouble;
  await writeAndSubmit(page);
  await setUser(page, '李法务', 'reviewer');
  await expect(page.getByTestId('request-changes')).toBeDisabled();
  await page.getByTestId('review-note').fill('请删除“请仅在”的限定说法，改为列出官方还款渠道。');
  await page.getByTestId('request-changes').click();
  const entry = page.getByTestId('review-entry').last();
  await expect(entry).toHaveAttribute('data-status', 'changes_requested');
  await expect(entry.getByTestId('review-entry-note')).toHaveText('请删除“请仅在”的限定说法，改为列出官方还款渠道。');
  await expect(selectedItem(page).getByTestId('approval-status')).toHaveAttribute('data-status', 'changes_requested');
  await expect(page.getByTestId('submit-review')).toBeVisible();
});

test('prints the reviewer report of a version with its findings to a PDF', async ({ page, trouble }) => {
  void trouble;
  await openStudio(page);
  await setUser(page, '王文案', 'writer');
  await pasteIntoEditor(page, `${LAWFUL}再不还钱你这个老赖就等着吧`);
  await expect(page.locator('[data-testid="finding"][data-rule-id="no-insults"]')).toBeVisible();
  await saveVersion(page, '含违规措辞');
  await page.getByTestId('open-versions').click();
  await page.getByTestId('open-report').click();

  const report = page.getByTestId('report-view');
  await expect(report.getByRole('heading', { level: 1 })).toHaveText('催收短信模板审批报告');
  const insult = report.locator('[data-testid="report-finding"][data-rule-id="no-insults"]');
  await expect(insult).toBeVisible();
  await expect(insult).toContainText('依据');
  await expect(report.getByTestId('report-sample').first().locator('mark.error', { hasText: '老赖' })).toBeVisible();
  expect(await report.getByTestId('report-sample').count()).toBeGreaterThan(1);
  await expect(report.getByTestId('report-content-hash')).toHaveText(/^[0-9a-f]{64}$/);
  await expect(page.getByTestId('print-report')).toHaveText('打印/导出PDF');

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByTestId('print-report')).toBeHidden();
  await expect(insult).toBeVisible();
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(pdf.length).toBeGreaterThan(20_000);
});

test("shows the text model's reading apart from the rules, in the findings panel and in the report", async ({
  page,
  trouble,
}) => {
  void trouble;
  await openStudio(page);
  await setUser(page, '王文案', 'writer');
  await pasteIntoEditor(page, `${LAWFUL}今晚不还，我们的人就到你家门口等你。`);
  const findings = page.getByTestId('findings');
  await expect(findings.getByTestId('model-signals')).toBeVisible();
  await expect(findings.locator('[data-testid="finding"][data-rule-id="model/threat"]')).toBeVisible();
  await expect(findings.locator('[data-testid="finding"][data-rule-id="no-visit-threat"]')).toBeVisible();
  await saveVersion(page, '模型信号');
  await page.getByTestId('open-versions').click();
  await page.getByTestId('open-report').click();

  const report = page.getByTestId('report-view');
  await expect(report.getByTestId('report-model-signals')).toBeVisible();
  await expect(report.locator('[data-testid="report-model-finding"][data-rule-id="model/threat"]')).toBeVisible();
  await expect(report.locator('[data-testid="report-finding"][data-rule-id="model/threat"]')).toHaveCount(0);
});

test('compares two versions: source diff, rendered text diff and new findings', async ({ page, trouble }) => {
  void trouble;
  await openStudio(page);
  await setUser(page, '王文案', 'writer');
  await pasteIntoEditor(page, LAWFUL);
  await expect(page.getByTestId('bubble-text').first()).toContainText('如已还款请忽略');
  await saveVersion(page, '第一版');
  await pasteIntoEditor(page, `${LAWFUL}你这个老赖`);
  await expect(page.locator('[data-testid="finding"][data-rule-id="no-insults"]')).toBeVisible();
  await saveVersion(page, '第二版');
  await page.getByTestId('open-versions').click();
  await expect(page.getByTestId('version-item')).toHaveCount(2);
  const compare = page.getByTestId('compare');
  await expect(compare.getByTestId('source-diff').locator('.monaco-diff-editor')).toBeVisible();
  await expect(compare.getByTestId('rendered-diff').locator('ins')).toHaveText('你这个老赖');
  await expect(compare.locator('[data-testid="findings-diff-added"][data-rule-id="no-insults"]')).toBeVisible();
  await expect(page.getByTestId('submit-problems')).toBeVisible();
});
