/** The longest character n-gram the classifier reads (1-, 2- and 3-grams). */
export const MAX_GRAM = 3;

/** One n-gram occurrence: `start` is its offset in the normalised text (its length is the gram's length). */
export interface GramAt {
  gram: string;
  start: number;
}

/**
 * The text the classifier reads: the normalised text with every ASCII digit read as 0 (amounts, dates and ID
 * numbers share their shape, not their value) and every UTF-16 surrogate as U+FFFD (an n-gram never holds half a
 * character, which JSON tools refuse). One unit per normalised unit: offsets stay the same.
 */
export function featureText(norm: string): string {
  return norm.replace(/[0-9]/g, '0').replace(/[\uD800-\uDFFF]/g, '\uFFFD');
}

/** The first occurrence of every distinct 1…MAX_GRAM-gram of `text`, in order of first occurrence. */
export function firstGrams(text: string): GramAt[] {
  const seen = new Set<string>();
  const out: GramAt[] = [];
  for (let i = 0; i < text.length; i++) {
    for (let n = 1; n <= MAX_GRAM && i + n <= text.length; n++) {
      const gram = text.slice(i, i + n);
      if (seen.has(gram)) continue;
      seen.add(gram);
      out.push({ gram, start: i });
    }
  }
  return out;
}
