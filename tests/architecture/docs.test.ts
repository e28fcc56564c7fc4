import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');

function foldersUnder(dir: string, depth: number): string[] {
  if (depth === 0) return [];
  return readdirSync(dir)
    .filter((name) => statSync(join(dir, name)).isDirectory())
    .flatMap((name) => {
      const rel = `${dir.slice(ROOT.length + 1)}/${name}`;
      return [rel, ...foldersUnder(join(dir, name), depth - 1)];
    });
}

describe('ARCHITECTURE.md', () => {
  const doc = readFileSync(join(ROOT, 'ARCHITECTURE.md'), 'utf8');

  it('describes every src folder and every core module folder', () => {
    const folders = foldersUnder(join(ROOT, 'src'), 2).filter((f) => !f.startsWith('src/ui/') && !f.includes('/kinds'));
    const missing = folders.filter((f) => !doc.includes(`\`${f}\``));
    expect(missing).toEqual([]);
  });

  it('keeps a decisions log', () => {
    expect(doc).toMatch(/## Decisions/);
  });
});

describe('README.md', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

  it('gives exactly the two commands: install and start, and test', () => {
    const commands = [...readme.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]?.trim());
    expect(commands).toEqual(['npm install && npm start', 'npm test']);
  });

  it('names scripts that exist in package.json', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts.start).toContain('vite preview');
    expect(pkg.scripts.test).toMatch(/typecheck.*test:unit.*test:e2e/);
    expect(pkg.scripts['test:e2e']).toContain('playwright test');
    expect(pkg.scripts.typecheck).toContain('svelte-check');
    expect(existsSync(join(ROOT, 'package-lock.json'))).toBe(true);
  });
});
