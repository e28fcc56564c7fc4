import { existsSync } from 'node:fs';
import { z } from 'zod';
import { problemsFromZod } from '../core/index';
import { UsageError } from './io';
import { USAGE_WORDS } from './lang';
import { readJson } from './read-inputs';

const FINGERPRINT = /^([0-9a-f]{2}:){15}[0-9a-f]{2}$/i;

/** An EC P-256 JWK; other members (`kid`, `use`, a leaked `d`…) pass through so core can judge them. */
const jwkSchema = z.looseObject({
  kty: z.literal('EC'),
  crv: z.literal('P-256'),
  x: z.string().min(1),
  y: z.string().min(1),
});
const jwkSetSchema = z.looseObject({ keys: z.array(jwkSchema).min(1) });

const EXPECTED = 'expected an EC P-256 public JWK, a JWK Set ({"keys": [...]}) or a key fingerprint (16 hex pairs)';

function keysIn(file: string): JsonWebKey[] {
  const json = readJson(file, 'trust/json');
  const isSet = typeof json === 'object' && json !== null && 'keys' in json;
  const parsed = isSet ? jwkSetSchema.safeParse(json) : jwkSchema.safeParse(json);
  if (!parsed.success)
    throw new UsageError(
      USAGE_WORDS.trustFile(file, EXPECTED),
      problemsFromZod(parsed.error.issues, 'trust/invalid', file),
    );
  return 'keys' in parsed.data ? (parsed.data.keys as JsonWebKey[]) : [parsed.data as JsonWebKey];
}

/**
 * `--trust` values: a JWK file, a JWK Set file (`{ keys: [...] }`) or a fingerprint (`ab:cd:…`, 16 pairs).
 * Files go through core's JSON reader and a schema: anything else is a usage error naming the file and JSON path.
 */
export function trustedKeys(values: readonly string[] | undefined): (JsonWebKey | string)[] | undefined {
  if (values === undefined) return undefined;
  return values.flatMap((value): (JsonWebKey | string)[] =>
    !existsSync(value) && FINGERPRINT.test(value) ? [value.toLowerCase()] : keysIn(value),
  );
}
