import type { Template } from 'liquidjs';
import type { VariableUse } from './variable-use';
import type { Engine } from './engine';
import type { PlainPlan } from './plain-plan';

/** A source parsed by one engine, plus what renderWithTrace derives from it once. */
export interface ParsedSource {
  templates: Template[];
  /** every variable use (analyzeTemplate), filled on first need */
  uses?: VariableUse[];
  /** the printed variable uses (renderWithTrace's span names), filled on first traced render */
  printed?: VariableUse[];
  /** per leaf template of the tree, the data path it prints (null: none), filled as traced renders meet them */
  leafVariables?: Map<Template, string | null>;
  /** the tree as a plain plan (null: not plain), filled on first traced render */
  plain?: PlainPlan | null;
}

/**
 * Sources kept per engine. A check parses once and renders every sample from the tree; the editor re-checks
 * the same text when only samples or meta change. Bounded by count and by total length (a parse tree costs
 * many times its source).
 */
const CAPACITY = 8;
const MAX_CHARS = 200_000;
const caches = new WeakMap<Engine, Map<string, ParsedSource>>();
/** per engine, the most recently used entry (already last in its map) */
const latest = new WeakMap<Engine, { source: string; parsed: ParsedSource }>();

/**
 * Parses `source` with `engine`, reusing the tree of the same source parsed earlier (LRU per engine):
 * parsed liquidjs templates hold no render state, so one tree serves every sample.
 * Throws what `liquid.parse` throws; failures are not cached.
 */
export function parseCached(engine: Engine, source: string): ParsedSource {
  // NOTE: a check renders every sample from the same source; Map delete + set per hit measured ~1 µs.
  const last = latest.get(engine);
  if (last !== undefined && last.source === source) return last.parsed;
  let cache = caches.get(engine);
  if (!cache) {
    cache = new Map();
    caches.set(engine, cache);
  }
  const hit = cache.get(source);
  if (hit) {
    cache.delete(source);
    cache.set(source, hit);
    latest.set(engine, { source, parsed: hit });
    return hit;
  }
  const parsed: ParsedSource = { templates: engine.liquid.parse(source) };
  cache.set(source, parsed);
  latest.set(engine, { source, parsed });
  let chars = 0;
  for (const key of cache.keys()) chars += key.length;
  for (const key of cache.keys()) {
    if (cache.size <= 1 || (cache.size <= CAPACITY && chars <= MAX_CHARS)) break;
    cache.delete(key);
    chars -= key.length;
  }
  return parsed;
}
