import { addresseeKind } from './addressee/index';
import { conditionalKind } from './conditional/index';
import type { AnyKind } from './define-kind';
import { lengthKind } from './length/index';
import { metaKind } from './meta/index';
import { patternKind } from './pattern/index';
import { piiKind } from './pii/index';
import { requiredKind } from './required/index';
import { sourceLengthKind } from './source-length/index';
import { termsKind } from './terms/index';
import { variablesKind } from './variables/index';

/** Every rule kind, by name. Adding a kind = one folder here plus a row in rules/README.md. */
export const KINDS = {
  terms: termsKind,
  pattern: patternKind,
  pii: piiKind,
  required: requiredKind,
  variables: variablesKind,
  length: lengthKind,
  'source-length': sourceLengthKind,
  meta: metaKind,
  conditional: conditionalKind,
  addressee: addresseeKind,
} as const satisfies Record<string, AnyKind>;

export type KindName = keyof typeof KINDS;
export const KIND_NAMES = Object.keys(KINDS) as [KindName, ...KindName[]];

/** A map from kind name to definition; the check accepts another one in tests. */
export type KindRegistry = Readonly<Record<string, AnyKind>>;
