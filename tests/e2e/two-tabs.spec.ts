import { expect, openStudio, pasteIntoEditor, test } from './fixtures';
import { editorText, selectedItem, waitSaved } from './workspace-helpers';

const oneLine = async (page: Parameters<typeof editorText>[0]): Promise<string> =>
  (await editorText(page)).replace(/\n/g, '');

test('a second tab shows the text the first one saved, and keeps its own unsaved edits as a conflict', async ({
  page,
  trouble,
}) => {
  void trouble;
  test.setTimeout(150_000);
  await openStudio(page);
  const id = await selectedItem(page).getAttribute('data-template-id');
  const other = await page.context().newPage();
  await openStudio(other);
  await expect(selectedItem(other)).toHaveAttribute('data-template-id', id ?? '');
  await waitSaved(other);

  // tab A saves; tab B, open on the same template without an edit, shows the new text under 已保存
  const first = '{{ platform.signature }}甲窗口保存的新文本，{{ borrower.name }}您好。';
  await pasteIntoEditor(page, first);
  await waitSaved(page);
  await expect.poll(() => oneLine(other), { timeout: 15_000 }).toBe(first);
  await expect(other.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
  await expect(other.getByTestId('save-status')).toContainText('已保存');

  // and the other way round
  const second = '{{ platform.signature }}乙窗口改过的文本，{{ borrower.name }}您好。';
  await pasteIntoEditor(other, second);
  await waitSaved(other);
  await expect.poll(() => oneLine(page), { timeout: 15_000 }).toBe(second);
  await expect(page.getByTestId('conflict-banner')).toHaveCount(0);

  // both tabs edit before either autosaves (the context's clock is held): the later save must not drop B's edits
  await page.clock.install();
  await page.clock.pauseAt(new Date(Date.now() + 60_000));
  const theirs = '{{ platform.signature }}甲窗口随后保存的文本。';
  await pasteIntoEditor(page, theirs);
  const mine = '{{ platform.signature }}乙窗口尚未保存的修改。';
  await pasteIntoEditor(other, mine);
  await expect(other.getByTestId('save-status')).toHaveAttribute('data-state', 'pending');
  await page.clock.runFor(1_000);
  // NOTE: which write lands first is up to IndexedDB; the tab whose save came second is the one told
  const banners = async (): Promise<number> =>
    (await page.getByTestId('conflict-banner').count()) + (await other.getByTestId('conflict-banner').count());
  await expect.poll(banners, { timeout: 15_000 }).toBe(1);
  await page.clock.resume();
  const pageLost = (await page.getByTestId('conflict-banner').count()) === 1;
  const [loser, own, winner, saved] = pageLost ? [page, theirs, other, mine] : [other, mine, page, theirs];
  await waitSaved(winner);
  expect(await oneLine(winner)).toBe(saved);
  expect(await oneLine(loser), 'the unsaved edits stay on screen').toBe(own);
  await expect(loser.getByTestId('save-status')).toHaveAttribute('data-state', 'conflict');
  await loser.getByTestId('conflict-banner').getByTestId('conflict-take-theirs').click();
  await expect.poll(() => oneLine(loser)).toBe(saved);
  await expect(loser.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
});
