import type { Problem } from '../result';
import { getEngine, renderParsed, type Engine } from './engine';
import { renderLimitsDefault, type RenderLimits } from './limits';
import { parseCached } from './parse-cache';
import { problemFromError } from './problems';

export { renderLimitsDefault, type RenderLimits } from './limits';

export type RenderResult = { ok: true; text: string } | { ok: false; problems: Problem[] };

export interface RenderOptions {
  /**
   * A missing variable is a `template/undefined-variable` problem instead of ''. Default false.
   * `{% if x %}`, `{% unless x %}` and `| default:` may still test a missing `x` (liquidjs `lenientIf`).
   */
  strictVariables?: boolean;
  /** Overrides of `renderLimitsDefault`. */
  limits?: Partial<RenderLimits>;
}

/**
 * Renders `source` against `data` synchronously with the domain filters and hard limits. Never throws.
 * Problems carry codes template/parse, template/render, template/limit, template/undefined-variable.
 */
export function renderTemplate(source: string, data: unknown, opts: RenderOptions = {}): RenderResult {
  let engine: Engine | undefined;
  try {
    engine = getEngine(opts);
    return { ok: true, text: renderParsed(engine, parseCached(engine, source).templates, data) };
  } catch (e) {
    return {
      ok: false,
      problems: [problemFromError(e, source, engine?.limits.parseLimit ?? renderLimitsDefault.parseLimit)],
    };
  }
}
