import { expect, openStudio, test } from './fixtures';

test('a Chinese page asks for Monaco’s Chinese table before the app’s own script, once', async ({ page, trouble }) => {
  void trouble;
  const asked: string[] = [];
  page.on('request', (request) => asked.push(new URL(request.url()).pathname));
  await openStudio(page);
  const table = asked.findIndex((path) => /\/assets\/zh-cn-[\w-]+\.js$/.test(path));
  const appScript = asked.findIndex((path) => /\/assets\/index-[\w-]+\.js$/.test(path));
  expect(appScript, 'the app’s script was asked for').toBeGreaterThanOrEqual(0);
  // NOTE: Monaco's first module waits for the table; asked for by the app's script, it came after all the others.
  expect(table, 'Monaco’s Chinese table is asked for before the app’s script').toBeGreaterThanOrEqual(0);
  expect(table).toBeLessThan(appScript);
  expect(asked.filter((path) => /zh-cn/.test(path))).toHaveLength(1);
});
