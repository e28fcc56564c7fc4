import {
  SAMPLE_FIELDS,
  DOMAIN_FILTERS,
  checkTemplate,
  defaultRuleset,
  defaultSamples,
  defaultTemplates,
  messageSources,
  rulesetHash,
  samplesHash,
  type Ruleset,
  type Sample,
  type Problem,
} from '../core/index';
import { mergeSamples } from './merge-samples';
import type { Catalog, SampleSet, WorkerRequest, WorkerResponse } from './protocol';

/** What the handler checks against; defaults to the repo's rules and samples. */
export interface HandlerDeps {
  ruleset?: Ruleset;
  /** the read-only base samples (the repo's); a `samples` request adds user samples after them */
  samples?: Sample[];
}

/** Turns a request into a response by calling core. Never rejects: a bug becomes an `internal` problem. */
export interface Handler {
  (request: WorkerRequest): Promise<WorkerResponse>;
  /** Loads the ruleset and samples and runs one small check, so the first real request is not slow. */
  warm(): void;
}

/** Creates a handler; the ruleset and samples are loaded once, on first use. */
export function createHandler(deps: HandlerDeps = {}): Handler {
  let ruleset = deps.ruleset;
  let base = deps.samples;
  let merged: { samples: Sample[]; problems: Problem[] } | undefined;
  const getRuleset = (): Ruleset => (ruleset ??= defaultRuleset());
  const getSamples = (): Sample[] => merged?.samples ?? (base ??= defaultSamples());

  let rulesHash: Promise<string> | undefined;
  // NOTE: one hash per sample set, computed from the very array checks use, so approvals bind what was checked.
  let sampleHash: { of: Sample[]; hash: Promise<string> } | undefined;
  const getHashes = async (): Promise<{ rulesetHash: string; samplesHash: string }> => {
    const samples = getSamples();
    if (sampleHash?.of !== samples) sampleHash = { of: samples, hash: samplesHash(samples) };
    const [r, s] = await Promise.all([(rulesHash ??= rulesetHash(getRuleset())), sampleHash.hash]);
    return { rulesetHash: r, samplesHash: s };
  };
  const sampleSet = async (): Promise<SampleSet> => ({
    samples: getSamples(),
    samplesHash: (await getHashes()).samplesHash,
    problems: merged?.problems ?? [],
  });

  const handle = async (request: WorkerRequest): Promise<WorkerResponse> => {
    try {
      switch (request.type) {
        case 'catalog':
          return {
            id: request.id,
            type: 'catalog',
            catalog: {
              ...catalog(getSamples()),
              ...(await getHashes()),
              ruleCount: getRuleset().rules.length,
              messages: messageSources(getRuleset()),
            },
          };
        case 'check': {
          const template = request.meta ? { source: request.source, meta: request.meta } : { source: request.source };
          const report = checkTemplate(template, { ruleset: getRuleset(), samples: getSamples() });
          return { id: request.id, type: 'check', report };
        }
        case 'samples': {
          merged = mergeSamples((base ??= defaultSamples()), request.files);
          return { id: request.id, type: 'samples', samples: await sampleSet() };
        }
      }
    } catch (error) {
      return { id: request.id, type: 'error', problems: [internalProblem(error)] };
    }
  };
  return Object.assign(handle, {
    warm: () => void handle({ id: -1, type: 'check', source: '{{ borrower.name }}' }),
  });
}

function catalog(samples: Sample[]): Omit<Catalog, 'rulesetHash' | 'samplesHash' | 'ruleCount' | 'messages'> {
  return {
    samples,
    templates: defaultTemplates().map(({ id, name, source, meta }) => ({ id, name, source, meta })),
    fields: SAMPLE_FIELDS.map((f) => ({ ...f })),
    filters: DOMAIN_FILTERS.map(({ name, zh, en, args, examples }) => ({
      name,
      zh,
      en,
      ...(args === undefined ? {} : { args }),
      examples: examples.map((e) => ({ ...e })),
    })),
  };
}

function internalProblem(error: unknown): Problem {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return { code: 'internal', message };
}
