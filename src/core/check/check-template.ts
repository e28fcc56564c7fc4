import { analyzeTemplate } from '../render/analyze';
import type { Problem } from '../result';
import { defaultRuleset } from '../rules/defaults';
import type { RawHit } from '../rules/kinds/define-kind';
import { KINDS } from '../rules/kinds/index';
import type { KindRegistry } from '../rules/kinds/index';
import type { Ruleset } from '../rules/rule';
import { defaultSamples } from '../samples/defaults';
import { samplesForStage } from '../samples/stage';
import type { Sample } from '../samples/schema';
import type { Report, TemplateMeta } from '../types';
import { MISSING_VALUE } from './builtin';
import { FindingCollector } from './collect';
import { renderSamples, type SampleRun } from './render-samples';
import { activeRules } from './active-rules';
import { RuleRunner, type ActiveRule } from './run-rules';
import { PreparedTexts } from './prepared-texts';
import { CheckedRun } from './checked-run';
import { validMeta } from './valid-meta';
import { scoreReport } from './score';

/** Options of checkTemplate. */
export interface CheckOptions {
  /** default: defaultRuleset() (the repo's rules/) */
  ruleset?: Ruleset;
  /** default: defaultSamples() (the repo's samples/borrowers/) */
  samples?: Sample[];
  /**
   * One time budget in ms for the whole check (renders of every sample and the rules on them); when it runs out the
   * check stops with a `template/limit` problem and keeps the findings of the samples done. Default 2000.
   */
  budgetMs?: number;
  /** At most this many findings; the rest are counted in one `check/too-many-findings` problem. Default 500. */
  maxFindings?: number;
  /**
   * The text classifier's second signal: `model/<category>` warnings from src/core/classifier/model.json, run once
   * per distinct rendered text. Default true; `false` hides these findings (e.g. tests of one rule's own findings).
   * Rules with `corroboratedBy` still read the model either way: a pack must block the same texts whatever is shown.
   */
  classifier?: boolean;
  /** @internal test seam: the kind registry (default: every built-in kind) */
  kinds?: KindRegistry;
}

const BLOCKING = new Set(['template/parse', 'template/limit']);
const DEFAULT_BUDGET_MS = 2000;
const DEFAULT_MAX_FINDINGS = 500;

function check(t: { source: string; meta?: Partial<TemplateMeta> }, opts: CheckOptions): Report {
  const totalMs = opts.budgetMs ?? DEFAULT_BUDGET_MS;
  const ruleset = opts.ruleset ?? defaultRuleset();
  const problems: Problem[] = [...ruleset.problems];
  const meta = validMeta(t.meta, problems);
  const rules = activeRules(ruleset, meta, opts.kinds ?? KINDS);
  problems.push(...rules.problems.map((p) => ({ ...p })));
  // NOTE: the budget starts once the rules are loaded and compiled (a one-time cost per ruleset, not the template's).
  const budget = { deadline: performance.now() + totalMs, totalMs };
  const runner = new RuleRunner();
  const collector = new FindingCollector();
  const { source } = t;

  const analysis = analyzeTemplate(source);
  const parseProblems = analysis.ok ? [] : analysis.problems;
  problems.push(...parseProblems);
  const sourceFields = {
    source,
    meta,
    analysis: analysis.ok ? analysis.value : undefined,
    parseProblems,
  };
  runner.runAll<'source'>(rules.source, sourceFields, (r, hit) => collector.add(r.rule, hit, hit.target ?? 'source'));

  const blocked = parseProblems.some((p) => BLOCKING.has(p.code));
  const samples = samplesForStage(opts.samples ?? defaultSamples(), meta.stage);
  if (samples.length === 0)
    problems.push({ code: 'sample/none', message: 'no sample to render: output rules cannot run' });
  const rendered = blocked ? { runs: [], missing: [], problems: [] } : renderSamples(source, samples, budget);
  problems.push(...rendered.problems);
  for (const m of rendered.missing) {
    collector.add(
      MISSING_VALUE,
      { ...(m.start === undefined ? {} : { start: m.start, end: m.end }), variable: m.variable },
      'source',
      m.sampleId,
    );
  }
  const outputRules = rules.output;
  const prepared = new PreparedTexts();
  // NOTE: only samples whose rules ran are reported: a rendered but unchecked sample must not look checked.
  const checked: CheckedRun[] = [];
  let run: SampleRun | undefined;
  const onHit = (r: ActiveRule, hit: RawHit): void =>
    collector.add(r.rule, hit, hit.target ?? 'output', run!.sample.id, run!.spans);
  const runs = rendered.runs;
  for (let i = 0; i < runs.length; i++) {
    if (performance.now() >= budget.deadline) {
      const message = `the check's time budget (${totalMs} ms) ran out while checking sample ${i + 1} of ${runs.length}`;
      problems.push({ code: 'template/limit', message });
      break;
    }
    run = runs[i]!;
    const prep = prepared.get(run.text);
    const modelReads = (): ReadonlySet<string> => prepared.reads(prep);
    const fields = { source, meta, sample: run.sample, text: prep.text, segments: prep.sms.segments, modelReads };
    runner.runAll<'output'>(outputRules, fields, onHit, prep.text.norm);
    if (opts.classifier !== false) {
      for (const { rule, hit } of prepared.signals(prep)) collector.add(rule, hit, 'output', run.sample.id, run.spans);
    }
    checked.push(new CheckedRun(run.sample, prep, prepared.keeps(prep), run.spans));
  }
  const outputs = checked;
  const spansOf = new Map(checked.map((c) => [c.sample.id, c.spans]));
  runner.runAll<'meta'>(rules.meta, { source, meta, outputs }, (r, hit) => {
    const spans = hit.sampleId === undefined ? undefined : spansOf.get(hit.sampleId);
    collector.add(r.rule, hit, hit.target ?? 'meta', hit.sampleId, spans);
  });

  problems.push(...runner.problems);
  const all = collector.findings(samples.length);
  const max = opts.maxFindings ?? DEFAULT_MAX_FINDINGS;
  const findings = all.length > max ? all.slice(0, max) : all;
  if (all.length > max) {
    const more = all.length - max;
    problems.push({
      code: 'check/too-many-findings',
      message: `… and ${more} more findings (only the first ${max} are listed)`,
    });
  }
  return {
    ...scoreReport(findings, problems),
    findings,
    problems,
    samples: checked.map((c) => ({
      sampleId: c.sample.id,
      text: c.plainText,
      segments: c.sms.segments,
      encoding: c.sms.encoding,
      units: c.sms.units,
    })),
  };
}

/**
 * Checks a template (a plain-text message is a template too): meta validated (`meta/invalid`), static rules on
 * the source (Liquid syntax errors → `template/parse`), every sample rendered with strict variables (a sample
 * missing a value → warning finding `template/missing-value`), output rules on each rendered text, meta rules.
 * The same hit across samples is one finding with `sampleIds`. Synchronous; never throws (an unexpected error
 * becomes an `internal` problem and the verdict `block`).
 */
export function checkTemplate(t: { source: string; meta?: Partial<TemplateMeta> }, opts: CheckOptions = {}): Report {
  try {
    if (typeof t?.source !== 'string') {
      const problems: Problem[] = [{ code: 'template/invalid', message: 'the template source must be a string' }];
      return { verdict: 'block', score: 0, findings: [], problems, samples: [], explanation: [] };
    }
    return check(t, opts);
  } catch (e) {
    const problems: Problem[] = [
      { code: 'internal', message: `check failed: ${e instanceof Error ? e.message : String(e)}` },
    ];
    return { verdict: 'block', score: 0, findings: [], problems, samples: [], explanation: [] };
  }
}
