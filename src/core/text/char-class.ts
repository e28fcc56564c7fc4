/** How the normaliser treats one (already NFKC-normalised) code point. */
export type CharClass = 'drop' | 'space' | 'punct' | 'cjk' | 'digit' | 'other';

const DROP = /^[\p{Cf}\p{Default_Ignorable_Code_Point}]$/u;
const SPACE = /^[\s\p{Z}\p{Cc}]$/u;
const PUNCT = /^[\p{P}\p{S}\p{M}\p{Co}\p{Cn}\p{Cs}]$/u;
const CJK = /^\p{Script=Han}$/u;

function classifySlow(char: string): CharClass {
  if (DROP.test(char)) return 'drop';
  if (SPACE.test(char)) return 'space';
  if (PUNCT.test(char)) return 'punct';
  if (CJK.test(char)) return 'cjk';
  if (char >= '0' && char <= '9') return 'digit';
  return 'other';
}

const bmpClasses: (CharClass | undefined)[] = new Array<CharClass | undefined>(0x10000);

/** Classifies one code point (a string of 1–2 UTF-16 units). */
export function classify(char: string): CharClass {
  if (char.length > 1) return classifySlow(char);
  const code = char.charCodeAt(0);
  return (bmpClasses[code] ??= classifySlow(char));
}

const MARK = /^\p{M}$/u;
/** 0 = not computed, 1 = combining mark, 2 = not a mark */
const bmpMarks = new Uint8Array(0x10000);

/** Whether the code point at `i` is a combining mark (glued to its base for NFKC composition). */
export function isMarkAt(s: string, i: number): boolean {
  const code = s.charCodeAt(i);
  if (code < 0x300) return false;
  if (code >= 0xd800 && code <= 0xdbff) return MARK.test(String.fromCodePoint(s.codePointAt(i)!));
  let known = bmpMarks[code]!;
  if (known === 0) known = bmpMarks[code] = MARK.test(s.charAt(i)) ? 1 : 2;
  return known === 1;
}

/** Content classes between which a run of noise is removed (at least one side must be CJK). */
export function joinsAcross(left: CharClass | undefined, right: CharClass | undefined): boolean {
  if (left === undefined || right === undefined) return false;
  const leftOk = left === 'cjk' || left === 'digit';
  const rightOk = right === 'cjk' || right === 'digit';
  return leftOk && rightOk && (left === 'cjk' || right === 'cjk');
}

/** True for classes that are noise (not content). */
export function isNoise(cls: CharClass): boolean {
  return cls === 'drop' || cls === 'space' || cls === 'punct';
}
