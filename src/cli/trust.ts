import { existsSync } from 'node:fs';
import { readJson } from './read-inputs';
import { UsageError } from './io';

const FINGERPRINT = /^([0-9a-f]{2}:){15}[0-9a-f]{2}$/i;

/** `--trust` values: a JWK file, a JWK Set file (`{ keys: [...] }`) or a fingerprint (`ab:cd:…`, 16 pairs). */
export function trustedKeys(values: readonly string[] | undefined): (JsonWebKey | string)[] | undefined {
  if (values === undefined) return undefined;
  return values.flatMap((value): (JsonWebKey | string)[] => {
    if (!existsSync(value) && FINGERPRINT.test(value)) return [value.toLowerCase()];
    const json = readJson(value) as { kty?: unknown; keys?: unknown } | null;
    if (json && typeof json === 'object' && Array.isArray(json.keys)) return json.keys as JsonWebKey[];
    if (json && typeof json === 'object' && json.kty === 'EC') return [json as JsonWebKey];
    throw new UsageError(`--trust ${value}: expected an EC public JWK, a JWK Set or a key fingerprint`);
  });
}
