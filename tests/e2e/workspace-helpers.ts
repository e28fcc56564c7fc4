import { expect, type Page } from '@playwright/test';

/** The editor's text as shown (one model line per view line; Monaco renders spaces as no-break spaces). */
export async function editorText(page: Page): Promise<string> {
  const lines = await page.locator('.monaco-editor .view-lines .view-line').allInnerTexts();
  return lines.join('\n').replace(/\u00a0/g, ' ');
}

/** Sets the display name and role in the settings dialog, as a person would. */
export async function setUser(page: Page, name: string, role: 'writer' | 'reviewer'): Promise<void> {
  await page.getByTestId('open-settings').click();
  const dialog = page.getByTestId('settings-dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByTestId('settings-name').fill(name);
  await dialog.getByTestId(`settings-role-${role}`).check();
  await dialog.getByTestId('settings-save').click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId('current-user')).toHaveText(name);
}

/** Saves a version of the selected template with Ctrl/Cmd+S and a message. */
export async function saveVersion(page: Page, message: string): Promise<void> {
  await page.keyboard.press('ControlOrMeta+S');
  const dialog = page.getByTestId('version-dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByTestId('version-message').fill(message);
  await dialog.getByTestId('version-save').click();
  await expect(dialog).toHaveCount(0, { timeout: 15_000 });
}

/** The library entry of the selected template. */
export const selectedItem = (page: Page) => page.locator('[data-testid="library-item"][aria-current="true"]');

/** Waits until the selected template's draft is confirmed written. */
export async function waitSaved(page: Page): Promise<void> {
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
}
