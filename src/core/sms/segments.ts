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

/** Parts of a concatenated message: an escape+char pair (2 septets) or a surrogate pair (2 units) never splits. */
function partsOf(text: string, encoding: SmsSegments['encoding'], part: number): number {
  let segments = 1;
  let used = 0;
  for (let i = 0; i < text.length; i++) {
    let cost = 1;
    if (encoding === 'GSM-7') {
      if (GSM_EXTENSION.has(text.charAt(i))) cost = 2;
    } else {
      const code = text.charCodeAt(i);
      const next = text.charCodeAt(i + 1);
      if (code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        cost = 2;
        i++;
      }
    }
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
  const segments = partsOf(text, encoding, limits.part);
  return { encoding, units, segments, unitsPerSegment: limits.part };
}
