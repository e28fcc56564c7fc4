import { TypeGuards, type Emitter, type Template } from 'liquidjs';
import type { Problem } from '../result';
import { usesOf } from './analyze';
import { getEngine, renderParsed, rootEmitter, topScopeOf, type LeafTracer } from './engine';
import { parseCached, type ParsedSource } from './parse-cache';
import { plainPlanOf } from './plain-plan';
import { renderPlain } from './plain-render';
import { problemFromError } from './problems';
import type { RenderOptions } from './render-template';
import { SpanPool } from './span-pool';

import type { OutputSpan } from './output-span';
export type { OutputSpan } from './output-span';

/** Source range copied verbatim to the output: text between tags (after whitespace control), raw blocks. */
function literalRange(template: Template): [number, number] | undefined {
  const token = template.token;
  if (TypeGuards.isHTMLToken(token)) return [token.begin + token.trimLeft, token.end - token.trimRight];
  const inner = (template as { name?: string; tokens?: { begin: number; end: number }[] }).tokens;
  if ((template as { name?: string }).name === 'raw' && inner && inner.length > 0) {
    return [inner[0]?.begin ?? 0, inner[inner.length - 1]?.end ?? 0];
  }
  return undefined;
}

export type TracedRender = { ok: true; text: string; spans: OutputSpan[] } | { ok: false; problems: Problem[] };

/** What the one tracer reads during a render (renders are synchronous, so one at a time). */
interface Trace {
  root: Emitter;
  source: string;
  pool: SpanPool;
  parsed: ParsedSource;
}
let trace: Trace | undefined;

/** The data path a value leaf prints (aliases resolved), looked up once per leaf of a parsed source. */
function variableOf(parsed: ParsedSource, template: Template): string | undefined {
  const known = (parsed.leafVariables ??= new Map()).get(template);
  if (known !== undefined) return known ?? undefined;
  const printed = (parsed.printed ??= (parsed.uses ??= usesOf(parsed.templates)).filter((u) => u.output));
  const { begin, end } = template.token;
  const found = printed.find((u) => u.start >= begin && u.end <= end)?.path;
  parsed.leafVariables.set(template, found || null);
  return found || undefined;
}

const tracer: LeafTracer = (template, emitter, before) => {
  const t = trace;
  if (t === undefined) return;
  const end = emitter.buffer.length;
  if (emitter !== t.root || end === before || template.token.input !== t.source || 'children' in template) return;
  const literal = literalRange(template);
  if (literal && literal[1] - literal[0] === end - before) {
    t.pool.push('literal', before, end, literal[0], literal[1]);
    return;
  }
  const { begin, end: tokenEnd } = template.token;
  t.pool.push('value', before, end, begin, tokenEnd, variableOf(t.parsed, template));
};

export type PooledRender = { ok: true; text: string } | { ok: false; problems: Problem[] };

/**
 * renderWithTrace writing its spans into `pool` (appended; a failed render leaves the pool as it found it) instead
 * of returning objects: what a check of many samples uses.
 */
export function renderIntoPool(source: string, data: unknown, opts: RenderOptions, pool: SpanPool): PooledRender {
  const engine = getEngine(opts);
  let root = rootEmitter(engine);
  const mark = pool.length;
  try {
    const parsed = parseCached(engine, source);
    trace = { root, source, pool, parsed };
    const plain = parsed.plain === undefined ? (parsed.plain = plainPlanOf(engine, parsed.templates)) : parsed.plain;
    const strict = engine.liquid.options.strictVariables;
    if (plain !== null && renderPlain(plain, topScopeOf(data), strict, root, tracer))
      return { ok: true, text: root.buffer };
    // liquidjs renders what the plain renderer gave up on (and throws the same errors it would)
    pool.truncate(mark);
    trace.root = root = rootEmitter(engine);
    engine.tracer = tracer;
    return { ok: true, text: renderParsed(engine, parsed.templates, data, root) };
  } catch (e) {
    pool.truncate(mark);
    return { ok: false, problems: [problemFromError(e, source, engine.limits.parseLimit)] };
  } finally {
    engine.tracer = null;
    trace = undefined;
  }
}

/**
 * renderTemplate plus the map from output back to source: leaf spans in output order. Output written
 * inside containers directly (not by a leaf, e.g. tablerow's markup) is left uncovered. Never throws.
 */
export function renderWithTrace(source: string, data: unknown, opts: RenderOptions = {}): TracedRender {
  const pool = new SpanPool();
  const r = renderIntoPool(source, data, opts, pool);
  return r.ok ? { ok: true, text: r.text, spans: pool.spans(0, pool.length) } : r;
}
