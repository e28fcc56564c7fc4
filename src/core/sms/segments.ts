/** Encoding and segment count of one SMS text, as a carrier splits and bills it. */
export interface SmsSegments {
  encoding: 'GSM-7' | 'UCS-2';
  /** septets for GSM-7 (extension characters count 2), UTF-16 code units for UCS-2 */
  units: number;
  segments: number;
  /** 160 / 70 for a single message, 153 / 67 per part of a concatenated one */
  unitsPerSegment: number;
}

// GSM 03.38 default alphabet (without the escape code 0x1B) and its extension table.
const GSM_BASIC = new Set(
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?' +
    '¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà',
);
const GSM_EXTENSION = new Set('\f^{}\\[~]|€');

const LIMITS = {
  'GSM-7': { single: 160, part: 153 },
  'UCS-2': { single: 70, part: 67 },
} as const;

function isGsm(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (!GSM_BASIC.has(c) && !GSM_EXTENSION.has(c)) return false;
  }
  return true;
}

/** Septets of a GSM-7 text (extension characters cost 2); UTF-16 units of a UCS-2 one, i.e. its length. */
function unitsOf(text: string, encoding: SmsSegments['encoding']): number {
  if (encoding === 'UCS-2') return text.length;
  let units = text.length;
  for (let i = 0; i < text.length; i++) if (GSM_EXTENSION.has(text.charAt(i))) units++;
  return units;
}

const isHigh = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/**
 * Parts of a concatenated UCS-2 message, `part` units each: a part ends `part` units after its start unless that
 * splits a surrogate pair (a high unit right before a low one is always a pair), which then starts the next part.
 */
function ucs2Parts(text: string, part: number): number {
  let segments = 1;
  for (let start = 0; text.length - start > part; segments++) {
    const end = start + part;
    start = isHigh(text.charCodeAt(end - 1)) && isLow(text.charCodeAt(end)) ? end - 1 : end;
  }
  return segments;
}

/** Parts of a concatenated GSM-7 message, `part` septets each: an escape+char pair (2 septets) never splits. */
function gsmParts(text: string, part: number): number {
  let segments = 1;
  let used = 0;
  for (let i = 0; i < text.length; i++) {
    const cost = GSM_EXTENSION.has(text.charAt(i)) ? 2 : 1;
    if (used + cost > part) {
      segments++;
      used = 0;
    }
    used += cost;
  }
  return segments;
}

/**
 * GSM-7 when every character is in the GSM 03.38 default alphabet or its extension table
 * (^{}\[~]|€ and form feed cost 2 septets), otherwise UCS-2 counted in UTF-16 units. A single message
 * holds 160 septets / 70 units; a concatenated one 153 / 67 per part, and an escape pair or a surrogate
 * pair never splits across parts. An empty text is 1 segment of 0 units (what a carrier bills for it).
 */
export function smsSegments(text: string): SmsSegments {
  const encoding = isGsm(text) ? 'GSM-7' : 'UCS-2';
  const units = unitsOf(text, encoding);
  const limits = LIMITS[encoding];
  if (units <= limits.single) return { encoding, units, segments: 1, unitsPerSegment: limits.single };
  const segments = encoding === 'UCS-2' ? ucs2Parts(text, limits.part) : gsmParts(text, limits.part);
  return { encoding, units, segments, unitsPerSegment: limits.part };
}
