import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './run-cli';

const BIN = ['main.ts', 'node-io.ts'];

describe('src/cli', () => {
  it('touches the process only in the bin (main.ts) and node-io.ts', () => {
    const dir = join(ROOT, 'src/cli');
    const files = readdirSync(dir).filter((n) => n.endsWith('.ts') && !BIN.includes(n));
    expect(files).toContain('run.ts');
    const impure = files.filter((n) => /\bprocess\s*[.[]/.test(readFileSync(join(dir, n), 'utf8')));
    expect(impure).toEqual([]);
  });
});
