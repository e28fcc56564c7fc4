import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, openStudio, pasteIntoEditor, test } from './fixtures';
import { saveVersion, setUser } from './workspace-helpers';

const LAWFUL =
  '{{ platform.signature }}{{ borrower.name | surname }}{{ borrower.gender | honorific }}您好，您的借款已逾期{{ loan.overdue_days }}天，应还{{ loan.amount_due | cny }}，请仅在{{ platform.app_name }}还款。疑问请致电{{ platform.hotline }}，如已还款请忽略。';

/**
 * Violations in files of other owners, reported to them with this issue ("Reviewer-grade studio"); each names its
 * file. Every other serious or critical violation fails. Delete a line when its file is fixed.
 */
const ELSEWHERE: readonly { rule: string; target: RegExp; file: string }[] = [
  // var(--muted) #6b7280 on the selected item's #e7effc: 4.17:1
  { rule: 'color-contrast', target: /> \.stage\.svelte-/, file: 'src/ui/library/Library.svelte' },
  { rule: 'color-contrast', target: /> \.muted\.line\.svelte-/, file: 'src/ui/versions/VersionsPane.svelte' },
  // var(--warning) #b26a00 on #fff: 4.23:1
  { rule: 'color-contrast', target: /\[data-testid="export-why"\]$/, file: 'src/ui/export/ExportPane.svelte' },
  // a scrolling list with nothing focusable in it cannot be scrolled from the keyboard
  { rule: 'scrollable-region-focusable', target: /^\.export > ul$/, file: 'src/ui/export/ExportPane.svelte' },
];

/** Serious and critical axe violations (within `include`, if given), one `rule: element` line per element. */
async function seriousViolations(page: Page, include?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page });
  const result = await (include ? builder.include(include) : builder).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => ({ rule: v.id, target: n.target.join(' ') })))
    .filter((n) => !ELSEWHERE.some((e) => e.rule === n.rule && e.target.test(n.target)))
    .map((n) => `${n.rule}: ${n.target}`);
}

test('has no serious or critical axe violation on the main page and in the samples dialog', async ({
  page,
  trouble,
}) => {
  void trouble;
  await openStudio(page);
  await expect(page.getByTestId('verdict').first()).not.toHaveAttribute('data-verdict', '');
  expect.soft(await seriousViolations(page)).toEqual([]);

  await page.getByTestId('open-samples').click();
  const dialog = page.getByTestId('samples-dialog');
  await expect(dialog).toBeVisible();
  await dialog
    .locator('[data-testid="sample-item"][data-origin="builtin"]')
    .first()
    .getByTestId('sample-duplicate')
    .click();
  await expect(dialog.getByTestId('sample-form')).toBeVisible();
  await dialog.getByTestId('sample-form').getByLabel('到期日', { exact: true }).fill('2024-02-30');
  await dialog.getByTestId('sample-save').click();
  await expect(dialog.getByTestId('sample-problems')).toBeVisible();
  expect.soft(await seriousViolations(page)).toEqual([]);
});

test('keeps focus inside a dialog and gives it back when the dialog closes', async ({ page, trouble }) => {
  void trouble;
  await openStudio(page);
  const opener = page.getByTestId('open-samples');
  await opener.click();
  const dialog = page.getByTestId('samples-dialog');
  await expect(dialog).toBeVisible();
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press('Tab');
    expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
  }
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(opener).toBeFocused();
});

test('has no serious or critical axe violation on the versions page, the report and the export dialog', async ({
  page,
  trouble,
}) => {
  void trouble;
  test.setTimeout(120_000);
  await openStudio(page);
  await setUser(page, '王文案', 'writer');
  await pasteIntoEditor(page, LAWFUL);
  await expect(page.getByTestId('bubble-text').first()).toContainText('如已还款请忽略');
  await saveVersion(page, '第一版');
  await pasteIntoEditor(page, `${LAWFUL}谢谢`);
  await expect(page.getByTestId('bubble-text').first()).toContainText('谢谢');
  await saveVersion(page, '第二版');

  await page.getByTestId('open-versions').click();
  await expect(page.getByTestId('compare').getByTestId('source-diff').locator('.monaco-diff-editor')).toBeVisible();
  await expect(page.getByTestId('review-panel')).toBeVisible();
  expect.soft(await seriousViolations(page)).toEqual([]);

  await page.getByTestId('open-report').click();
  await expect(page.getByTestId('report-score')).toBeVisible();
  expect.soft(await seriousViolations(page)).toEqual([]);

  await page.getByTestId('report-back').click();
  await page.getByTestId('back-to-editor').click();
  await page.getByTestId('bundle-open').click();
  await expect(page.getByTestId('bundle-dialog')).toBeVisible();
  await expect(page.getByTestId('export-item').first()).toBeVisible();
  expect.soft(await seriousViolations(page, '[data-testid="bundle-dialog"]')).toEqual([]);
});
