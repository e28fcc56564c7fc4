import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyLogOdds, scores } from '../../../src/core/classifier/classify';
import { featureText } from '../../../src/core/classifier/features';
import { MODEL_CATEGORIES } from '../../../src/core/classifier/model-types';
import { MODEL } from '../../../src/core/classifier/signals';
import { normalise } from '../../../src/core/text/normalise';
import { CORPUS_DIR, loadCorpus } from './corpus';

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));
/** Units the model knows (so texts hit its 2- and 3-grams), plus a few it may not. */
const UNITS = [...new Set(Object.keys(MODEL.categories.threat.weights).join('') + '0123456789a，\uFFFD😀')];
const text = fc
  .array(fc.oneof(fc.constantFrom(...UNITS), fc.constantFrom(...Object.keys(MODEL.categories.insult.weights))), {
    maxLength: 80,
  })
  .map((parts) => parts.join(''));

describe('classify log-odds', () => {
  it('equal the log-odds of the first-occurrence n-grams bit for bit, whatever the text', () => {
    fc.assert(
      fc.property(text, (t) => {
        const norm = normalise(t).text;
        const expected = scores(MODEL, featureText(norm));
        const z = classifyLogOdds(MODEL, norm);
        expect(MODEL_CATEGORIES.map((c, k) => [c, sigmoid(z[k]!)])).toEqual(
          MODEL_CATEGORIES.map((c) => [c, expected[c]]),
        );
      }),
      { numRuns: 2000 },
    );
  });

  it('equal them bit for bit on every corpus message', () => {
    for (const { text: t } of loadCorpus(CORPUS_DIR, () => true)) {
      const norm = normalise(t).text;
      const expected = scores(MODEL, featureText(norm));
      const z = classifyLogOdds(MODEL, norm);
      MODEL_CATEGORIES.forEach((c, k) => expect(sigmoid(z[k]!)).toBe(expected[c]));
    }
  });
});
