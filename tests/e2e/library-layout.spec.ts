import type { Page } from '@playwright/test';
import { expect, openStudio, pasteIntoEditor, test } from './fixtures';
import { addSample, approveSelected } from './review-helpers';
import { selectedItem, waitSaved } from './workspace-helpers';

const LAWFUL =
  '{{ platform.signature }}{{ borrower.name | salutation }}您好，您的借款已逾期{{ loan.overdue_days }}天，应还{{ loan.amount_due | cny }}，请在{{ platform.app_name }}还款。疑问请致电{{ platform.hotline }}，如已还款请忽略。';
const LONG_NAME = '逾期三十天征信提示（华东区域第二批次，含分期账户与信用卡账户的联合版本，法务复核稿）';

/** Every library item whose verdict badge is not wholly inside the library pane, as `name: where`. */
async function badgesOutOfView(page: Page): Promise<string[]> {
  return page
    .getByRole('navigation')
    .first()
    .evaluate((pane) => {
      const box = pane.getBoundingClientRect();
      return [...pane.querySelectorAll('[data-testid="library-item"]')].flatMap((item) => {
        const badge = item.querySelector('[data-testid="verdict"]')?.getBoundingClientRect();
        const inside = !!badge && badge.width > 0 && badge.left >= box.left && badge.right <= box.right;
        const name = item.querySelector('.name')?.textContent ?? '';
        return inside
          ? []
          : [`${name}: ${badge ? `${badge.left}–${badge.right} of ${box.left}–${box.right}` : 'none'}`];
      });
    });
}

test('keeps every verdict badge in the library in view with a long status and a long name, at 1280 and 1024 px', async ({
  page,
  trouble,
}) => {
  void trouble;
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  await openStudio(page);
  await page.getByTestId('meta-form').getByTestId('meta-stage').selectOption('D+30');
  await page.getByTestId('meta-form').getByLabel('名称').fill(LONG_NAME);
  await page.getByTestId('meta-form').getByLabel('名称').press('Tab');
  await pasteIntoEditor(page, LAWFUL);
  await expect(page.getByTestId('bubble-text').first()).toContainText('如已还款请忽略');
  await waitSaved(page);
  await approveSelected(page);
  await addSample(page, 'e2e-copy', 'E2E 复本');
  const item = selectedItem(page);
  await expect(item.getByTestId('approval-status')).toHaveAttribute('data-status', 'samples_changed_same_result', {
    timeout: 20_000,
  });
  await expect(item).toContainText(LONG_NAME.slice(0, 8));

  for (const lang of ['zh', 'en']) {
    if (lang === 'en') await page.getByTestId('lang-switch').click();
    for (const width of [1280, 1024]) {
      await page.setViewportSize({ width, height: 800 });
      await expect(item.getByTestId('verdict')).toBeVisible();
      expect(await badgesOutOfView(page), `${lang} at ${width} px`).toEqual([]);
    }
  }
  await expect(item.getByTestId('approval-status')).toHaveText(/Samples changed/);
});
