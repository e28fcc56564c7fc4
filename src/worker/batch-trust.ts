import { fail, parseJson, type Result } from '../core/index';

const FINGERPRINT = /^([0-9a-f]{2}:){15}[0-9a-f]{2}$/i;

const isPublicJwk = (value: unknown): value is JsonWebKey => {
  const k = value as Record<string, unknown> | null;
  return (
    typeof k === 'object' &&
    k !== null &&
    k.kty === 'EC' &&
    k.crv === 'P-256' &&
    typeof k.x === 'string' &&
    typeof k.y === 'string'
  );
};

const invalid = (message: string): Result<never> => fail([{ code: 'trust/invalid', message, file: 'trust' }]);

/**
 * The trusted keys of a key file's text, as the CLI's `--trust` reads them: an EC P-256 public JWK, a JWK Set
 * (`{ "keys": [...] }`) or a key fingerprint (16 hex pairs). A key with its private part is passed on, so
 * `verifyBundle` refuses it (`bundle/private-key`).
 */
export function trustedKeysOf(text: string): Result<(JsonWebKey | string)[]> {
  const trimmed = text.trim();
  if (FINGERPRINT.test(trimmed)) return { ok: true, value: [trimmed.toLowerCase()] };
  const parsed = parseJson(text, 'trust/json', 'trust');
  if (!parsed.ok) return fail(parsed.problems);
  const json = parsed.value as { keys?: unknown } | null;
  const keys = typeof json === 'object' && json !== null && 'keys' in json ? json.keys : [json];
  if (!Array.isArray(keys) || keys.length === 0 || !keys.every(isPublicJwk)) {
    return invalid('expected an EC P-256 public JWK, a JWK Set ({"keys": [...]}) or a key fingerprint (16 hex pairs)');
  }
  return { ok: true, value: keys };
}
