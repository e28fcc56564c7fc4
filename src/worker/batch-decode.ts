/** The encodings a batch file may be in. */
export const BATCH_ENCODINGS = ['utf-8', 'gb18030'] as const;
export type BatchEncoding = (typeof BATCH_ENCODINGS)[number];

/** U+FFFD: what a decoder puts where bytes do not decode. */
export const REPLACEMENT = '\uFFFD';

/** A UTF-8 text with at most this share of its non-ASCII characters broken is still read as UTF-8. */
const BROKEN_SHARE = 0.01;

function count(text: string, char: string): number {
  let found = 0;
  for (let i = text.indexOf(char); i >= 0; i = text.indexOf(char, i + 1)) found += 1;
  return found;
}

function nonAscii(text: string): number {
  let found = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) found += 1;
  return found;
}

/**
 * The text of a file's bytes: valid UTF-8 (a BOM dropped); UTF-8 with a few broken bytes (at most 1 % of its
 * non-ASCII characters; their rows show U+FFFD and are listed as undecodable); else GB18030 (which covers GBK and
 * GB2312; a GB18030 BOM is dropped too).
 */
export function decodeBytes(bytes: Uint8Array): { text: string; encoding: BatchEncoding } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    const utf8 = new TextDecoder('utf-8').decode(bytes);
    if (count(utf8, REPLACEMENT) <= nonAscii(utf8) * BROKEN_SHARE) return { text: utf8, encoding: 'utf-8' };
    const gb = new TextDecoder('gb18030').decode(bytes);
    return { text: gb.charCodeAt(0) === 0xfeff ? gb.slice(1) : gb, encoding: 'gb18030' };
  }
}
