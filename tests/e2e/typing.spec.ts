import type { Page } from '@playwright/test';
import { expect, openStudio, pasteIntoEditor, test } from './fixtures';

const LAWFUL =
  '{{ platform.signature }}{{ borrower.name | surname }}{{ borrower.gender | honorific }}您好，您的借款已逾期{{ loan.overdue_days }}天，应还{{ loan.amount_due | cny }}，请仅在{{ platform.app_name }}还款。疑问请致电{{ platform.hotline }}，如已还款请忽略。';

declare global {
  interface Window {
    /** the source of every check the page sent to its check worker, in order */
    checkedSources: string[];
  }
}

/** Records the source of every check request the page posts to a worker (the check worker's protocol). */
async function recordChecks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.checkedSources = [];
    const post = Worker.prototype.postMessage;
    Worker.prototype.postMessage = function (this: Worker, message: unknown, ...rest: [StructuredSerializeOptions?]) {
      const request = message as { type?: string; source?: string } | null;
      if (request?.type === 'check' && typeof request.source === 'string') window.checkedSources.push(request.source);
      return post.call(this, message, ...rest);
    } as Worker['postMessage'];
  });
}

const checkedSources = (page: Page): Promise<string[]> => page.evaluate(() => window.checkedSources);

const insult = (page: Page) => page.locator('[data-testid="finding"][data-rule-id="no-insults"]');

test('checks what an input method composed once the composition ends, never the pinyin on the way', async ({
  page,
  trouble,
}) => {
  void trouble;
  await recordChecks(page);
  await openStudio(page);
  await pasteIntoEditor(page, LAWFUL);
  const bubble = page.getByTestId('bubble-text').first();
  await expect(bubble).toHaveText(/如已还款请忽略。$/);
  await page.keyboard.press('ControlOrMeta+End');
  const before = (await checkedSources(page)).length;

  // NOTE: the DevTools protocol drives Chromium's input method path, which reaches Monaco's EditContext.
  const cdp = await page.context().newCDPSession(page);
  for (const text of ['l', 'la', 'lao', 'laol', 'laola', 'laolai']) {
    await cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
  }
  await expect(page.locator('.monaco-editor .view-lines')).toContainText('laolai');
  await cdp.send('Input.insertText', { text: '老赖' });

  await expect(insult(page)).toBeVisible();
  await expect(bubble).toHaveText(/如已还款请忽略。老赖$/);
  const during = (await checkedSources(page)).slice(before);
  expect(during.filter((source) => /。[a-z]+$/.test(source))).toEqual([]);
  expect(during.at(-1)).toMatch(/如已还款请忽略。老赖$/);
});

test('shows the findings of the last keystroke after a fast burst of typing', async ({ page, trouble }) => {
  void trouble;
  await openStudio(page);
  await pasteIntoEditor(page, LAWFUL);
  const bubble = page.getByTestId('bubble-text').first();
  await expect(bubble).toHaveText(/如已还款请忽略。$/);
  await expect(insult(page)).toHaveCount(0);

  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type('请尽快处理你这个老赖');
  await expect(insult(page)).toBeVisible();
  await expect(bubble).toHaveText(/请尽快处理你这个老赖$/);
  await expect(page.locator('.monaco-editor .squiggly-error').first()).toBeVisible();

  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await expect(bubble).toHaveText(/请尽快处理你这个$/);
  await expect(insult(page)).toHaveCount(0);
  await expect(page.locator('.monaco-editor .squiggly-error')).toHaveCount(0);
});
