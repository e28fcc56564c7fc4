import type { Problem } from '../result';
import { renderWithTrace, type OutputSpan } from '../render/render-trace';
import { matchable, type Matchable } from '../match/matchable';
import type { Sample } from '../samples/schema';
import { smsSegments, type SmsSegments } from '../sms/segments';

/** One successfully rendered sample, normalised once for every output rule. */
export interface SampleRun {
  sample: Sample;
  text: Matchable;
  spans: OutputSpan[];
  sms: SmsSegments;
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

/**
 * Renders every sample with strict variables. A sample missing a value is not fatal: the miss is recorded
 * (a warning finding later) and the sample is rendered again leniently so its text is still checked.
 * The first sample that hits a render limit (`template/limit`) ends the loop: later samples are not rendered.
 */
export function renderSamples(source: string, samples: readonly Sample[]): RenderOutcome {
  const out: RenderOutcome = { runs: [], missing: [], problems: [] };
  const seen = new Set<string>();
  // NOTE: samples often render the same text (always, for plain text): normalise and segment it once.
  const prepared = new Map<string, { text: Matchable; sms: SmsSegments }>();
  for (const sample of samples) {
    let r = renderWithTrace(source, sample.data, { strictVariables: true });
    if (!r.ok) {
      const miss = r.problems.find((p) => p.code === 'template/undefined-variable');
      if (miss) {
        const variable = miss.variable ?? miss.message;
        out.missing.push({
          sampleId: sample.id,
          variable,
          ...(miss.start === undefined ? {} : { start: miss.start, end: miss.end ?? miss.start }),
        });
        r = renderWithTrace(source, sample.data, { strictVariables: false });
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
    let prep = prepared.get(r.text);
    if (!prep) {
      prep = { text: matchable(r.text), sms: smsSegments(r.text) };
      prepared.set(r.text, prep);
    }
    out.runs.push({ sample, spans: r.spans, ...prep });
  }
  return out;
}
