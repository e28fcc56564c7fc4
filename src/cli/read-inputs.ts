import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from './io';

const TEMPLATE_EXT = /\.(liquid|txt)$/i;

function walk(dir: string, keep: (name: string) => boolean): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((entry) => {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') return [];
      const full = join(dir, entry.name);
      if (entry.isDirectory()) return walk(full, keep);
      return entry.isFile() && keep(entry.name) ? [full] : [];
    });
}

function statOf(path: string) {
  try {
    return statSync(path);
  } catch {
    throw new UsageError(`no such file or folder: ${path}`);
  }
}

/** The template files named: a file as given, a folder → every *.liquid and *.txt inside, recursively. */
export function templateFiles(paths: readonly string[]): string[] {
  const files = paths.flatMap((p) => (statOf(p).isDirectory() ? walk(p, (n) => TEMPLATE_EXT.test(n)) : [p]));
  return [...new Set(files)];
}

/** `x.meta.json` next to `x.liquid` / `x.txt`, when it exists. */
export function siblingMeta(file: string): string | undefined {
  if (!TEMPLATE_EXT.test(file)) return undefined;
  const meta = file.replace(TEMPLATE_EXT, '.meta.json');
  return existsSync(meta) ? meta : undefined;
}

export function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    throw new UsageError(`cannot read ${file}: ${(e as Error).message}`);
  }
}

export function readJson(file: string): unknown {
  const text = readText(file);
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new UsageError(`${file} is not JSON: ${(e as Error).message}`);
  }
}

/** Every *.json in a folder, recursively, as `path → text` (core parses them and reports positions). */
export function jsonFilesIn(dir: string, flag: string): Record<string, string> {
  if (!statOf(dir).isDirectory()) throw new UsageError(`${flag} expects a folder: ${dir}`);
  return Object.fromEntries(walk(dir, (n) => n.toLowerCase().endsWith('.json')).map((f) => [f, readText(f)]));
}
