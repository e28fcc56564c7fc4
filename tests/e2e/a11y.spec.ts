import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, openStudio, pasteIntoEditor, test } from './fixtures';
import { saveVersion, setUser } from './workspace-helpers';

const LAWFUL =
  '{{ platform.signature }}{{ borrower.name | surname }}{{ borrower.gender | honorific }}您好，您的借款已逾期{{ loan.overdue_days }}天，应还{{ loan.amount_due | cny }}，请仅在{{ platform.app_name }}还款。疑问请致电{{ platform.hotline }}，如已还款请忽略。';

/** Serious and critical axe violations (within `include`, if given), one `rule: element` line per element. */
async function seriousViolations(page: Page, include?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page });
  const result = await (include ? builder.include(include) : builder).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
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

test('has no serious or critical axe violation in the score explanation, and it is a modal that gives focus back', async ({
  page,
  trouble,
}) => {
  void trouble;
  await openStudio(page);
  await expect(page.getByTestId('verdict').first()).not.toHaveAttribute('data-verdict', '');
  const opener = page.getByTestId('verdict-button');
  await opener.click();
  const dialog = page.getByTestId('score-explanation');
  await expect(dialog).toBeVisible();
  expect(await dialog.evaluate((d) => d instanceof HTMLDialogElement && d.matches(':modal'))).toBe(true);
  expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
  expect.soft(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(opener).toBeFocused();
});

test('has no serious or critical axe violation on the rule catalog, the batch page and the dry-run page', async ({
  page,
  trouble,
}) => {
  void trouble;
  test.setTimeout(120_000);
  await openStudio(page);
  await page.getByTestId('open-rules').click();
  await page.locator('[data-testid="rule-item"][data-rule-id="moralising-wording"]').click();
  await expect(page.getByTestId('rule-detail')).toHaveAttribute('data-rule-id', 'moralising-wording');
  expect.soft(await seriousViolations(page)).toEqual([]);

  await page.getByTestId('rules-back').click();
  await page.getByTestId('open-batch').click();
  await page
    .getByTestId('batch-text')
    .fill(
      ['【示例消费金融】您好，您的借款已逾期7天，请通过官方APP还款。', '', '你这个老赖，再不还钱就上门找你家人！'].join(
        '\n',
      ),
    );
  await page.getByTestId('batch-start').click();
  await expect(page.getByTestId('batch-progress')).toHaveAttribute('data-phase', 'done', { timeout: 60_000 });
  await expect(page.getByTestId('batch-row').first()).toBeVisible();
  expect.soft(await seriousViolations(page)).toEqual([]);

  await page.getByTestId('batch-back').click();
  await page.getByTestId('open-dry-run').click();
  await expect(page.getByTestId('dry-run-page')).toBeVisible();
  expect.soft(await seriousViolations(page)).toEqual([]);
});

test('keeps focus inside the export dialog, a native modal, and gives it back when it closes', async ({
  page,
  trouble,
}) => {
  void trouble;
  await openStudio(page);
  const opener = page.getByTestId('bundle-open');
  await opener.click();
  const dialog = page.getByTestId('bundle-dialog');
  await expect(dialog.getByTestId('export-item').first()).toBeVisible();
  expect(await dialog.evaluate((d) => d instanceof HTMLDialogElement && d.matches(':modal'))).toBe(true);
  for (let i = 0; i < 25; i++) {
    await page.keyboard.press(i % 5 === 4 ? 'Shift+Tab' : 'Tab');
    expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
  }
  await dialog.getByTestId('bundle-close').click();
  await expect(dialog).toHaveCount(0);
  await expect(opener).toBeFocused();
});

test('the header fits a 1280, a 1024 and an 800 px window in Chinese and English, and keeps its height while the template saves', async ({
  page,
  trouble,
}) => {
  void trouble;
  await page.setViewportSize({ width: 1280, height: 800 });
  await openStudio(page);
  const longName = '逾期提醒（长名称用于检查页头宽度）'.repeat(4);
  await page.getByTestId('meta-form').getByLabel('名称').fill(longName);
  await page.getByTestId('meta-form').getByLabel('名称').press('Tab');
  await expect(page.getByTestId('template-name')).toHaveText(longName);

  const header = page.locator('header');
  await header.evaluate((h) => {
    const heights: number[] = [];
    new ResizeObserver(() => heights.push(h.getBoundingClientRect().height)).observe(h);
    (window as unknown as { headerHeights: number[] }).headerHeights = heights;
  });
  await pasteIntoEditor(page, `${LAWFUL}逾期将上门`);
  await expect(page.getByTestId('bubble-text').first()).toContainText('逾期将上门');
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
  const heights = await page.evaluate(() => (window as unknown as { headerHeights: number[] }).headerHeights);
  expect(new Set(heights).size, `header heights ${heights.join(', ')}`).toBe(1);

  for (const lang of ['zh', 'en']) {
    if (lang === 'en') await page.getByTestId('lang-switch').click();
    for (const [width, height] of [
      [1280, 800],
      [1024, 768],
      [800, 700],
    ] as const) {
      await page.setViewportSize({ width, height });
      const where = `${lang} at ${width}×${height}`;
      const sizes = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
      }));
      expect(sizes.scrollWidth, `horizontal scroll, ${where}`).toBeLessThanOrEqual(sizes.clientWidth);
      const box = await page.getByTestId('lang-switch').boundingBox();
      expect(box, where).not.toBeNull();
      expect(box!.x, where).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width, where).toBeLessThanOrEqual(width);
      expect(box!.y + box!.height, where).toBeLessThanOrEqual(height);
    }
  }
});
