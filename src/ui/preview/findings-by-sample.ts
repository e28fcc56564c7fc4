import type { Finding } from '../../core/model';

/**
 * Output findings by the sample whose text they mark, each with its range in that sample's own text (a finding
 * merged across samples carries one range per sample), so every bubble highlights its own hits.
 */
export function findingsBySample(findings: readonly Finding[]): Map<string, Finding[]> {
  const map = new Map<string, Finding[]>();
  const add = (sampleId: string, f: Finding): void => {
    const list = map.get(sampleId);
    if (list) list.push(f);
    else map.set(sampleId, [f]);
  };
  for (const f of findings) {
    if (f.target !== 'output') continue;
    if (f.ranges && f.ranges.length > 0) {
      for (const r of f.ranges) add(r.sampleId, { ...f, sampleId: r.sampleId, start: r.start, end: r.end });
    } else if (f.sampleId !== undefined) add(f.sampleId, f);
  }
  return map;
}
