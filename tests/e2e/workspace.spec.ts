import { expect, openStudio, pasteIntoEditor, test, typeIntoEditor } from './fixtures';
import { editorText, raceEdits, waitSaved } from './workspace-helpers';

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

test('reports a conflict to the tab whose save comes second and overwrites nothing silently', async ({
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

  const { winner, loser, winnerText, loserText } = await raceEdits(page, other, [
    '【钱站】甲窗口的修改',
    '【钱站】乙窗口的修改',
  ]);
  await expect(loser.getByTestId('save-status')).toHaveAttribute('data-state', 'conflict');
  await waitSaved(winner);

  await winner.reload();
  await openStudio(winner);
  await expect.poll(() => editorText(winner)).toBe(winnerText);
  // A reload keeps the unresolved edits of the losing tab, still as a conflict.
  await loser.reload();
  await openStudio(loser);
  await expect(loser.getByTestId('conflict-banner')).toBeVisible();
  await expect.poll(() => editorText(loser)).toBe(loserText);
  expect(otherErrors).toEqual([]);
});

test('keeps my edits after a conflict when I choose keep mine, after comparing', async ({ page, context, trouble }) => {
  void trouble;
  await openStudio(page);
  const other = await context.newPage();
  await openStudio(other);
  const { winner, loser, loserText } = await raceEdits(page, other, ['【钱站】甲窗口的修改', '【钱站】乙窗口的修改']);
  await loser.getByTestId('conflict-compare').click();
  await expect(loser.getByTestId('source-diff').locator('.monaco-diff-editor')).toBeVisible();
  await loser.getByTestId('conflict-keep-mine').click();
  await expect(loser.getByTestId('conflict-banner')).toHaveCount(0);
  await waitSaved(loser);
  await winner.reload();
  await openStudio(winner);
  await expect.poll(() => editorText(winner)).toBe(loserText);
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
