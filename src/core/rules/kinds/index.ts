import { conditionalKind } from './conditional';
import type { KindRegistry } from './kind';
import { lengthKind } from './length';
import { metaKind } from './meta';
import { patternKind } from './pattern';
import { piiKind } from './pii';
import { requiredKind } from './required';
import { termsKind } from './terms';
import { variablesKind } from './variables';

/** Every rule kind, by name. Adding a kind = one file here plus a row in rules/README.md. */
export const KINDS: KindRegistry = {
  terms: termsKind,
  pattern: patternKind,
  pii: piiKind,
  required: requiredKind,
  variables: variablesKind,
  length: lengthKind,
  meta: metaKind,
  conditional: conditionalKind,
};
