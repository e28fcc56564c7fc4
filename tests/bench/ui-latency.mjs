// Keystroke → findings latency in the real UI. Needs a running preview (`npm start`, or
// `npx vite build && npx vite preview --host 127.0.0.1 --port 4173 --strictPort`), then:
//   node tests/bench/ui-latency.mjs [url] [runs]
// Measures, in the page, from the keydown of a paste that adds 老赖 to the moment the
// no-insults finding is in the DOM (debounce + worker check + render), and likewise for the bubble text.
import { chromium } from 'playwright-core';

const url = process.argv[2] ?? 'http://127.0.0.1:4173/';
const runs = Number(process.argv[3] ?? 15);
const LAWFUL =
  '{{ platform.signature }}{{ borrower.name | surname }}{{ borrower.gender | honorific }}您好，您的借款已逾期{{ loan.overdue_days }}天，应还{{ loan.amount_due | cny }}，请仅在{{ platform.app_name }}还款。疑问请致电{{ platform.hotline }}，如已还款请忽略。';

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});
const context = await browser.newContext();
await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(url).origin });
const page = await context.newPage();
const t0 = Date.now();
await page.goto(url);
await page.locator('.monaco-editor .view-lines').waitFor({ timeout: 60_000 });
const editorReadyMs = Date.now() - t0;
await page.getByTestId('bubble-text').first().waitFor({ timeout: 60_000 });

const paste = async (text) => {
  await page.evaluate((value) => navigator.clipboard.writeText(value), text);
  await page.keyboard.press('Control+V');
};
const findingsMs = [];
const bubbleMs = [];
for (let i = 0; i < runs; i++) {
  await page.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('Control+A');
  await paste(LAWFUL);
  await page.locator('[data-testid="finding"][data-rule-id="no-insults"]').waitFor({ state: 'detached' });
  await page.keyboard.press('Control+End');
  const timing = page.evaluate(
    () =>
      new Promise((resolve) => {
        let start = 0;
        let bubble = 0;
        document.addEventListener('keydown', () => (start = performance.now()), { capture: true, once: true });
        const observer = new MutationObserver(() => {
          if (!start) return;
          if (!bubble && document.querySelector('[data-testid="bubble-text"]')?.textContent?.includes('老赖')) {
            bubble = performance.now() - start;
          }
          if (document.querySelector('[data-testid="finding"][data-rule-id="no-insults"]')) {
            observer.disconnect();
            resolve({ findings: performance.now() - start, bubble });
          }
        });
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
      }),
  );
  await page.waitForTimeout(50);
  await paste('你这个老赖');
  const { findings, bubble } = await timing;
  findingsMs.push(findings);
  bubbleMs.push(bubble);
}
await browser.close();

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q) => s[Math.min(s.length - 1, Math.floor(q * s.length))];
  return `median ${at(0.5).toFixed(0)} ms, p90 ${at(0.9).toFixed(0)} ms, max ${s[s.length - 1].toFixed(0)} ms`;
};
console.log(`editor usable after load: ${editorReadyMs} ms`);
console.log(`keystroke → bubble updated  (${runs} runs): ${stats(bubbleMs)}`);
console.log(`keystroke → finding shown   (${runs} runs): ${stats(findingsMs)}`);
