import { expect, openStudio, test } from './fixtures';
import type { BrowserContext, Page } from '@playwright/test';
import { editorText } from './workspace-helpers';

/**
 * Holds the stored workspace back: a page of `context` gets IndexedDB's open answer only once `release(page)` ran
 * (the studio shows its editor only with the workspace loaded); later loads in that tab are not held.
 */
async function holdWorkspace(context: BrowserContext): Promise<(page: Page) => Promise<void>> {
  await context.addInitScript(() => {
    const released = () => sessionStorage.setItem('workspace-released', '1');
    if (sessionStorage.getItem('workspace-released')) return;
    const held = new Promise<void>((resolve) => Object.assign(window, { releaseWorkspace: resolve })).then(released);
    const add = IDBOpenDBRequest.prototype.addEventListener;
    IDBOpenDBRequest.prototype.addEventListener = function (
      this: IDBOpenDBRequest,
      type: string,
      listener: EventListenerOrEventListenerObject,
      options?: boolean | AddEventListenerOptions,
    ) {
      if (type !== 'success' || typeof listener !== 'function') return add.call(this, type, listener, options);
      return add.call(this, type, (event: Event) => void held.then(() => listener.call(this, event)), options);
    };
  });
  return (page) => page.evaluate(() => (window as unknown as { releaseWorkspace: () => void }).releaseWorkspace());
}

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
  // NOTE: the stored workspace arrives only once the editor's code has: a person can type as soon as it is shown.
  const release = await holdWorkspace(context);
  const editorCode = Promise.all(
    [/assets\/monaco-[\w-]+\.js$/, /assets\/editor-[\w-]+\.js$/].map((url) =>
      page.waitForResponse(url).then((r) => r.finished()),
    ),
  );
  const released = editorCode.then(() => release(page));
  await page.goto('/');
  await released;
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
  const release = await holdWorkspace(context);
  await page.goto('/');
  const loading = page.getByTestId('editor-loading');
  await expect(loading).toHaveText('正在载入工作区…');
  await expect(page.getByTestId('new-template')).toBeDisabled();
  await page.getByTestId('lang-switch').click();
  await expect(loading).toHaveText('Loading the workspace…');
  await page.getByTestId('editor').click();
  await page.keyboard.type('无处可去');
  await expect(page.getByTestId('editor').locator('.monaco-editor')).toHaveCount(0);

  await release(page);
  await openStudio(page);
  await expect(loading).toHaveCount(0);
  await expect(page.getByTestId('new-template')).toBeEnabled();
  await expect.poll(() => editorText(page)).not.toContain('无处可去');
  await expect.poll(() => editorText(page)).toContain('{{');
});
