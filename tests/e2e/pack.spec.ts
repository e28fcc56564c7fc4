import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, openStudio, pasteIntoEditor, test } from './fixtures';
import { saveVersion, selectedItem, setUser, waitSaved } from './workspace-helpers';

const LAWFUL =
  '{{ platform.signature }}{{ borrower.name | surname }}{{ borrower.gender | honorific }}您好，您的借款已逾期{{ loan.overdue_days }}天，应还{{ loan.amount_due | cny }}，请仅在{{ platform.app_name }}还款。疑问请致电{{ platform.hotline }}，如已还款请忽略。';
/** Lawful, but with moralising wording: a warning by default. */
const MORAL = `${LAWFUL}欠债还钱天经地义。`;
const OWN_TERM = '挂墙头';
const THREAT = `${LAWFUL}再不还款就把您${OWN_TERM}。`;

const verdict = (page: Page) => page.getByTestId('verdict-button').getByTestId('verdict');
const finding = (page: Page, ruleId: string) => page.locator(`[data-testid="finding"][data-rule-id="${ruleId}"]`);

/** The writer saves the selected template as a version and submits it; the legal reviewer approves it. */
async function approveSelected(page: Page): Promise<void> {
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

/** Opens the rule catalog from the header on one tab. */
async function openCatalog(page: Page, tab: 'rules' | 'terms' | 'history' | 'share' = 'rules'): Promise<void> {
  await page.getByTestId('open-rules').click();
  await expect(page.getByTestId('rule-catalog')).toBeVisible();
  await page.getByTestId(`pack-tab-${tab}`).click();
}

/** Saves the pending pack changes with a reason (the save is refused while the reason is empty). */
async function savePack(page: Page, reason: string, revision: number): Promise<void> {
  await expect(page.getByTestId('pack-save')).toBeDisabled();
  await page.getByTestId('pack-save-reason').fill(reason);
  await page.getByTestId('pack-save').click();
  await expect(page.getByTestId('pack-changes')).toHaveCount(0, { timeout: 20_000 });
  await expect(page.getByTestId('pack-summary')).toHaveAttribute('data-revision', String(revision));
}

/** The same result in any browser with the pack: the moralising template blocks, the own term is marked. */
async function expectPackInEffect(page: Page): Promise<void> {
  await pasteIntoEditor(page, MORAL);
  await expect(finding(page, 'moralising-wording')).toHaveClass(/\berror\b/);
  await expect(verdict(page)).toHaveAttribute('data-verdict', 'block');
  await pasteIntoEditor(page, THREAT);
  await expect(finding(page, 'org-threat')).toBeVisible();
  await expect(page.locator('.monaco-editor .squiggly-error').first()).toBeVisible();
}

test('a legal reviewer tightens the rule pack, sees its effect, shares it, and another browser gets the same result', async ({
  page,
  browser,
  trouble,
}) => {
  void trouble;
  test.setTimeout(240_000);
  const dir = mkdtempSync(join(tmpdir(), 'dunning-pack-'));
  await openStudio(page);

  // A template with a warning, approved under the built-in rules.
  await setUser(page, '王文案', 'writer');
  await pasteIntoEditor(page, MORAL);
  await expect(finding(page, 'moralising-wording')).toBeVisible();
  await expect(verdict(page)).toHaveAttribute('data-verdict', 'warn');
  await waitSaved(page);
  const templateId = (await selectedItem(page).getAttribute('data-template-id')) ?? '';
  await approveSelected(page);
  const item = page.locator(`[data-testid="library-item"][data-template-id="${templateId}"]`);
  await expect(item.getByTestId('approval-status')).toHaveAttribute('data-status', 'approved');

  // The catalog: every rule with its basis and its own examples, live.
  await openCatalog(page);
  await expect(page.getByTestId('pack-readonly')).toHaveCount(0);
  await page.getByTestId('rule-search').fill('天经地义');
  await page.locator('[data-testid="rule-item"][data-rule-id="moralising-wording"]').click();
  const detail = page.getByTestId('rule-detail');
  await expect(detail).toHaveAttribute('data-rule-id', 'moralising-wording');
  await expect(detail.getByTestId('rule-basis').locator('li').first()).toBeVisible();
  await expect(detail.getByTestId('rule-example').first()).toHaveAttribute('data-ok', 'true');
  await expect(detail.locator('[data-testid="rule-example"]:not([data-ok="true"])')).toHaveCount(0);

  // Warning → error: refused without a reason, then the before → after table names the approved template.
  await detail.getByTestId('rule-edit-severity').selectOption('error');
  await detail.getByTestId('rule-edit-severity-apply').click();
  await expect(detail.getByTestId('rule-edit-problems')).toBeVisible();
  await expect(page.getByTestId('pack-changes')).toHaveCount(0);
  await detail.getByTestId('rule-edit-severity-reason').fill('本机构对说教用语从严');
  await detail.getByTestId('rule-edit-severity-apply').click();
  const row = page.locator(`[data-testid="pack-preview-row"][data-template-id="${templateId}"]`);
  await expect(row).toHaveAttribute('data-before', 'warn', { timeout: 20_000 });
  await expect(row).toHaveAttribute('data-after', 'block');
  await savePack(page, '说教用语一律按错误处理', 1);
  await expect(page.locator('[data-testid="rule-item"][data-rule-id="moralising-wording"]')).toContainText('错误');

  // The approved template is now blocked, and says why it is no longer approved.
  await page.getByTestId('rules-back').click();
  await expect(item.getByTestId('verdict')).toHaveAttribute('data-verdict', 'block');
  const badge = item.getByTestId('approval-status');
  await expect(badge).toHaveAttribute('data-status', 'rules_changed_since_approval');
  await expect(badge).toHaveText('规则包已变更（审批后）');

  // An own banned term, marked in the editor.
  await openCatalog(page, 'terms');
  await page.getByTestId('terms-words').fill(OWN_TERM);
  await page.getByTestId('terms-reason').fill('本机构禁止以公开示众相威胁');
  await page.getByTestId('terms-apply').click();
  await expect(page.locator('[data-testid="org-terms"][data-terms-id="org-threat"]')).toBeVisible();
  await savePack(page, '新增本机构禁用语', 2);
  await page.getByTestId('rules-back').click();
  await expectPackInEffect(page);

  // History and the diff between revisions.
  await openCatalog(page, 'history');
  await expect(page.getByTestId('pack-revision')).toHaveCount(2);
  await expect(
    page.getByTestId('pack-history-diff').locator('[data-testid="pack-diff-item"][data-key="terms.org-threat"]'),
  ).toHaveAttribute('data-change', 'added');

  // Share: export, then import in a fresh browser.
  await page.getByTestId('pack-tab-share').click();
  const downloading = page.waitForEvent('download');
  await page.getByTestId('pack-export').click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('rule-pack-r2.dunning-pack.json');
  const file = join(dir, download.suggestedFilename());
  await download.saveAs(file);
  const shared = JSON.parse(readFileSync(file, 'utf8')) as { overrides: object; terms: { id: string }[] };
  expect(Object.keys(shared.overrides)).toEqual(['moralising-wording']);
  expect(shared.terms.map((t) => t.id)).toEqual(['org-threat']);

  const context = await browser.newContext();
  const other = await context.newPage();
  const errors: string[] = [];
  other.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
  other.on('pageerror', (e) => errors.push(e.message));
  await openStudio(other);
  await setUser(other, '赵法务', 'reviewer');
  await openCatalog(other, 'share');
  await expect(other.getByTestId('pack-summary')).toHaveAttribute('data-revision', '0');
  await other.getByTestId('pack-import-file').setInputFiles(file);
  const diff = other.getByTestId('pack-import-diff');
  await expect(diff.locator('[data-key="overrides.moralising-wording"]')).toHaveAttribute('data-change', 'added');
  await expect(diff.locator('[data-key="terms.org-threat"]')).toHaveAttribute('data-change', 'added');
  await expect(other.getByTestId('pack-summary')).toHaveAttribute('data-revision', '0');
  await other.getByTestId('pack-import-confirm').click();
  await expect(other.getByTestId('pack-import-done')).toBeVisible({ timeout: 20_000 });
  await expect(other.getByTestId('pack-summary')).toHaveAttribute('data-revision', '1');
  await other.getByTestId('rules-back').click();
  await expectPackInEffect(other);
  expect(errors).toEqual([]);
  await context.close();
});

test('a writer sees the rule catalog read-only', async ({ page, trouble }) => {
  void trouble;
  await openStudio(page);
  await setUser(page, '王文案', 'writer');
  await openCatalog(page);
  await expect(page.getByTestId('pack-readonly')).toBeVisible();
  await page.getByTestId('rule-filter-severity').selectOption('warning');
  await page.locator('[data-testid="rule-item"][data-rule-id="moralising-wording"]').click();
  await expect(page.getByTestId('rule-detail')).toHaveAttribute('data-rule-id', 'moralising-wording');
  await expect(page.getByTestId('rule-edit')).toHaveCount(0);
  await page.getByTestId('pack-tab-terms').click();
  await expect(page.getByTestId('terms-form')).toHaveCount(0);
});
