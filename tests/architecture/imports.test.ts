import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const SRC = join(ROOT, 'src');
const AREAS = ['core', 'worker', 'storage', 'ui', 'cli', 'runtime'] as const;
type Area = (typeof AREAS)[number];

/** Which src areas each area may import (besides itself). */
const ALLOWED: Record<Area, readonly Area[]> = {
  core: [],
  worker: ['core', 'runtime'],
  storage: ['core'],
  ui: ['core', 'worker', 'storage'],
  cli: ['core', 'runtime'],
  runtime: ['core'],
};
const CORE_PACKAGES = ['liquidjs', 'zod', 'opencc-js', 'recheck'];
/** The doors into core: the full one, and the light one for the main thread (no liquidjs, no rule pack). */
const DOORS: Record<Exclude<Area, 'core'>, readonly string[]> = {
  worker: ['core/index.ts'],
  cli: ['core/index.ts'],
  runtime: ['core/index.ts'],
  storage: ['core/model.ts'],
  ui: ['core/model.ts'],
};

const isTest = (file: string): boolean => /\.(test|spec)\.ts$/.test(file);

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return filesUnder(full);
    return /\.(ts|svelte)$/.test(name) && !name.endsWith('.d.ts') && !isTest(name) ? [full] : [];
  });
}

interface Import {
  spec: string;
  typeOnly: boolean;
}

function imports(file: string): Import[] {
  const text = readFileSync(file, 'utf8');
  const found: Import[] = [];
  const re =
    /(import|export)(\s+type)?[^'"`;]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|import\s+['"]([^'"]+)['"]/g;
  for (const m of text.matchAll(re)) {
    const spec = m[3] ?? m[4] ?? m[5];
    if (spec) found.push({ spec, typeOnly: m[2] !== undefined });
  }
  return found;
}

/** The file a relative specifier names (`./x` → `x.ts`, `x/index.ts`, `x.svelte`…), or undefined. */
function resolveFile(from: string, spec: string): string | undefined {
  const base = resolve(dirname(from), spec.replace(/\?.*$/, ''));
  return [base, `${base}.ts`, join(base, 'index.ts')].find((c) => existsSync(c) && statSync(c).isFile());
}

function areaOf(path: string): Area | undefined {
  const first = relative(SRC, path).split(/[\\/]/)[0];
  return AREAS.find((a) => a === first);
}

const files = AREAS.flatMap((area) => filesUnder(join(SRC, area)).map((file) => ({ area, file })));
const graph = new Map<string, { target: string; typeOnly: boolean }[]>();
for (const { file } of files) {
  graph.set(
    file,
    imports(file).flatMap((i) => {
      const target = i.spec.startsWith('.') ? resolveFile(file, i.spec) : undefined;
      return target ? [{ target, typeOnly: i.typeOnly }] : [];
    }),
  );
}

describe('import directions', () => {
  it('finds source files to check', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it('reports no import that crosses the allowed direction, and only liquidjs, zod, opencc-js and recheck in core', () => {
    const violations: string[] = [];
    for (const { area, file } of files) {
      for (const { spec } of imports(file)) {
        if (spec.startsWith('.')) {
          const target = areaOf(resolve(dirname(file), spec));
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

  it('enters core only through its doors: core/index (worker, cli, runtime) and core/model (ui, storage)', () => {
    const violations: string[] = [];
    for (const { area, file } of files) {
      if (area === 'core') continue;
      for (const { target } of graph.get(file) ?? []) {
        if (areaOf(target) !== 'core') continue;
        const door = relative(SRC, target).replace(/\\/g, '/');
        if (!DOORS[area].some((d) => `core/${d.slice(5)}` === door))
          violations.push(`${relative(ROOT, file)} → ${door}`);
      }
    }
    expect(violations).toEqual([]);
  });

  it('keeps liquidjs and the rule pack out of core/model', () => {
    const seen = new Set<string>();
    const packages = new Set<string>();
    const visit = (file: string): void => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const i of imports(file)) {
        if (i.typeOnly) continue;
        if (i.spec.startsWith('.')) {
          const target = resolveFile(file, i.spec);
          if (target) visit(target);
        } else packages.add(i.spec.split('/')[0] ?? i.spec);
      }
    };
    visit(join(SRC, 'core/model.ts'));
    expect([...packages]).not.toContain('liquidjs');
    expect([...seen].map((f) => relative(SRC, f))).not.toContain('core/rules/defaults.ts');
  });

  it('has no import circle anywhere in src', () => {
    const state = new Map<string, 'open' | 'done'>();
    const circles: string[] = [];
    const visit = (file: string, path: string[]): void => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') {
        circles.push([...path.slice(path.indexOf(file)), file].map((f) => relative(SRC, f)).join(' → '));
        return;
      }
      state.set(file, 'open');
      for (const { target } of graph.get(file) ?? []) visit(target, [...path, file]);
      state.set(file, 'done');
    };
    for (const file of graph.keys()) visit(file, []);
    expect(circles).toEqual([]);
  });
});
