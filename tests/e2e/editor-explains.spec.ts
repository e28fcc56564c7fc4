import type { Page } from '@playwright/test';
import { expect, openStudio, pasteIntoEditor, test } from './fixtures';

const LAWFUL =
  '{{ platform.signature }}{{ borrower.name | surname }}{{ borrower.gender | honorific }}您好，您的借款已逾期{{ loan.overdue_days }}天，应还{{ loan.amount_due | cny }}，请仅在{{ platform.app_name }}还款。疑问请致电{{ platform.hotline }}，如已还款请忽略。';
/** The insult sits on a line of its own, after the lawful text. */
const INSULTING = `${LAWFUL}\n你这个老赖`;

const insultFinding = (page: Page) => page.locator('[data-testid="finding"][data-rule-id="no-insults"]');

/** Hovers the first error squiggle until Monaco's hover shows (the first hover may come before the editor settled). */
async function hoverFirstError(page: Page) {
  const squiggle = page.locator('.monaco-editor .squiggly-error').first();
  const hover = page.locator('.monaco-hover .marker.hover-contents').filter({ hasText: '禁止侮辱性称呼' });
  await expect(async () => {
    await page.mouse.move(0, 0);
    const box = await squiggle.boundingBox();
    if (!box) throw new Error('no squiggle yet');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await expect(hover).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
  return hover;
}

async function openContextMenu(page: Page) {
  const menu = page.locator('.context-view .monaco-menu');
  await expect(async () => {
    await page.keyboard.press('Escape');
    await page.locator('.monaco-editor .view-lines').click({ button: 'right' });
    await expect(menu).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
  return menu;
}

test('opens the rule in the catalog from a finding in the panel', async ({ page, trouble }) => {
  void trouble;
  await openStudio(page);
  await pasteIntoEditor(page, INSULTING);
  await insultFinding(page).getByTestId('open-rule').click();
  await expect(page.getByTestId('rule-detail')).toHaveAttribute('data-rule-id', 'no-insults');
});

test('the marker hover shows the rule’s title, message and basis, and its link opens the rule', async ({
  page,
  trouble,
}) => {
  void trouble;
  await openStudio(page);
  await pasteIntoEditor(page, INSULTING);
  await expect(insultFinding(page)).toBeVisible();
  const hover = await hoverFirstError(page);
  await expect(hover).toContainText('包含侮辱性用语');
  await expect(hover).toContainText('依据：《民法典》第1024条');
  const link = hover.locator('a.code-link');
  await expect(link).toHaveText('在规则目录中查看');
  await expect(link).toHaveAttribute('href', 'rule:no-insults');

  const before = page.url();
  await link.click();
  await expect(page.getByTestId('rule-detail')).toHaveAttribute('data-rule-id', 'no-insults');
  expect(page.url()).toBe(before);
});

test('shows the lightbulb on a marker with a fix, and applying it changes the text', async ({ page, trouble }) => {
  void trouble;
  await openStudio(page);
  await pasteIntoEditor(page, INSULTING);
  // Put the cursor inside the marked words, as a writer would by clicking the finding.
  await insultFinding(page).locator('button.main').click();
  await page.keyboard.press('ArrowRight');
  const lightbulb = page.locator('.monaco-editor [class*="codicon-gutter-lightbulb"]');
  await expect(lightbulb).toBeVisible({ timeout: 10_000 });
  await lightbulb.click();
  const action = page.locator('.action-widget').getByText('改为「您」');
  await expect(action).toBeVisible();
  await action.click();
  await expect(page.locator('.monaco-editor .view-lines')).toContainText('您');
  await expect(page.locator('.monaco-editor .view-lines')).not.toContainText('老赖');
  await expect(insultFinding(page)).toHaveCount(0);
});

test('Monaco’s own context menu and hover actions are in Chinese in the Chinese UI', async ({ page, trouble }) => {
  void trouble;
  await openStudio(page);
  await pasteIntoEditor(page, INSULTING);
  await hoverFirstError(page);
  await expect(page.locator('.monaco-hover:not(.hidden)')).toContainText('查看问题');
  await page.mouse.move(0, 0);
  const menu = await openContextMenu(page);
  await expect(menu).toContainText('剪切');
  await expect(menu).toContainText('复制');
  await expect(menu).not.toContainText('Copy');
  await expect(page.getByTestId('editor-menus-note')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await page.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('ControlOrMeta+F');
  await expect(page.locator('.monaco-editor .find-widget [placeholder="查找"]')).toBeVisible();
  await page.keyboard.press('Escape');
  // Peek Problem: the problem widget counts in Chinese and links the rule too.
  await insultFinding(page).locator('button.main').click();
  await page.keyboard.press('Alt+F8');
  await expect(page.locator('.monaco-editor .peekview-widget').first()).toContainText(/个问题\(共 \d+ 个\)/);
  await page.locator('.monaco-editor .marker-widget a.code-link').click();
  await expect(page.getByTestId('rule-detail')).toHaveAttribute('data-rule-id', 'no-insults');
});

test('Monaco’s own menus are in English in the English UI, and follow a language switch after a reload', async ({
  page,
  trouble,
}) => {
  void trouble;
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('editor-spec-started')) {
      sessionStorage.setItem('editor-spec-started', '1');
      localStorage.setItem('dunning-studio.lang', 'en');
    }
  });
  const chineseTables: string[] = [];
  page.on('request', (request) => {
    if (/zh-cn/i.test(request.url())) chineseTables.push(request.url());
  });
  await openStudio(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dunning Studio');
  let menu = await openContextMenu(page);
  await expect(menu).toContainText('Copy');
  await expect(menu).not.toContainText('复制');
  expect(chineseTables, 'Monaco’s Chinese table is loaded only for the Chinese UI').toEqual([]);
  await page.keyboard.press('Escape');

  await page.getByTestId('lang-switch').click();
  const note = page.getByTestId('editor-menus-note');
  await expect(note).toContainText('重新加载页面后才会切换为中文');
  // What was typed just before the reload is stored first.
  await pasteIntoEditor(page, `${LAWFUL}重新加载前写的`);
  await note.getByTestId('editor-reload').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('催收短信合规工作台', { timeout: 30_000 });
  await expect(page.locator('.monaco-editor .view-lines')).toContainText('重新加载前写的', { timeout: 30_000 });
  menu = await openContextMenu(page);
  await expect(menu).toContainText('复制');
  await expect(page.getByTestId('editor-menus-note')).toHaveCount(0);
});

test('Ctrl+M then Tab, and Esc then Tab, move focus out of the editor; its label says how', async ({
  page,
  trouble,
}) => {
  void trouble;
  await openStudio(page);
  await pasteIntoEditor(page, INSULTING);
  await expect(insultFinding(page)).toBeVisible();
  const editorFocused = page.locator('.monaco-editor.focused');
  const inEditor = () => page.evaluate(() => !!document.activeElement?.closest('.monaco-editor'));
  await expect(page.locator('.monaco-editor [aria-label*="Ctrl+M"]').first()).toBeAttached();
  await expect(page.getByTestId('editor-keyboard-help')).toContainText('Ctrl+M');

  await expect(editorFocused).toBeVisible();
  await page.keyboard.press('ControlOrMeta+M');
  await page.keyboard.press('Tab');
  await expect(editorFocused).toHaveCount(0);
  expect(await inEditor()).toBe(false);
  await page.keyboard.press('Shift+Tab');
  await expect(editorFocused).toBeVisible();
  await page.keyboard.press('Shift+Tab');
  expect(await inEditor()).toBe(false);
  // Tab focus mode off again: Tab types, Esc then Tab leaves (and Esc then Shift+Tab leaves backwards).
  await page.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('ControlOrMeta+M');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Tab');
  expect(await inEditor()).toBe(false);
  await page.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Shift+Tab');
  expect(await inEditor()).toBe(false);
});

test('announces the verdict and the count of findings in a status message', async ({ page, trouble }) => {
  void trouble;
  await openStudio(page);
  await pasteIntoEditor(page, INSULTING);
  await expect(insultFinding(page)).toBeVisible();
  const count = (await page.locator('.findings .pane-title .count').textContent())?.match(/\d+/)?.[0];
  expect(count).toBeDefined();
  const status = page.getByTestId('findings-status');
  await expect(status).toHaveAttribute('role', 'status');
  await expect(status).toHaveText(new RegExp(`阻断，${count} 项问题`));
  // Severity is said in words and shapes too, not only colours.
  await expect(insultFinding(page).getByRole('img', { name: '错误' })).toBeVisible();

  await pasteIntoEditor(page, LAWFUL);
  await expect(insultFinding(page)).toHaveCount(0);
  const after = (await page.locator('.findings .pane-title .count').textContent())?.match(/\d+/)?.[0];
  await expect(status).not.toHaveText(/阻断/);
  await expect(status).toHaveText(after === '0' ? /未发现问题/ : new RegExp(`${after} 项问题`));
});
