import { test as base, expect, type Page } from '@playwright/test';

/** Console errors, uncaught page errors and dialogs seen during one test. */
export interface PageTrouble {
  errors: string[];
  dialogs: string[];
}

/**
 * `page` that fails the test on any console error, uncaught exception or dialog (alert/confirm/prompt),
 * and `trouble` for tests that want to look at what was collected.
 */
export const test = base.extend<{ trouble: PageTrouble }>({
  trouble: async ({ page }, use) => {
    const trouble: PageTrouble = { errors: [], dialogs: [] };
    page.on('console', (message) => {
      if (message.type() === 'error') trouble.errors.push(message.text());
    });
    page.on('pageerror', (error) => trouble.errors.push(`pageerror: ${error.stack ?? error.message}`));
    page.on('dialog', (dialog) => {
      trouble.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
    await use(trouble);
    expect(trouble.errors, 'console errors').toEqual([]);
    expect(trouble.dialogs, 'dialogs').toEqual([]);
  },
});

export { expect };

/** Opens the app and waits until the editor is ready and the first report is shown. */
export async function openStudio(page: Page): Promise<void> {
  await page.goto('/');
  // NOTE: generous timeouts: the editor chunk is large and the test machine is shared.
  await expect(page.locator('.monaco-editor .view-lines')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('bubble-text').first()).toBeVisible({ timeout: 30_000 });
}

/** Replaces the editor's whole text by typing it, as a person would (auto-closing brackets included). */
export async function typeIntoEditor(page: Page, text: string): Promise<void> {
  await page.locator('.monaco-editor .view-lines').click();
  await expect(page.locator('.monaco-editor.focused')).toBeVisible();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Backspace');
  await page.keyboard.type(text);
}

/** Replaces the editor's whole text exactly (paste from the clipboard; no auto-closing). */
export async function pasteIntoEditor(page: Page, text: string): Promise<void> {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.evaluate((value) => navigator.clipboard.writeText(value), text);
  await page.locator('.monaco-editor .view-lines').click();
  await expect(page.locator('.monaco-editor.focused')).toBeVisible();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('ControlOrMeta+V');
}
