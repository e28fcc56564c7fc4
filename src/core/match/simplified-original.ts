import { toSimplifiedChar } from '../text/to-simplified';

let lastText: string | undefined;
let lastSimplified = '';

/**
 * The original text with traditional characters made simplified, one UTF-16 unit for one (offsets stay those of
 * the original, unlike the normalised text, which also drops the punctuation the sentence guards read). The last
 * text is kept: every pattern rule of a check asks for the same one.
 */
export function simplifiedOriginal(text: string): string {
  if (text === lastText) return lastSimplified;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const code = c.charCodeAt(0);
    if (code < 0x3400 || (code >= 0xd800 && code <= 0xdfff)) {
      out += c;
      continue;
    }
    const s = toSimplifiedChar(c);
    out += s.length === 1 ? s : c;
  }
  lastText = text;
  lastSimplified = out;
  return out;
}
