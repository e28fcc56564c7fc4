import type { Page } from '@playwright/test';
import { expect, openStudio, pasteIntoEditor, test } from './fixtures';
import { saveVersion, setUser, waitSaved } from './workspace-helpers';

const LAWFUL =
  '{{ platform.signature }}{{ borrower.name | surname }}{{ borrower.gender | honorific }}您好，您的借款已逾期{{ loan.overdue_days }}天，应还{{ loan.amount_due | cny }}，请仅在{{ platform.app_name }}还款。疑问请致电{{ platform.hotline }}，如已还款请忽略。';
const CHANGED = LAWFUL.replace('请仅在', '请尽快在') + '\n你这个老赖';

/** Version #1 approved by 李法务, then version #2 with one word changed and a second line; the report of #2 open. */
async function approvedThenChanged(page: Page): Promise<void> {
  await openStudio(page);
  await setUser(page, '王文案', 'writer');
  await pasteIntoEditor(page, LAWFUL);
  await expect(page.getByTestId('bubble-text').first()).toContainText('如已还款请忽略');
  await waitSaved(page);
  await saveVersion(page, '初稿');
  await page.getByTestId('open-versions').click();
  await page.getByTestId('submit-review').click();
  await setUser(page, '李法务', 'reviewer');
  const justifications = page.getByTestId('justification');
  for (let i = 0; i < (await justifications.count()); i++) await justifications.nth(i).fill('已核实。');
  await page.getByTestId('review-note').fill('同意发送');
  await page.getByTestId('approve').click();
  await expect(page.getByTestId('review-entry').last()).toHaveAttribute('data-status', 'approved');
  await page.getByTestId('open-report').click();
  const first = page.getByTestId('report-view');
  await expect(first.getByTestId('report-diff-title')).toHaveText('与已批准版本的差异');
  await expect(first.getByTestId('report-sign-decision')).toHaveAttribute('data-status', 'approved');
  await expect(first.getByTestId('report-sign-reviewer')).toHaveText('李法务');
  await expect(first.getByTestId('report-sign-rules')).toContainText('内置规则（未使用机构规则包）');
  await first.getByTestId('report-back').click();
  await page.getByTestId('back-to-editor').click();

  await setUser(page, '王文案', 'writer');
  await pasteIntoEditor(page, CHANGED);
  await expect(page.locator('[data-testid="finding"][data-rule-id="no-insults"]')).toBeVisible();
  await saveVersion(page, '改一个词');
  await page.getByTestId('open-versions').click();
  await page.locator('[data-testid="version-item"][data-version-id$="@2"]').click();
  await page.getByTestId('open-report').click();
}

test('prints a report a reviewer can sign: numbered source, word diff, rule titles, sign-off and page marks', async ({
  page,
  trouble,
}) => {
  void trouble;
  test.setTimeout(120_000);
  await approvedThenChanged(page);
  const report = page.getByTestId('report-view');
  await expect(report.getByTestId('report-template-name')).toBeVisible();

  const source = report.getByTestId('report-source');
  await expect(source.getByTestId('source-line')).toHaveCount(2);
  await expect(source.getByTestId('source-line').nth(1)).toHaveText('2你这个老赖');

  await expect(report.getByTestId('report-diff-title')).toHaveText('与上一个已批准版本（#1）的差异');
  const diff = report.getByTestId('report-source-diff');
  await expect(diff.locator('[data-kind="del"] del')).toHaveText(['仅']);
  await expect(diff.locator('[data-kind="ins"] ins')).toHaveText(['尽快', '你这个老赖']);
  await expect(diff.locator('[data-kind="del"]')).toContainText('{{ platform.signature }}');

  const insult = report.locator('[data-testid="report-score-item"][data-rule-id="no-insults"]');
  await expect(insult).toContainText('禁止侮辱性称呼');
  await expect(report.getByTestId('report-sign-decision')).toHaveText('尚未审批。');
  await expect(report.getByTestId('report-sign-content-hash')).toHaveText(/^[0-9a-f]{64}$/);

  const pageStyle = page.locator('style[data-testid="report-page-style"]');
  await expect(pageStyle).toHaveCount(1);
  expect(await pageStyle.textContent()).toContain('counter(page)');
  expect(await pageStyle.textContent()).toMatch(/@top-left \{ content: "[^"]+ · #2"/);

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('print-report')).toBeHidden();
  await expect(diff).toBeVisible();
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  await page.emulateMedia({ media: 'screen' });

  await page.getByTestId('lang-switch').click();
  await expect(report.getByRole('heading', { level: 1 })).toHaveText('Reminder SMS template — reviewer report');
  await expect(report.getByTestId('report-diff-title')).toHaveText('Changes since the last approved version (#1)');
  await expect(insult).toContainText('No insults');
  await expect(report.getByTestId('report-sign-decision')).toHaveText('Not decided yet.');
  expect(await pageStyle.textContent()).toContain('"Page " counter(page) " of " counter(pages)');
  await page.getByTestId('lang-switch').click();
  await page.getByTestId('report-back').click();
  await expect(pageStyle).toHaveCount(0);
});
