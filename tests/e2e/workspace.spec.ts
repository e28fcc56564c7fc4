import { expect, openStudio, pasteIntoEditor, test, typeIntoEditor } from './fixtures';
import { editorText, waitSaved } from './workspace-helpers';

test('restores exactly what was typed when the page is reloaded right after typing', async ({ page, trouble }) => {
  void trouble;
  await openStudio(page);
  const name = await page.getByTestId('template-name').textContent();
  const typed = '【钱站】您好，重载测试 abc 123';
  await typeIntoEditor(page, typed);
  await expect(page.getByTestId('save-status')).not.toHaveAttribute('data-state', 'saved');
  await waitSaved(page);
  await page.reload();
  await openStudio(page);
  await expect(page.getByTestId('template-name')).toHaveText(name ?? '');
  await expect.poll(() => editorText(page)).toBe(typed);
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
});

test('restores what was typed when the page is reloaded before the autosave ran', async ({ page, trouble }) => {
  void trouble;
  await openStudio(page);
  const typed = '【钱站】立即重载也不丢字';
  await typeIntoEditor(page, typed);
  await page.reload();
  await openStudio(page);
  await expect.poll(() => editorText(page)).toBe(typed);
  await waitSaved(page);
  await page.reload();
  await openStudio(page);
  await expect.poll(() => editorText(page)).toBe(typed);
});

test('reports a conflict to the second tab that saves the same template and overwrites nothing silently', async ({
  page,
  context,
  trouble,
}) => {
  void trouble;
  await openStudio(page);
  const other = await context.newPage();
  const otherErrors: string[] = [];
  other.on('console', (m) => m.type() === 'error' && otherErrors.push(m.text()));
  await openStudio(other);
  await expect(other.getByTestId('template-name')).toHaveText(
    (await page.getByTestId('template-name').textContent()) ?? '',
  );

  await typeIntoEditor(page, '【钱站】甲窗口的修改');
  await waitSaved(page);
  await typeIntoEditor(other, '【钱站】乙窗口的修改');
  await expect(other.getByTestId('conflict-banner')).toBeVisible();
  await expect(other.getByTestId('save-status')).toHaveAttribute('data-state', 'conflict');

  await page.reload();
  await openStudio(page);
  await expect.poll(() => editorText(page)).toBe('【钱站】甲窗口的修改');
  // A reload keeps the unresolved edits of the second tab, still as a conflict.
  await other.reload();
  await openStudio(other);
  await expect(other.getByTestId('conflict-banner')).toBeVisible();
  await expect.poll(() => editorText(other)).toBe('【钱站】乙窗口的修改');
  expect(otherErrors).toEqual([]);
});

test('keeps my edits after a conflict when I choose keep mine, after comparing', async ({ page, context, trouble }) => {
  void trouble;
  await openStudio(page);
  const other = await context.newPage();
  await openStudio(other);
  await typeIntoEditor(page, '【钱站】甲窗口的修改');
  await waitSaved(page);
  await typeIntoEditor(other, '【钱站】乙窗口的修改');
  await other.getByTestId('conflict-compare').click();
  await expect(other.getByTestId('source-diff').locator('.monaco-diff-editor')).toBeVisible();
  await other.getByTestId('conflict-keep-mine').click();
  await expect(other.getByTestId('conflict-banner')).toHaveCount(0);
  await waitSaved(other);
  await page.reload();
  await openStudio(page);
  await expect.poll(() => editorText(page)).toBe('【钱站】乙窗口的修改');
});

test('shows a not-saved banner and keeps editing in memory when IndexedDB is unavailable', async ({
  page,
  trouble,
}) => {
  void trouble;
  await page.addInitScript(() =>
    Object.defineProperty(globalThis, 'indexedDB', { value: undefined, configurable: true }),
  );
  await openStudio(page);
  await expect(page.getByTestId('storage-banner')).toContainText('未保存');
  await pasteIntoEditor(page, '【钱站】只在内存中');
  await expect(page.getByTestId('bubble-text').first()).toHaveText('【钱站】只在内存中');
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'memory');
  await expect(page.locator('[data-testid="save-status"][data-state="saved"]')).toHaveCount(0);
});
