import { describe, expect, it, vi } from 'vitest';
import type { GramTableData } from '../../../src/core/classifier/gram-table';
import { CORPUS_DIR, loadCorpus } from './corpus';

/** A fresh module graph: the committed model not compiled yet. */
async function fresh() {
  vi.resetModules();
  const classify = await import('../../../src/core/classifier/classify');
  const signals = await import('../../../src/core/classifier/signals');
  const features = await import('../../../src/core/classifier/features');
  const { normalise } = await import('../../../src/core/text/normalise');
  return { ...classify, ...signals, ...features, normalise };
}

const TEXTS = loadCorpus(CORPUS_DIR, () => true)
  .filter((_, i) => i % 20 === 0)
  .map((e) => e.text);

/** A copy of every array, as a build writes them and a start reads them back. */
const copied = (data: GramTableData): GramTableData => ({
  first: data.first.slice(),
  keys: data.keys.slice(),
  children: data.children.slice(),
  rowAt: data.rowAt.slice(),
  flat: data.flat.slice(),
  width: data.width,
});

describe('the classifier trie a build carries (seedGramTable)', () => {
  it('reads every text to the same log-odds as the trie built at start, bit for bit, and scores stay the same', async () => {
    const built = await fresh();
    const data = copied(built.committedModelGramTable());
    const expected = TEXTS.map((t) => built.classifyLogOdds(built.MODEL, built.normalise(t).text));
    const g = await fresh();
    g.seedModelGramTable(data);
    const norms = TEXTS.map((t) => g.normalise(t).text);
    expect(norms.map((n) => g.classifyLogOdds(g.MODEL, n))).toEqual(expected);
    for (const n of norms.slice(0, 40)) {
      expect(g.scores(g.MODEL, g.featureText(n))).toEqual(built.scores(built.MODEL, built.featureText(n)));
    }
  });

  it('is used as it is: a trie without weights reads every text as the biases alone', async () => {
    const data = (await fresh()).committedModelGramTable();
    const g = await fresh();
    g.seedModelGramTable({ ...copied(data), flat: new Float64Array(data.flat.length) });
    const biases = Object.values(g.MODEL.categories).map((c) => c.bias);
    expect(g.classifyLogOdds(g.MODEL, g.normalise(TEXTS[1]!).text)).toEqual(biases);
  });

  it('is not taken once the model was used', async () => {
    const data = (await fresh()).committedModelGramTable();
    const g = await fresh();
    const text = g.normalise(TEXTS[1]!).text;
    const before = g.classifyLogOdds(g.MODEL, text);
    g.seedModelGramTable({ ...copied(data), flat: new Float64Array(data.flat.length) });
    expect(g.classifyLogOdds(g.MODEL, text)).toEqual(before);
  });
});
