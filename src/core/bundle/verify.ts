import { fail, ok, problemsFromZod, type Problem, type Result } from '../result';
import { canonicalJson } from '../hash/canonical-json';
import { bundleSchema, type Bundle } from './schema';
import { computeBundleHash, templateSha256 } from './hashes';
import { fingerprint } from './fingerprint';
import { signatureIsValid } from './sign';
import { policyFor } from './create';
import { contentHash } from '../review/content-hash';
import { parseJson } from '../json/parse-json';

export interface VerifyOptions {
  /**
   * Keys the bundle must be signed by: public JWKs and/or fingerprints (`fingerprint(jwk)`).
   * When given (even empty), an unsigned bundle fails with `bundle/unsigned` and a signature by any other key with
   * `bundle/untrusted-key`. When absent, a signature is still checked if present, but any key is accepted.
   */
  trustedKeys?: (JsonWebKey | string)[];
}

/**
 * Verifies a bundle (the file's text — preferred: only text shows a key given twice — or parsed JSON) before
 * anything loads it. Problem codes: `bundle/json`,
 * `bundle/schema` (with the JSON `path`), `bundle/policy`, `bundle/template-hash` (names the template),
 * `bundle/approval-hash` (the template's source/meta under the bundle's ruleset and samples hashes is not what
 * `approval.contentHash` approved, see review `contentHash`),
 * `bundle/hash`, `bundle/signature`, `bundle/unsigned`, `bundle/untrusted-key`, `bundle/private-key` (a trusted
 * JWK includes `d`). Text with a key twice in one object is `bundle/json` (with the path). Never throws.
 */
export async function verifyBundle(json: unknown, opts: VerifyOptions = {}): Promise<Result<Bundle>> {
  try {
    return await verify(json, opts);
  } catch (e) {
    return fail([
      { code: 'internal', message: `verifying the bundle failed: ${e instanceof Error ? e.message : String(e)}` },
    ]);
  }
}

async function verify(json: unknown, opts: VerifyOptions): Promise<Result<Bundle>> {
  let raw = json;
  if (typeof json === 'string') {
    const parsed = parseJson(json, 'bundle/json');
    if (!parsed.ok) return fail(parsed.problems);
    raw = parsed.value;
  }
  const parsed = bundleSchema.safeParse(raw);
  if (!parsed.success) return fail(problemsFromZod(parsed.error.issues.flatMap(splitUnknownKeys), 'bundle/schema'));
  // Hashes are computed over the input as given, not over zod's output.
  const input = raw as Bundle;
  const bundle = parsed.data;
  const problems: Problem[] = [...duplicateIds(bundle), ...policyProblems(bundle)];

  for (const [i, t] of input.templates.entries()) {
    if ((await templateSha256(t)) !== t.sha256) {
      problems.push({
        code: 'bundle/template-hash',
        message: `template "${t.id}" does not match its sha256: it was changed after the bundle was made`,
        path: ['templates', i, 'sha256'],
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
  problems.push(...(await signatureProblems(bundle, opts)));
  return problems.length === 0 ? ok(bundle) : fail(problems);
}

/** One issue per unknown key, with the key in the path, so the problem names the exact JSON path. */
function splitUnknownKeys(issue: { code: string; path: PropertyKey[]; message: string; keys?: string[] }) {
  if (issue.code !== 'unrecognized_keys' || !issue.keys) return [issue];
  return issue.keys.map((key) => ({ path: [...issue.path, key], message: `unknown key "${key}"` }));
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

async function signatureProblems(bundle: Bundle, opts: VerifyOptions): Promise<Problem[]> {
  const sig = bundle.signature;
  // a trusted key carrying its private part `d` has leaked: whoever holds that file can sign anything
  const leaked = opts.trustedKeys?.some((k) => typeof k === 'object' && k !== null && 'd' in k);
  if (leaked) {
    return [
      {
        code: 'bundle/private-key',
        message: 'a trusted key includes its private part ("d"): trust only public keys, and replace the leaked key',
      },
    ];
  }
  if (!sig) {
    return opts.trustedKeys
      ? [{ code: 'bundle/unsigned', message: 'bundle is not signed but trusted keys were required' }]
      : [];
  }
  const problems: Problem[] = [];
  const actual = await fingerprint(sig.publicKeyJwk);
  if (actual !== sig.fingerprint) {
    problems.push({
      code: 'bundle/signature',
      message: `signature.fingerprint is not the key's fingerprint (${actual})`,
      path: ['signature', 'fingerprint'],
    });
  }
  if (!(await signatureIsValid(bundle.bundleHash, sig))) {
    problems.push({
      code: 'bundle/signature',
      message: 'signature is not valid for bundleHash with the included key',
      path: ['signature', 'value'],
    });
  }
  if (opts.trustedKeys) {
    const trusted = await Promise.all(
      opts.trustedKeys.map((k) => (typeof k === 'string' ? k.toLowerCase() : fingerprint(k))),
    );
    if (!trusted.includes(actual)) {
      problems.push({
        code: 'bundle/untrusted-key',
        message: `signed by key ${actual}, which is not among the trusted keys`,
        path: ['signature', 'publicKeyJwk'],
      });
    }
  }
  return problems;
}
