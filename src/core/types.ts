import type { Problem } from './result';
import type { EvidenceLabel, InstrumentKind } from './rules/instruments';

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const CATEGORIES = [
  'threat',
  'impersonation',
  'third_party',
  'insult',
  'false_consequence',
  'privacy',
  'fees_inducement',
  'marketing',
  'missing_element',
  'structure',
  'length',
  'policy',
  'template',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const TARGETS = ['source', 'output', 'meta'] as const;
export type Target = (typeof TARGETS)[number];

export const AUDIENCES = ['debtor', 'guarantor', 'contact'] as const;
export type Audience = (typeof AUDIENCES)[number];

export interface TemplateMeta {
  id?: string;
  name?: string;
  /** e.g. D-1, D+1, D+7, D+30, hardship */
  stage?: string;
  audience: Audience;
  /** 'HH:MM' local time; default 09:00–20:00 */
  sendWindow?: { start: string; end: string };
  /** default 1 */
  maxPerDay?: number;
  /** default false */
  commercial?: boolean;
}

export const DEFAULT_META: Required<Pick<TemplateMeta, 'audience' | 'sendWindow' | 'maxPerDay' | 'commercial'>> = {
  audience: 'debtor',
  sendWindow: { start: '09:00', end: '20:00' },
  maxPerDay: 1,
  commercial: false,
};

export interface LegalBasis {
  source: string;
  article?: string;
  kind: InstrumentKind;
  label: EvidenceLabel;
  url?: string;
  note?: string;
}

/** The values of a finding's message placeholders; words are added at the edge by `formatFinding`. */
export interface FindingVars {
  match?: string;
  value?: string;
  variable?: string;
  limit?: string;
  /** a sample id the hit itself names (else the label is built from `sampleIds`) */
  sample?: string;
  /** how many samples the check ran, so "all N samples" can be said */
  sampleCount?: number;
}

/** Where an output hit is in one sample's own rendered text. */
export interface SampleRange {
  sampleId: string;
  start: number;
  end: number;
}

/** What a check found: ids and data only, no prose (see `formatFinding`). */
export interface Finding {
  ruleId: string;
  /** the id of the message to say: the rule's own message (its id) or a built-in one such as `template/missing-value` */
  messageId: string;
  vars: FindingVars;
  category: Category;
  severity: Severity;
  target: Target;
  /** 0-based UTF-16 offsets: into the source (target source) or into the rendered text of `sampleId` (target output). */
  start?: number;
  end?: number;
  /** the first sample the hit occurs in (target output) */
  sampleId?: string;
  /** every sample the same hit occurs in */
  sampleIds?: string[];
  /** when the hit occurs in several samples: its range in each one's own text (`start`/`end` are the first's) */
  ranges?: SampleRange[];
  /** for an output hit that comes from a literal part of the template: where it is in the source */
  sourceStart?: number;
  sourceEnd?: number;
  /** for an output hit that comes from data: the variable path that produced it */
  variable?: string;
  /** the matched text */
  match?: string;
  basis?: LegalBasis[];
  /** a replacement the editor can offer */
  suggest?: string;
}

export interface SampleRender {
  sampleId: string;
  text: string;
  segments: number;
  encoding: 'GSM-7' | 'UCS-2';
  units?: number;
}

export interface ScoreItem {
  ruleId: string;
  severity: Severity;
  cost: number;
}

export interface Report {
  verdict: 'pass' | 'warn' | 'block';
  /** 0..100 */
  score: number;
  findings: Finding[];
  problems: Problem[];
  samples: SampleRender[];
  /** which rules cost what */
  explanation?: ScoreItem[];
}
