import {
  SAMPLE_FIELDS,
  DOMAIN_FILTERS,
  checkTemplate,
  defaultRuleset,
  defaultSamples,
  defaultTemplates,
  loadRegexChecker,
  messageSources,
  rulesetHash,
  samplesHash,
  type Ruleset,
  type Sample,
  type Problem,
} from '../core/index';
import { runExamples } from './examples';
import { mergeSamples } from './merge-samples';
import { previewTemplates } from './preview';
import type { Catalog, RulesInfo, SampleSet, WorkerRequest, WorkerResponse } from './protocol';
import { ruleInfos } from './rule-info';
import { PackCache, withPack, type PackedRuleset } from './rulesets';

/** What the handler checks against; defaults to the repo's rules and samples. */
export interface HandlerDeps {
  /** the base rules a `pack` request applies an organisation pack to */
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
  let baseRules = deps.ruleset;
  let base = deps.samples;
  let merged: { samples: Sample[]; problems: Problem[] } | undefined;
  let active: PackedRuleset | undefined;
  const candidates = new PackCache();
  const getBase = (): Ruleset => (baseRules ??= defaultRuleset());
  const getRuleset = (): Ruleset => active?.ruleset ?? getBase();
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

  const rulesInfo = async (): Promise<RulesInfo> => ({
    rulesetHash: (await getHashes()).rulesetHash,
    ruleCount: getRuleset().rules.length,
    messages: messageSources(getRuleset()),
    rules: ruleInfos(getBase(), getRuleset()),
    ...(active?.pack ? { pack: active.pack } : {}),
    problems: active?.problems ?? [],
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
        case 'rules':
          return { id: request.id, type: 'rules', rules: await rulesInfo() };
        case 'pack': {
          await loadRegexChecker();
          const next = withPack(getBase(), request.pack);
          if (!next.ok) return { id: request.id, type: 'error', problems: next.problems };
          active = next.value;
          rulesHash = undefined;
          return { id: request.id, type: 'rules', rules: await rulesInfo() };
        }
        case 'preview': {
          await loadRegexChecker();
          const candidate = candidates.get(getBase(), request.pack);
          if (!candidate.ok)
            return { id: request.id, type: 'preview', preview: { problems: candidate.problems, results: [] } };
          const { ruleset: next, pack, problems } = candidate.value;
          const results = previewTemplates(request.templates, getRuleset(), next, getSamples());
          const preview = { rulesetHash: await rulesetHash(next), ...(pack ? { pack } : {}), problems, results };
          return { id: request.id, type: 'preview', preview };
        }
        case 'examples': {
          if (request.pack !== undefined) await loadRegexChecker();
          const candidate = request.pack === undefined ? undefined : candidates.get(getBase(), request.pack);
          if (candidate && !candidate.ok)
            return { id: request.id, type: 'examples', results: [], problems: candidate.problems };
          const rules = (candidate?.value.ruleset ?? getRuleset()).rules;
          const wanted = new Set(request.ruleIds);
          const results = rules.filter((r) => wanted.has(r.id)).flatMap((r) => runExamples(r, getSamples()));
          return { id: request.id, type: 'examples', results, problems: candidate?.value.problems ?? [] };
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
