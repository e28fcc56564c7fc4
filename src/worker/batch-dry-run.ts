import { fail, rulesetHash, stagePolicyOf, type Result, type StagePolicy } from '../core/index';
import {
  archiveText,
  dryRun,
  formatCst,
  parseInstant,
  rowContext,
  verifyBundle,
  type ArchiveLine,
  type BundleTrust,
  type Decision,
  type DryRunSummary,
  type VerifyOptions,
} from '../runtime/index';
import { trustedKeysOf } from './batch-trust';

/** What a send dry-run needs: the bundle's text, an optional trusted key file's text, the time, the CSV's bytes. */
export interface DryRunInput {
  bundle: string;
  /** a JWK, JWK Set or fingerprint; absent: any signer (or none) is accepted, and `trust` in the report says who */
  trust?: string;
  /** an ISO date-time with its offset */
  at: string;
  /** per SMS segment; default 0.05 */
  price?: number;
  csv: ArrayBuffer;
}

/** The summary the CLI prints, field for field. */
export interface DryRunCliSummary extends DryRunSummary {
  at: string;
  bundleHash: string;
  stagePolicy: StagePolicy;
  encoding: string | null;
  ignoredColumns: string[];
  gateRuleset: { hash: string; sameAsBundle: boolean };
}

/** Rows per decision and segments of one template stage (`—` for rows without a stage). */
export interface StageCount {
  stage: string;
  decisions: Record<Decision, number>;
  segments: number;
}

export interface DryRunReport {
  summary: DryRunCliSummary;
  stages: StageCount[];
  trust: BundleTrust;
  /** the archive, one JSON line per row (what the CLI writes with --out) */
  archive: Blob;
}

export interface DryRunProgress {
  rows: number;
  bytes: number;
  total: number;
}

/** Archive lines per Blob part. */
const PART_LINES = 2000;
const READ_BYTES = 64 * 1024;
const NO_STAGE = '—';

async function* pieces(bytes: Uint8Array, read: (n: number) => void): AsyncGenerator<Uint8Array> {
  for (let at = 0; at < bytes.length; at += READ_BYTES) {
    const piece = bytes.subarray(at, at + READ_BYTES);
    read(at + piece.length);
    yield piece;
  }
}

function verifyOptionsOf(input: DryRunInput, at: number): Result<VerifyOptions> {
  const now = new Date(at);
  if (input.trust === undefined) return { ok: true, value: { allowUnsigned: true, allowUntrusted: true, now } };
  const keys = trustedKeysOf(input.trust);
  return keys.ok ? { ok: true, value: { trustedKeys: keys.value, now } } : fail(keys.problems);
}

/**
 * The send dry-run of the runtime (`dryRun`: the same rows, decisions and archive lines as the CLI's `dry-run`),
 * run here: the bundle verified at `at` (with the key given, else any signer), every row decided in order, the
 * archive built as a Blob, the CLI's summary plus counts per stage. `onProgress` hears rows and bytes read.
 */
export async function runDryRun(
  input: DryRunInput,
  onProgress: (progress: DryRunProgress) => void,
): Promise<Result<DryRunReport>> {
  const at = parseInstant(input.at);
  if (at === undefined) {
    return {
      ok: false,
      problems: [
        {
          code: 'dry-run/at',
          message: `"${input.at}" is not an ISO date-time with an offset`,
          params: { value: input.at },
        },
      ],
    };
  }
  const options = verifyOptionsOf(input, at);
  if (!options.ok) return fail(options.problems);
  const verified = await verifyBundle(input.bundle, options.value);
  if (!verified.ok) return fail(verified.problems);
  const bundle = verified.value;
  const bytes = new Uint8Array(input.csv);
  let read = 0;
  const run = await dryRun(
    bundle,
    pieces(bytes, (n) => void (read = n)),
    { at: input.at },
  );
  if (!run.ok) return fail(run.problems);

  const stages = new Map<string, StageCount>();
  const count = (line: ArchiveLine): void => {
    const stage = line.stage ?? NO_STAGE;
    let entry = stages.get(stage);
    if (!entry) {
      entry = { stage, decisions: { send: 0, scheduled: 0, held: 0, rejected: 0 }, segments: 0 };
      stages.set(stage, entry);
    }
    entry.decisions[line.decision] += 1;
    if (line.decision === 'send' || line.decision === 'scheduled') entry.segments += line.segments ?? 0;
  };
  const parts: Blob[] = [];
  let lines: string[] = [];
  let rows = 0;
  let told = 0;
  for await (const line of run.value.lines) {
    rows += 1;
    count(line);
    lines.push(archiveText(line));
    if (lines.length >= PART_LINES) {
      parts.push(new Blob(lines));
      lines = [];
    }
    if (rows - told >= 200) {
      told = rows;
      onProgress({ rows, bytes: read, total: bytes.length });
    }
  }
  parts.push(new Blob(lines));
  onProgress({ rows, bytes: bytes.length, total: bytes.length });

  // NOTE: the CLI's summary names the gate's rules by hash; rowContext without a header gives those same rules.
  const context = rowContext(bundle, undefined, { at: input.at });
  const gate = context.ok ? await rulesetHash(context.value.ruleset) : '';
  const summary: DryRunCliSummary = {
    ...run.value.summary(input.price ?? 0.05),
    at: formatCst(at),
    bundleHash: bundle.bundleHash,
    stagePolicy: stagePolicyOf(bundle),
    encoding: run.value.encoding() ?? null,
    ignoredColumns: [...run.value.ignoredColumns],
    gateRuleset: { hash: gate, sameAsBundle: gate === bundle.ruleset.hash },
  };
  const byStage = [...stages.values()].sort((a, b) => (a.stage < b.stage ? -1 : a.stage > b.stage ? 1 : 0));
  const archive = new Blob(parts, { type: 'application/x-ndjson' });
  return { ok: true, value: { summary, stages: byStage, trust: bundle.trust, archive } };
}
