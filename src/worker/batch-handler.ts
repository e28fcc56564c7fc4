import { defaultRuleset, defaultSamples, type Problem, type Ruleset, type Sample } from '../core/index';
import { checkRow } from './batch-check';
import { runDryRun } from './batch-dry-run';
import {
  ROWS_PER_MESSAGE,
  type BatchInput,
  type BatchRequest,
  type BatchResponse,
  type TableInfo,
} from './batch-protocol';
import { columnRows, guessColumn, pasteRows, readTable, type BatchRow, type Table } from './batch-rows';
import { PackCache } from './rulesets';

/** The sample a batch renders each message with (any one would do: plain text renders the same for all). */
export const BATCH_SAMPLE_ID = 'seed-zhang-san';
const PREVIEW_ROWS = 5;

export interface BatchDeps {
  ruleset?: Ruleset;
  samples?: Sample[];
}

/** Turns a request into one or more responses (`rows` streams), through `post`. Never throws. */
export type BatchHandler = (request: BatchRequest, post: (response: BatchResponse) => void) => void;

const bytesOf = (input: Extract<BatchInput, { kind: 'file' }>): Uint8Array => new Uint8Array(input.bytes);

function tableInfo(table: Table): TableInfo {
  const preview = table.records
    .slice(0, PREVIEW_ROWS)
    .map((r) => ('fields' in r ? r.fields.map((f) => f.slice(0, 200)) : []));
  return {
    encoding: table.encoding,
    delimiter: table.delimiter,
    header: table.header,
    column: guessColumn(table),
    preview,
    rows: table.records.length,
  };
}

/** Creates a handler; the rules and the sample are loaded on first use. */
export function createBatchHandler(deps: BatchDeps = {}): BatchHandler {
  let base = deps.ruleset;
  let ruleset: Ruleset | undefined;
  let sample: Sample[] | undefined;
  const packs = new PackCache(1);
  const getBase = (): Ruleset => (base ??= defaultRuleset());
  const getSample = (): Sample[] => {
    if (sample) return sample;
    const all = deps.samples ?? defaultSamples();
    const one = all.find((s) => s.id === BATCH_SAMPLE_ID) ?? all[0];
    return (sample = one ? [one] : []);
  };

  const handle = (request: BatchRequest, post: (response: BatchResponse) => void): void => {
    const { id } = request;
    switch (request.type) {
      case 'inspect': {
        if (request.input.kind === 'text') {
          post({ id, type: 'error', problems: [{ code: 'batch/not-a-file', message: 'pasted text has no columns' }] });
          return;
        }
        post({ id, type: 'table', table: tableInfo(readTable(request.input.name, bytesOf(request.input))) });
        return;
      }
      case 'rows': {
        const { input } = request;
        let rows: BatchRow[];
        let encoding;
        if (input.kind === 'text') rows = pasteRows(input.text);
        else {
          const table = readTable(input.name, bytesOf(input));
          encoding = table.encoding;
          rows = columnRows(table, request.column ?? guessColumn(table));
        }
        for (let i = 0; i < rows.length; i += ROWS_PER_MESSAGE) {
          post({ id, type: 'rows', rows: rows.slice(i, i + ROWS_PER_MESSAGE) });
        }
        post(
          encoding
            ? { id, type: 'rows-end', total: rows.length, encoding }
            : { id, type: 'rows-end', total: rows.length },
        );
        return;
      }
      case 'setup': {
        const packed = packs.get(getBase(), request.pack);
        if (!packed.ok) {
          ruleset = getBase();
          post({ id, type: 'error', problems: packed.problems });
          return;
        }
        ruleset = packed.value.ruleset;
        post({ id, type: 'setup', problems: packed.value.problems });
        return;
      }
      case 'dry-run': {
        void runDryRun(request.input, (progress) => post({ id, type: 'dry-progress', progress })).then(
          (report) =>
            post(
              report.ok
                ? { id, type: 'dry-run', report: report.value }
                : { id, type: 'error', problems: report.problems },
            ),
          (error: unknown) => post({ id, type: 'error', problems: [internal(error)] }),
        );
        return;
      }
      case 'check': {
        const rules = (ruleset ??= getBase());
        const samples = getSample();
        const results = request.texts.map((text) => checkRow(text, rules, samples));
        post({ id, type: 'checked', rows: request.rows, results });
        return;
      }
    }
  };

  return (request, post) => {
    try {
      handle(request, post);
    } catch (error) {
      post({ id: request.id, type: 'error', problems: [internal(error)] });
    }
  };
}

function internal(error: unknown): Problem {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return { code: 'internal', message };
}
