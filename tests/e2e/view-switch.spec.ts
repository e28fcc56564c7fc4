import { expect, test, typeIntoEditor } from './fixtures';
import { saveVersion, setUser } from './workspace-helpers';

// The versions view shows a Monaco diff editor; leaving it disposes that editor while the template editor's
// completion, hover and quick fixes may still be loading. None of it may throw in the page, and they still work.
test('switching between the editor and the versions view right after load leaves no page error', async ({
  page,
  trouble,
}) => {
  void trouble;
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.stack ?? error.message));
  await page.goto('/');
  const lines = page.locator('.monaco-editor .view-lines');
  await expect(lines).toBeVisible({ timeout: 30_000 });
  await setUser(page, '王文案', 'writer');
  await saveVersion(page, '初稿');
  for (let i = 0; i < 4; i++) {
    await page.getByTestId('open-versions').click();
    await expect(page.getByTestId('compare')).toBeVisible();
    await page.getByTestId('back-to-editor').click();
    await expect(lines).toBeVisible();
  }
  await typeIntoEditor(page, '{{ borr');
  const suggest = page.locator('.monaco-editor .suggest-widget');
  await expect(suggest).toBeVisible({ timeout: 15_000 });
  await expect(suggest.getByText('borrower.id_number')).toBeVisible();
  await page.keyboard.press('Escape');
  await page.getByTestId('open-versions').click();
  await expect(page.getByTestId('compare')).toBeVisible();
  await page.getByTestId('back-to-editor').click();
  await typeIntoEditor(page, '{{ loan.');
  await expect(suggest).toBeVisible({ timeout: 15_000 });
  expect(pageErrors).toEqual([]);
});
