import { fail, ok, problemsFromZod, type Problem, type Result } from '../result';
import { canonicalJson } from '../hash/canonical-json';
import { bundleSchema, type Bundle } from './schema';
import { computeBundleHash, templateSha256 } from './hashes';
import { policyFor } from './create';
import { contentHash } from '../review/content-hash';
import { parseJson } from '../json/parse-json';
import { packHash } from '../pack/pack-hash';
import { markVerified, type VerifiedBundle } from './verified';
import { freshnessProblems, type FreshnessOptions } from './freshness';
import { signatureProblems, type TrustOptions } from './trust';

/** What verifyBundle requires besides intact content: trust (signer) and freshness (expiry, rollback). */
export interface VerifyOptions extends TrustOptions, FreshnessOptions {}

/**
 * Verifies a bundle (the file's text — preferred: only text shows a key given twice — or parsed JSON, read once
 * into a private copy) before anything loads it, and returns the only kind of bundle `renderFromBundle` accepts.
 * Trust by default: a bundle must be signed by one of `trustedKeys` unless `allowUntrusted` / `allowUnsigned` say
 * otherwise (the result's `trust` then says who signed); it must not be past `notAfter` at `now` (default: now).
 * Problem codes: `bundle/json`,
 * `bundle/schema` (with the JSON `path`; a bundle without `notAfter` or `sequence` is one), `bundle/policy`,
 * `bundle/template-hash` (names the template),
 * `bundle/approval-hash` (the template's source/meta under the bundle's ruleset and samples hashes is not what
 * `approval.contentHash` approved, see review `contentHash`),
 * `bundle/hash`, `bundle/signature`, `bundle/unsigned`, `bundle/untrusted-key`, `bundle/private-key` (a trusted
 * JWK includes `d`), `bundle/expired` (past `notAfter` at `now`), `bundle/rollback` (`sequence` not above
 * `lastSequence`). Text with a key twice in one object is `bundle/json` (with the path). Never throws.
 */
export async function verifyBundle(json: unknown, opts: VerifyOptions = {}): Promise<Result<VerifiedBundle>> {
  try {
    return await verify(json, opts);
  } catch (e) {
    return fail([
      { code: 'internal', message: `verifying the bundle failed: ${e instanceof Error ? e.message : String(e)}` },
    ]);
  }
}

/** The input as plain data read exactly once, so a getter or Proxy cannot show the checks one thing and the caller another. */
function snapshot(json: unknown): Result<unknown> {
  if (typeof json === 'string') return parseJson(json, 'bundle/json');
  let text: string | undefined;
  try {
    text = JSON.stringify(json);
  } catch (e) {
    return fail([{ code: 'bundle/json', message: `not JSON data: ${e instanceof Error ? e.message : String(e)}` }]);
  }
  return ok(text === undefined ? json : JSON.parse(text));
}

async function verify(json: unknown, opts: VerifyOptions): Promise<Result<VerifiedBundle>> {
  const read = snapshot(json);
  if (!read.ok) return fail(read.problems);
  const raw = read.value;
  const parsed = bundleSchema.safeParse(raw);
  if (!parsed.success) return fail(problemsFromZod(parsed.error.issues.flatMap(splitUnknownKeys), 'bundle/schema'));
  // Hashes are computed over the input as given, not over zod's output.
  const input = raw as Bundle;
  const bundle = parsed.data;
  const problems: Problem[] = [...duplicateIds(bundle), ...policyProblems(bundle), ...(await packProblems(input))];

  for (const [i, t] of input.templates.entries()) {
    if ((await templateSha256(t)) !== t.sha256) {
      problems.push({
        code: 'bundle/template-hash',
        message: `template "${t.id}" does not match its sha256: it was changed after the bundle was made`,
        path: ['templates', i, 'sha256'],
        params: { template: t.id },
      });
    }
    const approved = await contentHash({
      source: t.source,
      meta: t.meta,
      rulesetHash: input.ruleset.hash,
      samplesHash: input.samples.hash,
    });
    if (approved !== t.approval.contentHash) {
      problems.push({
        code: 'bundle/approval-hash',
        message: `template "${t.id}" is not the content its approval covers (source, meta, ruleset and samples hashes)`,
        path: ['templates', i, 'approval', 'contentHash'],
        params: { template: t.id },
      });
    }
  }
  if ((await computeBundleHash(input)) !== input.bundleHash) {
    problems.push({
      code: 'bundle/hash',
      message: 'bundleHash does not match the content: the bundle was changed',
      path: ['bundleHash'],
    });
  }
  const signed = await signatureProblems(bundle, opts);
  problems.push(...signed.problems, ...freshnessProblems(bundle, opts));
  return problems.length === 0 ? ok(markVerified(bundle, signed.trust)) : fail(problems);
}

/** One issue per unknown key, with the key in the path, so the problem names the exact JSON path. */
function splitUnknownKeys(issue: { code: string; path: PropertyKey[]; message: string; keys?: string[] }) {
  if (issue.code !== 'unrecognized_keys' || !issue.keys) return [issue];
  return issue.keys.map((key) => ({
    code: 'unrecognized_keys',
    keys: [key],
    path: [...issue.path, key],
    message: `unknown key "${key}"`,
  }));
}

function duplicateIds(bundle: Bundle): Problem[] {
  const seen = new Set<string>();
  return bundle.templates.flatMap((t, i) => {
    if (!seen.has(t.id)) return (seen.add(t.id), []);
    return [
      {
        code: 'bundle/schema',
        message: `templates.${i}.id: duplicate template id "${t.id}"`,
        path: ['templates', i, 'id'],
        params: { reason: 'duplicate-template', template: t.id },
      },
    ];
  });
}

function policyProblems(bundle: Bundle): Problem[] {
  // NOTE: the approval hash covers meta, not the template's own `stage` field; tie them so the sending policy is approved
  const stages = bundle.templates.flatMap((t, i) =>
    t.meta.stage !== undefined && t.stage !== t.meta.stage
      ? [
          {
            code: 'bundle/policy',
            message: `templates.${i}.stage "${t.stage}" differs from the approved meta.stage "${t.meta.stage}"`,
            path: ['templates', i, 'stage'],
            params: { reason: 'stage-differs', template: t.id, stage: t.stage, approved: t.meta.stage },
          },
        ]
      : [],
  );
  if (stages.length > 0) return stages;
  const expected = bundle.templates.map((t) => canonicalJson(policyFor(t)));
  const actual = bundle.policy.map((p) => canonicalJson(p));
  if (expected.length === actual.length && expected.every((e, i) => e === actual[i])) return [];
  return [
    {
      code: 'bundle/policy',
      message: 'policy does not match the templates’ meta (one entry per template, same order)',
      path: ['policy'],
    },
  ];
}

/** The pack a bundle carries must be exactly the one its ruleset names (swapping it voids the bundle). */
async function packProblems(bundle: Bundle): Promise<Problem[]> {
  const named = bundle.ruleset.pack;
  if (!named && !bundle.pack) return [];
  if (!named || !bundle.pack) {
    const message = named
      ? 'the ruleset names a pack the bundle does not carry'
      : 'the bundle carries a pack its ruleset does not name';
    return [{ code: 'bundle/pack', message, path: named ? ['pack'] : ['ruleset', 'pack'] }];
  }
  if ((await packHash(bundle.pack)) === named.hash) return [];
  const message = 'the rule pack is not the one the approvals were made under (its hash differs)';
  return [{ code: 'bundle/pack', message, path: ['pack'] }];
}
