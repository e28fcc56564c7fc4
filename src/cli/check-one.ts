import { checkTemplate, formatProblem, type Finding, type Ruleset, type Sample } from '../core/index';
import type { TemplateInput } from './check-inputs';
import { diagnosticsFor, type Diagnostic } from './diagnostics';
import { findingWords } from './finding-words';
import type { Lang } from './lang';
import { jsonEntry, jsonLine } from './print-json';
import { countSeverities, textFile, type SeverityCounts } from './print-text';

export const FORMATS = ['text', 'json', 'jsonl', 'sarif'] as const;
export type Format = (typeof FORMATS)[number];

/** What checking one file needs; plain data, so a worker thread can be given it. */
export interface CheckSetup {
  /** undefined: the repo's rules */
  ruleset?: Ruleset;
  samples?: Sample[];
  lang: Lang;
  format: Format;
  /** the check's time budget per template in ms (`DUNNING_CHECK_BUDGET_MS`); undefined: core's default */
  budgetMs?: number;
}

/** One file checked: its part of the output (text, a JSON entry or line; SARIF: its diagnostics) and its counts. */
export interface FileResult {
  out: string;
  counts: SeverityCounts;
  diagnostics?: Diagnostic[];
}

export interface Checker {
  setup: CheckSetup;
  ruleset: Ruleset;
  say: (f: Finding) => string;
}

export function checker(setup: CheckSetup, defaults: () => Ruleset): Checker {
  const ruleset = setup.ruleset ?? defaults();
  return { setup, ruleset, say: findingWords(ruleset, setup.lang) };
}

/** Checks one template and formats it; the report is dropped once its output is made. */
export function checkOne(input: TemplateInput, { setup, ruleset, say }: Checker): FileResult {
  const report = checkTemplate(
    input.meta === undefined ? { source: input.source } : { source: input.source, meta: input.meta },
    // NOTE: every finding, so the printers can cap at MAX_PER_FILE and still count the rest (N in "… and N more").
    {
      ruleset,
      maxFindings: Number.POSITIVE_INFINITY,
      ...(setup.samples === undefined ? {} : { samples: setup.samples }),
      ...(setup.budgetMs === undefined ? {} : { budgetMs: setup.budgetMs }),
    },
  );
  const diagnostics = diagnosticsFor(input.file, input.source, report, say, (p) =>
    setup.lang === 'en' ? p.message : formatProblem(p, setup.lang),
  );
  const counts = countSeverities(diagnostics);
  switch (setup.format) {
    case 'text':
      return { out: textFile(input.file, diagnostics, setup.lang), counts };
    case 'jsonl':
      return { out: jsonLine(input.file, report, say), counts };
    case 'sarif':
      return { out: '', counts, diagnostics };
    case 'json':
      return { out: jsonEntry(input.file, report), counts };
  }
}
