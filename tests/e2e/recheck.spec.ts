import { expect, openStudio, pasteIntoEditor, test } from './fixtures';
import { addOwnTerm, addSample, approveSelected } from './review-helpers';
import { selectedItem, waitSaved } from './workspace-helpers';

const LAWFUL =
  '{{ platform.signature }}{{ borrower.name | salutation }}您好，您的借款已逾期{{ loan.overdue_days }}天，应还{{ loan.amount_due | cny }}，请在{{ platform.app_name }}还款。疑问请致电{{ platform.hotline }}，如已还款请忽略。';

test('a sample added after approval: the same re-check is confirmed in one step; a new finding needs a full review', async ({
  page,
  trouble,
}) => {
  void trouble;
  test.setTimeout(240_000);
  await openStudio(page);
  await page.getByTestId('meta-form').getByTestId('meta-stage').selectOption('D+30');
  await pasteIntoEditor(page, LAWFUL);
  await expect(page.getByTestId('bubble-text').first()).toContainText('如已还款请忽略');
  await waitSaved(page);
  await approveSelected(page);
  const item = selectedItem(page);
  const badge = item.getByTestId('approval-status');
  await expect(badge).toHaveAttribute('data-status', 'approved');

  // A new borrower that changes nothing in the result: the milder state, confirmed in one step.
  await addSample(page, 'e2e-copy', 'E2E 复本');
  await expect(badge).toHaveAttribute('data-status', 'samples_changed_same_result', { timeout: 20_000 });
  await expect(badge).toHaveText('样本已变更——复核结果相同，无新发现');
  await expect(item.getByTestId('verdict')).not.toHaveAttribute('data-verdict', 'block');
  const recheck = page.getByTestId('recheck');
  await expect(recheck).toHaveAttribute('data-state', 'same');
  await expect(recheck).toHaveAttribute('data-changed', 'samples');
  await page.getByTestId('recheck-confirm').click();
  await expect(badge).toHaveAttribute('data-status', 'approved');
  await expect(page.getByTestId('recheck')).toHaveCount(0);

  // The renewal is a version of its own, approved, bound to the new samples, and in the audit log.
  await page.getByTestId('open-versions').click();
  await expect(page.getByTestId('version-item')).toHaveCount(2);
  await page.getByTestId('back-to-editor').click();
  await page.getByTestId('open-settings').click();
  await page.getByTestId('settings-dialog').getByTestId('open-backup').click();
  await page.getByTestId('backup-dialog').getByTestId('audit-load').click();
  const entry = page.locator('[data-testid="audit-entry"][data-action="approval_reconfirmed"]');
  await expect(entry).toContainText('复核确认');
  await expect(entry).toContainText('李法务');
  await expect(entry).toContainText('样本已变更');
  await page.keyboard.press('Escape');

  // A borrower whose data brings a new finding: the re-check says which, and asks for a full review.
  await addSample(page, 'e2e-insult', 'E2E 新发现', '钱站APP老赖专区');
  await expect(badge).toHaveAttribute('data-status', 'samples_changed_since_approval', { timeout: 20_000 });
  await expect(badge).toHaveText('样本已变更（审批后）');
  await expect(recheck).toHaveAttribute('data-state', 'differs');
  await expect(recheck.locator('[data-testid="recheck-new-finding"][data-rule-id="no-insults"]')).toContainText('老赖');
  await expect(recheck.getByTestId('recheck-note')).toContainText('需完整复审');
  await expect(page.getByTestId('recheck-confirm')).toHaveCount(0);

  // After a reload the state is the same (computed again, not remembered).
  await page.reload();
  await openStudio(page);
  await expect(selectedItem(page).getByTestId('approval-status')).toHaveAttribute(
    'data-status',
    'samples_changed_since_approval',
    { timeout: 20_000 },
  );
});

test('a rule pack change that leaves the result the same: confirmed in one step; the report lists the pack’s changes with reasons; the audit log names the revision', async ({
  page,
  trouble,
}) => {
  void trouble;
  test.setTimeout(240_000);
  await openStudio(page);
  await page.getByTestId('meta-form').getByTestId('meta-stage').selectOption('D+30');
  await pasteIntoEditor(page, LAWFUL);
  await expect(page.getByTestId('bubble-text').first()).toContainText('如已还款请忽略');
  await waitSaved(page);
  await approveSelected(page);
  const badge = selectedItem(page).getByTestId('approval-status');
  await expect(badge).toHaveAttribute('data-status', 'approved');

  await addOwnTerm(page, '挂墙头', 1);
  await expect(badge).toHaveAttribute('data-status', 'rules_changed_same_result', { timeout: 20_000 });
  await expect(badge).toHaveText('规则包已变更——复核结果相同，无新发现');
  await expect(page.getByTestId('recheck')).toHaveAttribute('data-changed', 'rules');
  await page.getByTestId('recheck-confirm').click();
  await expect(badge).toHaveAttribute('data-status', 'approved');

  // The report of the renewed approval lists the pack's own term list with its reason, who and when.
  await page.getByTestId('open-versions').click();
  await page.locator('[data-testid="version-item"][data-version-id$="@2"]').click();
  await page.getByTestId('open-report').click();
  const row = page.locator('[data-testid="report-override"][data-key="terms.org-threat"]');
  await expect(row).toContainText('挂墙头');
  await expect(row.getByTestId('report-override-reason')).toHaveText('本机构禁止以公开示众相威胁');
  await expect(row).toContainText('李法务');
  await page.getByTestId('report-back').click();
  await page.getByTestId('back-to-editor').click();

  // The audit log: the pack revision with its hash and reason, and the re-check confirmation naming the rule pack.
  await page.getByTestId('open-settings').click();
  await page.getByTestId('settings-dialog').getByTestId('open-backup').click();
  await page.getByTestId('backup-dialog').getByTestId('audit-load').click();
  const saved = page.locator('[data-testid="audit-entry"][data-action="pack_saved"]');
  await expect(saved).toContainText('保存规则包');
  await expect(saved).toContainText('第 1 版');
  await expect(saved).toContainText('原因：新增本机构禁用语');
  await expect(page.locator('[data-testid="audit-entry"][data-action="approval_reconfirmed"]')).toContainText(
    '规则包已变更',
  );
});
