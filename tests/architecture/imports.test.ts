import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const SRC = join(ROOT, 'src');
const AREAS = ['core', 'worker', 'storage', 'ui', 'cli', 'runtime'] as const;
type Area = (typeof AREAS)[number];

/** Which src areas each area may import (besides itself). */
const ALLOWED: Record<Area, readonly Area[]> = {
  core: [],
  worker: ['core'],
  storage: ['core'],
  ui: ['core', 'worker', 'storage'],
  cli: ['core', 'runtime'],
  runtime: ['core'],
};
const CORE_PACKAGES = ['liquidjs', 'zod', 'opencc-js'];

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return filesUnder(full);
    return /\.(ts|svelte)$/.test(name) ? [full] : [];
  });
}

function specifiers(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const found: string[] = [];
  for (const m of text.matchAll(
    /(?:import|export)[^'"`;]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|import\s+['"]([^'"]+)['"]/g,
  )) {
    const spec = m[1] ?? m[2] ?? m[3];
    if (spec) found.push(spec);
  }
  return found;
}

function areaOf(path: string): Area | undefined {
  const first = relative(SRC, path).split(/[\\/]/)[0];
  return AREAS.find((a) => a === first);
}

const files = AREAS.flatMap((area) => {
  try {
    return filesUnder(join(SRC, area)).map((file) => ({ area, file }));
  } catch {
    return [];
  }
});

describe('import directions', () => {
  it('finds source files to check', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it('reports no import that crosses the allowed direction', () => {
    const violations: string[] = [];
    for (const { area, file } of files) {
      for (const spec of specifiers(file)) {
        if (spec.startsWith('.')) {
          const target = areaOf(resolve(dirname(file), spec));
          if (target === undefined && resolve(dirname(file), spec).startsWith(SRC)) continue;
          if (target !== undefined && target !== area && !ALLOWED[area].includes(target)) {
            violations.push(`${relative(ROOT, file)} → ${spec}`);
          }
        } else if (area === 'core') {
          const pkg = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0];
          if (!CORE_PACKAGES.includes(pkg ?? ''))
            violations.push(`${relative(ROOT, file)} → ${spec} (core must stay pure)`);
        }
      }
    }
    expect(violations).toEqual([]);
  });
});
