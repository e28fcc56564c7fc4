import { TypeGuards, type Template } from 'liquidjs';
import type { Problem } from '../result';
import { usesOf } from './analyze';
import { getEngine, renderParsed, rootEmitter, type LeafTracer } from './engine';
import { parseCached } from './parse-cache';
import { problemFromError } from './problems';
import type { RenderOptions } from './render-template';

/**
 * A leaf piece of the rendered text, 0-based offsets [start, end) into the output.
 * `literal`: copied 1:1 from the source, output offset o ↔ source offset sourceStart + (o - start).
 * `value`: printed by a `{{ … }}` (or echo/cycle) tag spanning [sourceStart, sourceEnd) of the source.
 */
export interface OutputSpan {
  start: number;
  end: number;
  kind: 'literal' | 'value';
  sourceStart: number;
  sourceEnd: number;
  /** the data path printed, aliases resolved (`borrower.name`), when the tag reads one */
  variable?: string;
}

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

/**
 * renderTemplate plus the map from output back to source: leaf spans in output order. Output written
 * inside containers directly (not by a leaf, e.g. tablerow's markup) is left uncovered. Never throws.
 */
export function renderWithTrace(source: string, data: unknown, opts: RenderOptions = {}): TracedRender {
  const engine = getEngine(opts);
  const root = rootEmitter(engine);
  const spans: OutputSpan[] = [];
  try {
    const parsed = parseCached(engine, source);
    const printed = (parsed.printed ??= (parsed.uses ??= usesOf(parsed.templates)).filter((u) => u.output));
    const tracer: LeafTracer = (template: Template, emitter, before) => {
      const end = emitter.buffer.length;
      if (emitter !== root || end === before || template.token.input !== source || 'children' in template) return;
      const { begin, end: tokenEnd } = template.token;
      const literal = literalRange(template);
      if (literal && literal[1] - literal[0] === end - before) {
        spans.push({ start: before, end, kind: 'literal', sourceStart: literal[0], sourceEnd: literal[1] });
        return;
      }
      const variable = printed.find((u) => u.start >= begin && u.end <= tokenEnd)?.path;
      const span: OutputSpan = { start: before, end, kind: 'value', sourceStart: begin, sourceEnd: tokenEnd };
      if (variable) span.variable = variable;
      spans.push(span);
    };
    engine.tracer = tracer;
    const text = renderParsed(engine, parsed.templates, data, root);
    return { ok: true, text, spans };
  } catch (e) {
    return { ok: false, problems: [problemFromError(e, source, engine.limits.parseLimit)] };
  } finally {
    engine.tracer = null;
  }
}
