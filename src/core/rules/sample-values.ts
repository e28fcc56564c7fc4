import type { Sample } from '../samples/schema';
import { normaliseTerm } from '../match/matchable';

/** The value of a dotted field path (`platform.hotline`) in a sample, as a string; undefined when absent. */
export function sampleValue(sample: Sample, path: string): string | undefined {
  let cur: unknown = sample.data;
  for (const key of path.split('.')) {
    if (cur === null || typeof cur !== 'object' || !Object.hasOwn(cur, key)) return undefined;
    cur = (cur as Record<string, unknown>)[key];
  }
  return typeof cur === 'string' || typeof cur === 'number' ? String(cur) : undefined;
}

const normCache = new WeakMap<Sample, Map<string, string>>();

/** The normalised value of a sample field ('' when absent), cached per sample object. */
export function normalisedSampleValue(sample: Sample, path: string): string {
  let bySample = normCache.get(sample);
  if (!bySample) {
    bySample = new Map();
    normCache.set(sample, bySample);
  }
  let norm = bySample.get(path);
  if (norm === undefined) {
    const value = sampleValue(sample, path);
    norm = value === undefined ? '' : normaliseTerm(value);
    bySample.set(path, norm);
  }
  return norm;
}
