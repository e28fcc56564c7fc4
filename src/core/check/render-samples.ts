import type { Problem } from '../result';
import { renderLimitsDefault } from '../render/limits';
import { renderIntoPool } from '../render/render-trace';
import { SpanPool, type SpanSlice } from '../render/span-pool';
import type { Sample } from '../samples/schema';

/** One successfully rendered sample: its text and where each piece of it came from in the source. */
export interface SampleRun {
  sample: Sample;
  text: string;
  spans: SpanSlice;
}

/** A variable that rendered empty because the sample has no value for it (strict render failed there). */
export interface MissingValue {
  sampleId: string;
  start?: number;
  end?: number;
  variable: string;
}

export interface RenderOutcome {
  runs: SampleRun[];
  missing: MissingValue[];
  problems: Problem[];
}

/** One time budget for all renders of a check, in ms of `performance.now()`. */
export interface RenderBudget {
  /** when the check must stop rendering */
  deadline: number;
  /** the whole budget, for the problem's message */
  totalMs: number;
}

/** Time kept in hand (ms): liquidjs checks its limit between templates, so a render stops a little after it. */
const IN_HAND_MS = 200;
/** The shortest render limit worth starting (ms); engines are made per limit, in these steps. */
const STEP_MS = 50;

/** The per-render limit: the default, or what is left of the check's budget (in 50 ms steps, so engines are few). */
function renderLimitFor(budget: RenderBudget | undefined, now: number): number | undefined {
  if (!budget) return undefined;
  // NOTE: 200 ms kept in hand: liquidjs checks its limit between templates, so a render stops a little after it,
  // and the rules still run on the samples already rendered (50 ms left the loop 16–27 ms over the budget,
  // 100 ms 10 ms over it at load 5 once the lawful stances read every sentence of a text with hits).
  const left = Math.floor((budget.deadline - now - IN_HAND_MS) / STEP_MS) * STEP_MS;
  return left >= renderLimitsDefault.renderLimit ? undefined : left;
}

/** Whether no render of even the shortest limit fits before the deadline, with the time kept in hand. */
const budgetSpent = (budget: RenderBudget, now: number): boolean => budget.deadline - now < IN_HAND_MS + STEP_MS;

/**
 * Renders every sample with strict variables. A sample missing a value is not fatal: the miss is recorded
 * (a warning finding later) and the sample is rendered again leniently so its text is still checked.
 * The first sample that hits a render limit (`template/limit`) ends the loop: later samples are not rendered.
 */
export function renderSamples(source: string, samples: readonly Sample[], budget?: RenderBudget): RenderOutcome {
  const out: RenderOutcome = { runs: [], missing: [], problems: [] };
  let done = 0;
  const seen = new Set<string>();
  const pool = new SpanPool();
  const strict = { strictVariables: true };
  const lenient = { strictVariables: false };
  for (const sample of samples) {
    const now = performance.now();
    if (budget && budgetSpent(budget, now)) {
      out.problems.push(budgetProblem(budget, done, samples.length));
      break;
    }
    const renderLimit = renderLimitFor(budget, now);
    const limits = renderLimit === undefined ? undefined : { limits: { renderLimit } };
    done++;
    const from = pool.length;
    let r = renderIntoPool(source, sample.data, limits ? { ...strict, ...limits } : strict, pool);
    if (!r.ok) {
      const miss = r.problems.find((p) => p.code === 'template/undefined-variable');
      if (miss) {
        const variable = miss.variable ?? miss.message;
        out.missing.push({
          sampleId: sample.id,
          variable,
          ...(miss.start === undefined ? {} : { start: miss.start, end: miss.end ?? miss.start }),
        });
        r = renderIntoPool(source, sample.data, limits ? { ...lenient, ...limits } : lenient, pool);
      }
    }
    if (!r.ok) {
      for (const p of r.problems) {
        const key = `${p.code}|${p.start}|${p.end}|${p.message}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.problems.push({ ...p, sampleId: sample.id });
      }
      // NOTE: a template that hits a limit on one sample is blocked anyway; rendering the rest could cost
      // renderLimit (200 ms) per sample and blow the check's time budget.
      if (r.problems.some((p) => p.code === 'template/limit')) break;
      continue;
    }
    out.runs.push({ sample, text: r.text, spans: { pool, from, to: pool.length } });
  }
  return out;
}

function budgetProblem(budget: RenderBudget, done: number, total: number): Problem {
  return {
    code: 'template/limit',
    message: `the check's time budget (${budget.totalMs} ms) ran out after rendering ${done} of ${total} samples`,
  };
}
