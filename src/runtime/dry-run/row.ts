import { sha256Hex, type Problem, type Ruleset, type TemplateMeta, type VerifiedBundle } from '../../core/index';
import { renderFromBundle } from '../render-from-bundle';
import type { CsvRecord } from './csv';
import { maskPhone, phoneKey, type DailyCap } from './daily-cap';
import { sendGate, type GateFinding } from './gate';
import { rowData, validRow, type Column } from './row-data';
import { cstDay, formatCst, sendWindow } from './send-window';
import { chooseTemplate } from './stage';

export const DECISIONS = ['send', 'scheduled', 'held', 'rejected'] as const;
export type Decision = (typeof DECISIONS)[number];

/**
 * One row of the archive. Every key is always present (null when it does not apply), in this order, so equal
 * inputs give equal bytes. No raw personal data: the ID number only as `idHash` (SHA-256 of the bundle hash, a
 * colon and the ID), the phone masked.
 */
export interface ArchiveLine {
  /** the data row's number (1 = the first row after the header) and the file line it starts on */
  row: number;
  line: number;
  decision: Decision;
  /** `ok` (send), `window/*` (scheduled), `stage/no-template`, `render/failed`, `gate/*`, `cap/daily`, `bundle/expired`, `window/invalid` (held), `row/*` (rejected) */
  reason: string;
  idHash: string | null;
  phone: string | null;
  templateId: string | null;
  templateSha256: string | null;
  stage: string | null;
  /** when it goes out (send: `--at`; scheduled: the window's next start), `+08:00`; null when it does not */
  scheduledAt: string | null;
  text: string | null;
  segments: number | null;
  /** why a row was rejected or a render failed: code, JSON path, message */
  problems: { code: string; path: string | null; message: string }[] | null;
  /** the send-time findings that held it */
  findings: GateFinding[] | null;
}

/** Everything about a row but the daily cap (which needs the rows before it): what a worker thread computes. */
export interface RowPlan {
  line: ArchiveLine;
  /** for send / scheduled: the cap to apply */
  cap?: { phone: string; day: string; max: number };
}

/** What a whole run shares: the verified bundle, the header's columns, `--at` and the gate's rules. */
export interface RowContext {
  bundle: VerifiedBundle;
  columns: readonly Column[];
  /** how many fields the header has: every record must have as many */
  width: number;
  /** the dry run's time (ms since the epoch) */
  at: number;
  ruleset: Ruleset;
}

const EMPTY: Omit<ArchiveLine, 'row' | 'line' | 'decision' | 'reason'> = {
  idHash: null,
  phone: null,
  templateId: null,
  templateSha256: null,
  stage: null,
  scheduledAt: null,
  text: null,
  segments: null,
  problems: null,
  findings: null,
};

const problemsOf = (problems: readonly Problem[]) =>
  problems.map((p) => ({
    code: p.code,
    path: p.path && p.path.length > 0 ? p.path.join('.') : null,
    message: p.message,
  }));

/** The salted ID hash: SHA-256 hex of `bundleHash:id` (the ID trimmed, x upper-cased). */
export function idHash(bundleHash: string, idNumber: string): Promise<string> {
  return sha256Hex(`${bundleHash}:${idNumber.trim().toUpperCase()}`);
}

async function identity(ctx: RowContext, data: Record<string, unknown>) {
  const borrower = (typeof data.borrower === 'object' && data.borrower !== null ? data.borrower : {}) as Record<
    string,
    unknown
  >;
  const id = typeof borrower.id_number === 'string' ? await idHash(ctx.bundle.bundleHash, borrower.id_number) : null;
  const phone = typeof borrower.phone === 'string' ? maskPhone(borrower.phone) : null;
  return { idHash: id, phone };
}

/**
 * Plans one CSV record (row `row`): rejected when malformed or invalid; else the template of its stage (see
 * `chooseTemplate`), the send window at `ctx.at`, the render (at the send time, so a bundle expiring before then
 * holds it) and the send-time gate. Pure in its inputs; `capRow` then applies the daily cap in row order.
 */
export async function planRow(ctx: RowContext, record: CsvRecord, row: number): Promise<RowPlan> {
  const base = { row, line: record.line };
  if ('error' in record) {
    const problems = [{ code: 'row/csv', path: null, message: record.error }];
    return { line: { ...base, decision: 'rejected', reason: 'row/csv', ...EMPTY, problems } };
  }
  const raw = rowData(ctx.columns, record.fields);
  const who = await identity(ctx, raw);
  const reject = (reason: string, problems: ArchiveLine['problems']): RowPlan => ({
    line: { ...base, decision: 'rejected', reason, ...EMPTY, ...who, problems },
  });
  if (record.fields.length !== ctx.width) {
    const message = `${record.fields.length} field(s) where the header has ${ctx.width}`;
    return reject('row/columns', [{ code: 'row/columns', path: null, message }]);
  }
  if (record.fields.some((f) => f.includes('\uFFFD'))) {
    const message = 'bytes that are not valid in the file’s encoding (shown as U+FFFD)';
    return reject('row/encoding', [{ code: 'row/encoding', path: null, message }]);
  }
  const valid = validRow(raw);
  if (!valid.ok) return reject('row/invalid', problemsOf(valid.problems));

  const data = valid.value;
  const choice = chooseTemplate(ctx.bundle, data.loan.overdue_days);
  const held = (reason: string, more: Partial<ArchiveLine> = {}): RowPlan => ({
    line: { ...base, decision: 'held', reason, ...EMPTY, ...who, ...more },
  });
  if (!choice) return held('stage/no-template');
  const { template, policy } = choice;
  const chosen = { templateId: template.id, templateSha256: template.sha256, stage: policy.stage };
  const window = sendWindow(policy.sendWindow, ctx.at);
  if (window.kind === 'never') return held(window.reason, chosen);

  const rendered = renderFromBundle(ctx.bundle, template.id, data, { now: new Date(window.at) });
  if (!rendered.ok) {
    const expired = rendered.problems.some((p) => p.code === 'bundle/expired');
    return held(expired ? 'bundle/expired' : 'render/failed', { ...chosen, problems: problemsOf(rendered.problems) });
  }
  const sent = {
    ...chosen,
    scheduledAt: formatCst(window.at),
    text: rendered.value.text,
    segments: rendered.value.segments,
  };
  const gate = sendGate(rendered.value.text, template.meta as TemplateMeta, data, ctx.ruleset);
  if (!gate.ok) {
    const findings = 'findings' in gate ? { findings: gate.findings } : {};
    return held(gate.reason, { ...sent, scheduledAt: null, ...findings });
  }
  const decision = window.kind === 'now' ? 'send' : 'scheduled';
  return {
    line: { ...base, decision, reason: window.kind === 'now' ? 'ok' : window.reason, ...EMPTY, ...who, ...sent },
    cap: { phone: phoneKey(data.borrower.phone), day: cstDay(window.at), max: policy.maxPerDay },
  };
}

/** The row's archive line once the daily cap per phone is applied (in row order): over the cap → held `cap/daily`. */
export function capRow(plan: RowPlan, caps: DailyCap): ArchiveLine {
  if (!plan.cap || caps.take(plan.cap.phone, plan.cap.day, plan.cap.max)) return plan.line;
  return { ...plan.line, decision: 'held', reason: 'cap/daily', scheduledAt: null };
}
