import { closeSync, openSync, writeSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_TEMPLATE_BYTES } from '../../src/cli/read-inputs';
import { cli, workDir } from './run-cli';

const work = workDir('dunning-input-limits-');
afterAll(() => work.remove());

const LAWFUL = '【钱站】您好，您的借款今日到期，请按时还款。';

describe('check refuses inputs over the documented size, unread', () => {
  it('refuses a 2 GiB template file (sparse: nothing on disk) by its size, and checks the other files', async () => {
    const huge = work.path('huge.liquid');
    const fd = openSync(huge, 'w');
    writeSync(fd, '{{ x }}', 2 ** 31);
    closeSync(fd);
    const small = work.write('small.liquid', LAWFUL);
    const before = process.memoryUsage().rss;
    const r = await cli(['check', '--format', 'jsonl', huge, small]);
    expect(process.memoryUsage().rss - before).toBeLessThan(256 * 2 ** 20);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`input/too-large: ${huge}: ${2 ** 31 + 7} bytes, over the limit of 1048576 bytes`);
    expect(
      r.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).file),
    ).toEqual([small]);
  });

  it('checks a template of exactly the limit and refuses one byte more on stdin', async () => {
    const at = LAWFUL + 'a'.repeat(MAX_TEMPLATE_BYTES - Buffer.byteLength(LAWFUL));
    const fits = await cli(['check', '--stdin', '--format', 'jsonl'], at);
    expect(fits.stderr).not.toContain('input/too-large');
    const over = await cli(['check', '--stdin', '--format', 'jsonl'], `${at}a`);
    expect([over.code, over.stdout]).toEqual([2, '']);
    expect(over.stderr).toContain('input/too-large: <stdin>: more than 1048576 bytes');
  });
});
