import type { BrowserContext, Page } from '@playwright/test';
import { expect, openStudio, test, typeIntoEditor } from './fixtures';

const directives = (policy: string): string[] =>
  policy
    .split(';')
    .map((d) => d.trim())
    .filter((d) => d !== '');

/**
 * Collects CSP violations of the page and of its workers (a worker's violations never reach the page's console):
 * each worker script is served through a wrapper that listens for `securitypolicyviolation` before the real script
 * (same response headers, so the same policy) is imported.
 */
async function watchViolations(context: BrowserContext, page: Page): Promise<() => Promise<string[]>> {
  const seen: string[] = [];
  page.on('console', (m) => /Content Security Policy/i.test(m.text()) && seen.push(`console: ${m.text()}`));
  await page.exposeFunction('reportCspViolation', (text: string) => seen.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { reportCspViolation(t: string): void }).reportCspViolation(
        `page: ${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`,
      ),
    );
  });
  await context.route(/\.worker-[\w-]+\.js$/, async (route) => {
    const response = await route.fetch();
    const real = JSON.stringify(`${route.request().url()}?unwrapped`);
    const body = [
      'self.cspViolations = [];',
      "self.addEventListener('securitypolicyviolation', (e) =>",
      '  self.cspViolations.push(`worker: ${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));',
      `await import(${real});`,
    ].join('\n');
    await route.fulfill({ response, body });
  });
  const workers = new Set<{ evaluate<T>(fn: () => T): Promise<T> }>();
  page.on('worker', (w) => workers.add(w));
  return async () => {
    const inWorkers = await Promise.all(
      [...workers].map((w) =>
        w.evaluate(() => (self as unknown as { cspViolations?: string[] }).cspViolations ?? []).catch(() => []),
      ),
    );
    return [...seen, ...inWorkers.flat()];
  };
}

test('sends the CSP with frame-ancestors as a header, and the same policy in the meta tag', async ({
  page,
  trouble,
}) => {
  void trouble;
  const response = await page.goto('/');
  const header = response?.headers()['content-security-policy'] ?? '';
  expect(directives(header)).toContain("frame-ancestors 'none'");
  expect(directives(header)).toContain("script-src 'self'");
  expect(header).not.toContain('unsafe-eval');
  const meta = (await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')) ?? '';
  expect(directives(meta)).toEqual(directives(header).filter((d) => !d.startsWith('frame-ancestors')));
});

test('serves the check worker with a policy that forbids eval', async ({ page, trouble }) => {
  void trouble;
  const worker = page.waitForResponse((r) => /check\.worker-[\w-]+\.js$/.test(r.url()));
  await page.goto('/');
  const policy = directives((await worker).headers()['content-security-policy'] ?? '');
  expect(policy).toContain("script-src 'self'");
  expect(policy.join(';')).not.toContain('unsafe-eval');
});

test('reports no CSP violation while the app loads and checks a template', async ({ page, context, trouble }) => {
  void trouble;
  const violations = await watchViolations(context, page);
  await openStudio(page);
  await expect(page.getByTestId('score')).not.toHaveText('—');
  await typeIntoEditor(page, '【钱站】{{ borrower.name }}您好，请按时还款');
  await expect(page.getByTestId('bubble-text').first()).toContainText('请按时还款');
  await expect(page.getByTestId('score')).not.toHaveText('—');
  expect(page.workers().length).toBeGreaterThan(0);
  expect(await violations()).toEqual([]);
  // the watcher's routes may still be serving a worker script: end them so the next test starts clean
  await context.unrouteAll({ behavior: 'ignoreErrors' });
});

test('loads the favicon and the app icon', async ({ page, trouble }) => {
  void trouble;
  await page.goto('/');
  for (const selector of ['link[rel="icon"]', 'link[rel="apple-touch-icon"]']) {
    const href = await page.locator(selector).evaluate((link) => (link as HTMLLinkElement).href);
    expect(href).not.toMatch(/^data:/);
    const size = await page.evaluate(async (url) => {
      const img = new Image();
      img.src = url;
      await img.decode();
      return img.naturalWidth;
    }, href);
    expect(size).toBeGreaterThan(0);
  }
});
