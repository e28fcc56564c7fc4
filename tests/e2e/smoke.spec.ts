import { expect, openStudio, test } from './fixtures';

test('shows the rendered SMS of every sample when the app loads', async ({ page, trouble }) => {
  void trouble;
  await openStudio(page);
  const bubbles = page.getByTestId('bubble');
  await expect(bubbles.first()).toBeVisible();
  await expect(page.getByTestId('bubble-text').first()).toBeVisible();
  // samples of another stage than the template's are shown marked, and not rendered by the check
  const count = (await bubbles.count()) - (await page.getByTestId('bubble-unchecked').count());
  expect(count).toBeGreaterThan(1);
  await expect(page.getByTestId('bubble-text')).toHaveCount(count);
  const first = (await page.getByTestId('bubble-text').first().textContent()) ?? '';
  expect(first).not.toContain('{{');
  expect(first.length).toBeGreaterThan(10);
  await expect(page.getByTestId('library-item').first()).toBeVisible();
  await expect(page.getByTestId('verdict').first()).not.toHaveAttribute('data-verdict', '');
});
