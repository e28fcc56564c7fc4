import { createBundle, generateSigningKey, signBundle } from '../../src/core/bundle/index';
import { canonicalJson } from '../../src/core/hash/canonical-json';
import { sha256Hex } from '../../src/core/hash/sha256';
import { contentHash } from '../../src/core/review/content-hash';
import { defaultRuleset } from '../../src/core/rules/defaults';
import { rulesetHash } from '../../src/core/rules/ruleset-hash';
import { SAMPLE_FIELDS } from '../../src/core/samples/fields';
import { defaultSamples } from '../../src/core/samples/defaults';
import { defaultTemplates } from '../../src/core/samples/templates';
import type { SampleData } from '../../src/core/samples/schema';
import type { StagePolicy } from '../../src/core/bundle/index';
import type { TemplateMeta } from '../../src/core/types';

/** A template to put in a test bundle. */
export interface Approved {
  id: string;
  name: string;
  meta: TemplateMeta;
  source: string;
}

/** The repo's lawful example templates (stages D-1, D0, D+1, D+7, D+30, D+60, hardship). */
export const lawfulTemplates = (): Approved[] => defaultTemplates().filter((t) => !t.id.startsWith('violating-'));

/**
 * Approved under the repo's ruleset and samples hashes, exported, signed with a fresh key and written as JSON:
 * the file the sending system receives, and the public key that trusts it.
 */
export async function signedBundle(
  templates: readonly Approved[],
  over: { notAfter?: string; stagePolicy?: StagePolicy } = {},
): Promise<{ text: string; publicJwk: JsonWebKey }> {
  const rHash = await rulesetHash(defaultRuleset());
  const sHash = await sha256Hex(canonicalJson(defaultSamples()));
  const approved = await Promise.all(
    templates.map(async (t) => ({
      ...t,
      approval: {
        reviewer: '王法务',
        approvedAt: '2026-11-01T10:00:00.000Z',
        note: '',
        reportSummary: { verdict: 'pass' as const, score: 100, counts: { error: 0, warning: 0, info: 0 } },
        justifications: [],
        contentHash: await contentHash({ source: t.source, meta: t.meta, rulesetHash: rHash, samplesHash: sHash }),
      },
    })),
  );
  const created = await createBundle({
    createdAt: '2026-11-01T12:00:00.000Z',
    notAfter: over.notAfter ?? '2027-01-30T00:00:00.000Z',
    sequence: 1,
    generator: { name: 'dunning-studio', version: '0.1.0' },
    ruleset: { hash: rHash, ruleCount: defaultRuleset().rules.length },
    samples: { hash: sHash },
    templates: approved,
    ...(over.stagePolicy ? { stagePolicy: over.stagePolicy } : {}),
  });
  const key = await generateSigningKey();
  return { text: JSON.stringify(await signBundle(created, key.privateKey, key.publicJwk)), publicJwk: key.publicJwk };
}

/** Every dotted column of the sample data (no contacts), in SAMPLE_FIELDS order, then two contact columns. */
export const COLUMNS = [
  ...SAMPLE_FIELDS.filter((f) => f.type !== 'list' && !f.path.startsWith('contacts')).map((f) => f.path),
  'contacts.0.name',
  'contacts.0.phone',
  'contacts.0.relation',
];

const valueAt = (data: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], data);

/** A CSV field: quoted when it holds a comma, quote or line break (RFC 4180). */
export const csvField = (value: unknown): string => {
  const text = value === undefined || value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** One CSV line (no line break) of a data record under COLUMNS. */
export const csvRow = (data: SampleData | Record<string, unknown>): string =>
  COLUMNS.map((c) => csvField(valueAt(data, c))).join(',');

/** A CSV file (CRLF) with the header and one row per record. */
export const csvFile = (rows: readonly (SampleData | Record<string, unknown>)[]): string =>
  [COLUMNS.join(','), ...rows.map(csvRow)].map((l) => `${l}\r\n`).join('');

/** A sample's data with changes: `with(data, { 'loan.overdue_days': 7 })`. */
export function withValues(data: SampleData, values: Record<string, unknown>): SampleData {
  const copy = structuredClone(data) as Record<string, any>;
  for (const [path, value] of Object.entries(values)) {
    const keys = path.split('.');
    const last = keys.pop() as string;
    const node = keys.reduce((n, k) => (n[k] ??= {}), copy);
    if (value === undefined) delete node[last];
    else node[last] = value;
  }
  return copy as SampleData;
}
