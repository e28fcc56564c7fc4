import {
  Context,
  Liquid,
  LiquidError,
  RenderError,
  toValueSync,
  TypeGuards,
  type Emitter,
  type Template,
} from 'liquidjs';
import { DOMAIN_FILTERS } from './filters/index';
import { FilterFailure, OutputLimitError } from './errors';
import { renderLimitsDefault, type RenderLimits } from './limits';

/** Called after each template rendered into `emitter`, with the buffer length before it. */
export type LeafTracer = (template: Template, emitter: Emitter, before: number) => void;

/** A configured liquidjs instance plus the hooks renderTemplate and renderWithTrace share. */
export interface Engine {
  liquid: Liquid;
  limits: RenderLimits;
  /** set only for the duration of one synchronous traced render */
  tracer: LeafTracer | null;
}

export interface EngineOptions {
  strictVariables?: boolean;
  limits?: Partial<RenderLimits>;
}

/** UTC+8 as liquidjs expects it (minutes, sign as in Date#getTimezoneOffset); China has no DST. */
const CHINA_STANDARD_TIME = -480;

const stringify = (value: unknown): string =>
  typeof value === 'string'
    ? value
    : value === null || value === undefined
      ? ''
      : Array.isArray(value)
        ? value.map(stringify).join('')
        : String(value);

/** liquidjs' SimpleEmitter plus a cap on the buffer, so output-heavy loops and capture doubling stop early. */
class LimitedEmitter implements Emitter {
  buffer = '';
  constructor(private readonly limit: number) {}
  write(html: unknown): void {
    this.buffer += stringify(html);
    if (this.buffer.length > this.limit) throw new OutputLimitError(this.limit);
  }
}

function createEngine(strictVariables: boolean, limits: RenderLimits): Engine {
  const liquid = new Liquid({
    templates: {},
    strictFilters: true,
    strictVariables,
    // strict mode still lets `{% if agency %}` and `| default:` test optional fields
    lenientIf: true,
    ownPropertyOnly: true,
    parseLimit: limits.parseLimit,
    renderLimit: limits.renderLimit,
    memoryLimit: limits.memoryLimit,
    // NOTE: the built-in `date` filter must print the same day in the editor, CI and the sending system.
    timezoneOffset: CHINA_STANDARD_TIME,
    locale: 'zh-CN',
  });
  for (const doc of DOMAIN_FILTERS) {
    liquid.registerFilter(
      doc.name,
      function (this: { token?: { begin: number; end: number } }, value: unknown, ...args: unknown[]) {
        try {
          return doc.apply(value, ...args);
        } catch (e) {
          throw new FilterFailure(doc.name, e, this.token);
        }
      },
    );
  }
  const engine: Engine = { liquid, limits, tracer: null };
  const renderer = liquid.renderer;
  const base = renderer.renderTemplates.bind(renderer);
  // NOTE: pin-specific (liquidjs 10.30.1): every tag renders its children through `liquid.renderer`.
  renderer.renderTemplates = function* (templates: Template[], ctx: Context, emitter?: Emitter) {
    const out = emitter ?? new LimitedEmitter(limits.outputLimit);
    const trace = engine.tracer;
    if (!trace) return yield* base(templates, ctx, out);
    // NOTE: base's loop inlined (liquidjs 10.30.1 Render#renderTemplates, catchAllErrors unused here):
    // calling base([template]) per leaf cost a generator, an array and two clock reads per template.
    ctx.renderLimit.check(performance.now());
    for (const template of templates) {
      ctx.renderLimit.check(performance.now());
      const before = out.buffer.length;
      try {
        // literal text (liquidjs' HTML template: `*render(ctx, e) { e.write(this.str) }`) written without a generator
        const literal = (template as { str?: unknown }).str;
        if (typeof literal === 'string' && TypeGuards.isHTMLToken(template.token)) out.write(literal);
        else {
          const html: unknown = yield template.render(ctx, out);
          if (html) out.write(html);
        }
      } catch (e) {
        throw LiquidError.is(e) ? e : new RenderError(e as Error, template);
      }
      trace(template, out, before);
      if (ctx.breakCalled || ctx.continueCalled) break;
    }
    return out.buffer;
  };
  return engine;
}

const engines = new Map<string, Engine>();

/** The cached engine for one option set (strictVariables + limits merged over `renderLimitsDefault`). */
export function getEngine(opts: EngineOptions = {}): Engine {
  const strict = opts.strictVariables ?? false;
  // NOTE: checks render every sample through here; skip the key building for the default limits.
  if (opts.limits === undefined)
    return (strict ? defaultEngines.strict : defaultEngines.lenient) ?? engineFor(strict, renderLimitsDefault);
  return engineFor(strict, { ...renderLimitsDefault, ...opts.limits });
}

const defaultEngines: { strict?: Engine; lenient?: Engine } = {};

function engineFor(strict: boolean, limits: RenderLimits): Engine {
  const key = JSON.stringify([strict, limits.parseLimit, limits.renderLimit, limits.memoryLimit, limits.outputLimit]);
  let engine = engines.get(key);
  if (!engine) {
    if (engines.size >= 16) engines.clear();
    engine = createEngine(strict, limits);
    engines.set(key, engine);
  }
  if (limits === renderLimitsDefault) defaultEngines[strict ? 'strict' : 'lenient'] = engine;
  return engine;
}

/** The render's top-level scope: a shallow copy, since `increment`/`decrement` write into it, never the caller's data. */
export const topScopeOf = (data: unknown): object =>
  data !== null && typeof data === 'object' && !Array.isArray(data) ? { ...data } : {};

/** Renders parsed templates synchronously into a fresh capped buffer. Throws liquidjs errors. */
export function renderParsed(engine: Engine, templates: Template[], data: unknown, root?: Emitter): string {
  const ctx = new Context(topScopeOf(data), engine.liquid.options, { sync: true }, { liquid: engine.liquid });
  const emitter = root ?? new LimitedEmitter(engine.limits.outputLimit);
  toValueSync(engine.liquid.renderer.renderTemplates(templates, ctx, emitter));
  return emitter.buffer;
}

/** A root buffer with the engine's output cap, for callers that need to know which emitter is the message. */
export const rootEmitter = (engine: Engine): Emitter => new LimitedEmitter(engine.limits.outputLimit);
