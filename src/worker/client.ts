import type { Problem, Report, Result, TemplateMeta } from '../core/index';
import type {
  Catalog,
  ExampleResult,
  Lang,
  PackPreview,
  PreviewTemplate,
  RequestBody,
  RulesInfo,
  SampleSet,
  WorkerMessage,
  WorkerRequest,
  WorkerResponse,
  WorkerStart,
} from './protocol';

/** The part of `Worker` the client uses (a fake in tests). */
export interface WorkerLike {
  postMessage(message: WorkerRequest | WorkerStart): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<WorkerMessage>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

export interface ClientOptions {
  createWorker: () => WorkerLike;
  /** A request without an answer after this long is treated as a runaway template. Default 3000 ms. */
  timeoutMs?: number;
  /** the language of the watchdog's own problem message; default zh */
  lang?: () => Lang;
  /**
   * The worker posts `loaded`, then warms up on a `start` message (check.worker.ts) and is ready only then: the client
   * sends `start` to every worker it creates once that worker is loaded and what `startAfter` was given has settled.
   * Default false: a worker that is ready by itself.
   */
  sendsStart?: boolean;
}

/** What a request ends with: the worker's response, or the watchdog's verdict. */
type Answer = WorkerResponse | { type: 'timeout' };

interface Pending {
  id: number;
  key: string;
  priority: number;
  body: RequestBody;
  resolve: (answer: Answer | undefined) => void;
}

const LIMIT_MESSAGE: Record<Lang, string> = {
  zh: '模板渲染开销过大，已中止（循环过大或嵌套过深？）',
  en: 'template too expensive to render; stopped (a loop too large or nested too deep?)',
};

const SAMPLES_KEY = 'samples';
const PACK_KEY = 'pack';
/** above every check, so no check runs against an outdated sample set or rule pack */
const SETUP_PRIORITY = 1000;
/** below the editor's checks: catalog previews and example runs wait for the template being typed */
const PACK_WORK_PRIORITY = 1;
/** templates per preview request and rules per examples request, so each request stays far below the watchdog */
const PREVIEW_CHUNK = 3;
const EXAMPLES_CHUNK = 6;

const chunks = <T>(items: readonly T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, i * size + size));
const failed = (answer: Answer | undefined, what: string): Result<never> => ({
  ok: false,
  problems:
    answer?.type === 'error'
      ? answer.problems
      : [{ code: answer ? 'template/limit' : 'internal', message: `${what}: ${answer ? 'timed out' : 'superseded'}` }],
});

/** The problem a caller gets when the watchdog had to stop the worker. */
export const limitProblem = (lang: Lang): Problem => ({ code: 'template/limit', message: LIMIT_MESSAGE[lang] });

/** A `block` report that carries only `problems` (the template could not be checked). */
export const problemReport = (problems: Problem[]): Report => ({
  verdict: 'block',
  score: 0,
  findings: [],
  problems,
  samples: [],
});

/**
 * Talks to the check worker, one request in flight at a time, highest priority first. Per `key`, the newest
 * request wins: an older one, queued or in flight, resolves to `undefined`. A watchdog terminates and restarts a
 * worker that does not answer in time; the request it was running resolves to a `template/limit` problem.
 */
export class CheckClient {
  private worker: WorkerLike | undefined;
  private ready = false;
  private nextId = 1;
  private queue: Pending[] = [];
  private inFlight: { pending: Pending; timer: ReturnType<typeof setTimeout> } | undefined;
  private readonly latest = new Map<string, number>();
  private readonly timeoutMs: number;
  /** the setup last sent (user sample files, the rule pack), sent again to a restarted worker before anything else */
  private readonly setup = new Map<string, RequestBody>();
  /** what the first worker's `start` waits for (see `startAfter`) */
  private startGate: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: ClientOptions) {
    this.timeoutMs = options.timeoutMs ?? 3000;
    this.start();
  }

  /** Holds the worker's warm-up, and so every request, until `until` settles (the page's start: the editor shown). */
  startAfter(until: Promise<unknown>): void {
    this.startGate = until.then(
      () => undefined,
      () => undefined,
    );
  }

  /** Samples, example templates, field and filter docs. */
  async catalog(): Promise<Catalog> {
    const answer = await this.request('catalog', 100, { type: 'catalog' });
    if (answer?.type === 'catalog') return answer.catalog;
    throw new Error('catalog unavailable');
  }

  /** Checks a template; `undefined` when a newer check with the same key superseded this one. */
  async check(key: string, source: string, meta: TemplateMeta | undefined, priority = 0): Promise<Report | undefined> {
    const body: RequestBody = meta ? { type: 'check', source, meta } : { type: 'check', source };
    const answer = await this.request(key, priority, body);
    if (answer === undefined) return undefined;
    if (answer.type === 'check') return answer.report;
    const lang = this.options.lang?.() ?? 'zh';
    return problemReport(answer.type === 'error' ? answer.problems : [limitProblem(lang)]);
  }

  /**
   * Makes every later check and render use the repo's samples plus these user sample files (path -> JSON), also
   * after a watchdog restart. Resolves to the sample set now in use, or `undefined` when superseded or stopped.
   */
  async setSamples(files: Record<string, unknown>): Promise<SampleSet | undefined> {
    this.setup.set(SAMPLES_KEY, { type: 'samples', files });
    const answer = await this.request(SAMPLES_KEY, SETUP_PRIORITY, { type: 'samples', files });
    return answer?.type === 'samples' ? answer.samples : undefined;
  }

  /** The rules checks use now, for the rule catalog. */
  async rules(): Promise<RulesInfo | undefined> {
    const answer = await this.request('rules', 50, { type: 'rules' });
    return answer?.type === 'rules' ? answer.rules : undefined;
  }

  /**
   * Makes every later check use the repo's rules with this organisation pack (`null`: none), also after a watchdog
   * restart. A pack that does not parse is refused with its problems and changes nothing.
   */
  async setPack(pack: unknown): Promise<Result<RulesInfo>> {
    const body: RequestBody = { type: 'pack', pack };
    const answer = await this.request(PACK_KEY, SETUP_PRIORITY, body);
    if (answer?.type !== 'rules') return failed(answer, 'rule pack');
    this.setup.set(PACK_KEY, body);
    return { ok: true, value: answer.rules };
  }

  /**
   * The verdict of each template before and after a candidate pack (in chunks). Per `tag`, the newest preview wins:
   * an older one resolves to `undefined`, so a save's own validation gets a tag the live preview never uses.
   */
  async preview(
    pack: unknown,
    templates: readonly PreviewTemplate[],
    tag = 'live',
  ): Promise<Result<PackPreview> | undefined> {
    const parts = chunks(templates, PREVIEW_CHUNK);
    let preview: PackPreview | undefined;
    for (const [i, part] of (parts.length > 0 ? parts : [[]]).entries()) {
      const answer = await this.request(`preview:${tag}:${i}`, PACK_WORK_PRIORITY, {
        type: 'preview',
        pack,
        templates: part,
      });
      if (answer === undefined) return undefined;
      if (answer.type !== 'preview') return failed(answer, 'preview');
      preview = preview
        ? { ...answer.preview, results: [...preview.results, ...answer.preview.results] }
        : answer.preview;
      if (!answer.preview.rulesetHash) break;
    }
    return preview ? { ok: true, value: preview } : failed(undefined, 'preview');
  }

  /**
   * Runs the rules' own examples (in chunks) under the active rules, or under a candidate pack when `pack` is given.
   * Per `tag`, the newest run wins: an older one resolves to `undefined`.
   */
  async examples(
    ruleIds: readonly string[],
    tag: string,
    pack?: unknown,
  ): Promise<Result<ExampleResult[]> | undefined> {
    const results: ExampleResult[] = [];
    const problems: Problem[] = [];
    for (const [i, part] of chunks(ruleIds, EXAMPLES_CHUNK).entries()) {
      const body: RequestBody =
        pack === undefined ? { type: 'examples', ruleIds: part } : { type: 'examples', ruleIds: part, pack };
      const answer = await this.request(`examples:${tag}:${i}`, PACK_WORK_PRIORITY, body);
      if (answer === undefined) return undefined;
      if (answer.type !== 'examples') return failed(answer, 'examples');
      results.push(...answer.results);
      if (i === 0) problems.push(...answer.problems);
    }
    return problems.length > 0 ? { ok: false, problems, partial: results } : { ok: true, value: results };
  }

  /** Stops the worker; every open request resolves to `undefined`. */
  dispose(): void {
    this.worker?.terminate();
    this.worker = undefined;
    if (this.inFlight) clearTimeout(this.inFlight.timer);
    this.inFlight?.pending.resolve(undefined);
    this.inFlight = undefined;
    for (const pending of this.queue.splice(0)) pending.resolve(undefined);
  }

  private request(key: string, priority: number, body: RequestBody): Promise<Answer | undefined> {
    return new Promise((resolve) => {
      const id = this.nextId++;
      for (const p of this.queue) if (p.key === key) p.resolve(undefined);
      this.queue = this.queue.filter((p) => p.key !== key);
      this.latest.set(key, id);
      this.queue.push({ id, key, priority, body, resolve });
      this.pump();
    });
  }

  private start(): void {
    this.ready = false;
    const worker = this.options.createWorker();
    for (const [key, body] of this.setup) {
      if (this.queue.some((p) => p.key === key)) continue;
      const id = this.nextId++;
      this.latest.set(`${key}:restore`, id);
      this.queue.push({ id, key: `${key}:restore`, priority: Infinity, body, resolve: () => {} });
    }
    worker.onmessage = (event) => this.onMessage(worker, event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      const problem: Problem = { code: 'internal', message: event.message || 'worker error' };
      this.finish(this.inFlight?.pending, { id: this.inFlight?.pending.id ?? 0, type: 'error', problems: [problem] });
      this.restart();
    };
    this.worker = worker;
  }

  private restart(): void {
    this.worker?.terminate();
    this.start();
  }

  private onMessage(worker: WorkerLike, message: WorkerMessage): void {
    if (worker !== this.worker) return;
    if (message.type === 'loaded') {
      // NOTE: not before `loaded`: a message that reaches a worker before its script has set its handler is lost.
      if (this.options.sendsStart) {
        void this.startGate.then(() => {
          if (this.worker === worker) worker.postMessage({ type: 'start' });
        });
      }
    } else if (message.type === 'ready') {
      this.ready = true;
      this.pump();
    } else if (this.inFlight?.pending.id === message.id) {
      this.finish(this.inFlight.pending, message);
      this.pump();
    }
  }

  private finish(pending: Pending | undefined, answer: Answer): void {
    if (!pending) return;
    if (this.inFlight?.pending === pending) {
      clearTimeout(this.inFlight.timer);
      this.inFlight = undefined;
    }
    pending.resolve(this.latest.get(pending.key) === pending.id ? answer : undefined);
  }

  private pump(): void {
    if (!this.ready || this.inFlight || !this.worker || this.queue.length === 0) return;
    const next = this.queue.reduce((best, p) => (p.priority > best.priority ? p : best));
    this.queue = this.queue.filter((p) => p !== next);
    const timer = setTimeout(() => {
      this.finish(next, { type: 'timeout' });
      this.restart();
    }, this.timeoutMs);
    this.inFlight = { pending: next, timer };
    this.worker.postMessage({ ...next.body, id: next.id } as WorkerRequest);
  }
}
