import { expect, type Page } from '@playwright/test';
import { pasteIntoEditor } from './fixtures';

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

/**
 * Both tabs of one context edit the open template before either autosaves (the context's clock is held, then run
 * on), so both saves start from the same revision. IndexedDB decides which lands first: the other tab is the one
 * that must show the conflict. Returns the tabs as `winner`/`loser` with what each typed; the clock flows again.
 */
export async function raceEdits(
  first: Page,
  second: Page,
  texts: [string, string],
): Promise<{ winner: Page; loser: Page; winnerText: string; loserText: string }> {
  await first.clock.install();
  await first.clock.pauseAt(new Date(Date.now() + 60_000));
  await pasteIntoEditor(first, texts[0]);
  await pasteIntoEditor(second, texts[1]);
  await expect(second.getByTestId('save-status')).toHaveAttribute('data-state', 'pending');
  await first.clock.runFor(1_000);
  const banners = async (): Promise<number> =>
    (await first.getByTestId('conflict-banner').count()) + (await second.getByTestId('conflict-banner').count());
  await expect.poll(banners, { timeout: 15_000 }).toBe(1);
  await first.clock.resume();
  const firstLost = (await first.getByTestId('conflict-banner').count()) === 1;
  return firstLost
    ? { winner: second, loser: first, winnerText: texts[1], loserText: texts[0] }
    : { winner: first, loser: second, winnerText: texts[0], loserText: texts[1] };
}
