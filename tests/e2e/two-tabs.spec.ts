import { expect, openStudio, pasteIntoEditor, test } from './fixtures';
import { editorText, raceEdits, selectedItem, waitSaved } from './workspace-helpers';

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

  // both tabs edit before either autosaves: the tab whose save comes second keeps its edits and is told
  const theirs = '{{ platform.signature }}甲窗口随后保存的文本。';
  const mine = '{{ platform.signature }}乙窗口尚未保存的修改。';
  const { winner, loser, winnerText, loserText } = await raceEdits(page, other, [theirs, mine]);
  await waitSaved(winner);
  expect(await oneLine(winner)).toBe(winnerText);
  expect(await oneLine(loser), 'the unsaved edits stay on screen').toBe(loserText);
  await expect(loser.getByTestId('save-status')).toHaveAttribute('data-state', 'conflict');
  await loser.getByTestId('conflict-banner').getByTestId('conflict-take-theirs').click();
  await expect.poll(() => oneLine(loser)).toBe(winnerText);
  await expect(loser.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
});
