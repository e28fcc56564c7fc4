import { expect, openStudio, test } from './fixtures';
import type { Page } from '@playwright/test';
import { editorText } from './workspace-helpers';

/** The editor's text without the line breaks of word wrap (the typed text may wrap). */
const unwrapped = async (page: Page): Promise<string> => (await editorText(page)).replace(/\n/g, '');

test('keeps what is typed right after the editor appears in a fresh profile, across a reload', async ({
  page,
  trouble,
}) => {
  void trouble;
  const typed = '早到的字ABC';
  await page.goto('/');
  const lines = page.locator('.monaco-editor .view-lines');
  await expect(lines).toBeVisible({ timeout: 30_000 });
  await lines.click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type(typed);
  await expect.poll(() => unwrapped(page)).toContain(typed);
  await page.reload();
  await openStudio(page);
  await expect.poll(() => unwrapped(page)).toContain(typed);
});

test('keeps what is typed right after the editor appears when the stored workspace is slow to arrive', async ({
  page,
  context,
  trouble,
}) => {
  void trouble;
  const typed = '早到的字DEF';
  // NOTE: the stored workspace loads after the check worker's catalog: its script is held until the editor's code
  // has arrived, so a person can type before the workspace is there.
  const editorCode = Promise.all(
    [/assets\/monaco-[\w-]+\.js$/, /assets\/editor-[\w-]+\.js$/].map((url) =>
      page.waitForResponse(url).then((r) => r.finished()),
    ),
  );
  await context.route(/check\.worker-[\w-]+\.js$/, async (route) => {
    await editorCode;
    await route.continue();
  });
  await page.goto('/');
  const lines = page.locator('.monaco-editor .view-lines');
  await expect(lines).toBeVisible({ timeout: 30_000 });
  await lines.click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type(typed);
  await expect.poll(() => unwrapped(page)).toContain(typed);
  await page.reload();
  await openStudio(page);
  await expect.poll(() => unwrapped(page)).toContain(typed);
});

test('says the workspace is loading and offers no editor until it has arrived', async ({ page, context, trouble }) => {
  void trouble;
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  // NOTE: the stored workspace loads after the check worker's catalog; holding the worker script keeps it away.
  await context.route(/check\.worker-[\w-]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/');
  const loading = page.getByTestId('editor-loading');
  await expect(loading).toHaveText('正在载入工作区…');
  await expect(page.getByTestId('new-template')).toBeDisabled();
  await page.getByTestId('lang-switch').click();
  await expect(loading).toHaveText('Loading the workspace…');
  await page.getByTestId('editor').click();
  await page.keyboard.type('无处可去');
  await expect(page.getByTestId('editor').locator('.monaco-editor')).toHaveCount(0);

  release();
  await openStudio(page);
  await expect(loading).toHaveCount(0);
  await expect(page.getByTestId('new-template')).toBeEnabled();
  await expect.poll(() => editorText(page)).not.toContain('无处可去');
  await expect.poll(() => editorText(page)).toContain('{{');
});
