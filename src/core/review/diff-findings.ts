import type { Finding } from '../types';

/** How the findings of two reports of one template differ. */
export interface FindingsDiff {
  /** in `b` only */
  added: Finding[];
  /** in `a` only */
  resolved: Finding[];
  /** in both (the `b` finding) */
  kept: Finding[];
}

const keyOf = (f: Finding): string =>
  [f.ruleId, f.target, f.sampleId ?? '', f.start ?? '', f.end ?? '', f.match ?? ''].join('\u0000');

/** Compares findings by rule id + target/sample + range + matched text; repeated identical findings count each. */
export function diffFindings(a: readonly Finding[], b: readonly Finding[]): FindingsDiff {
  const pending = new Map<string, Finding[]>();
  for (const f of a) {
    const list = pending.get(keyOf(f));
    if (list) list.push(f);
    else pending.set(keyOf(f), [f]);
  }
  const added: Finding[] = [];
  const kept: Finding[] = [];
  for (const f of b) {
    const list = pending.get(keyOf(f));
    if (list && list.length > 0) {
      list.shift();
      kept.push(f);
    } else {
      added.push(f);
    }
  }
  const resolved = [...pending.values()].flat();
  return { added, resolved, kept };
}
