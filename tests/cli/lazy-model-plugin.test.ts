import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { chunkRelative, lazyModelModule, modelWeightsJson } from '../../src/cli/lazy-model-plugin';
import type { ClassifierModel } from '../../src/core/classifier/model-types';
import { workDir } from './run-cli';

const MODEL = JSON.parse(readFileSync('src/core/classifier/model.json', 'utf8')) as ClassifierModel;

describe('the CLI build’s model.json (lazyModelModule)', () => {
  const w = workDir('lazy-model-');
  afterAll(() => w.remove());

  it('is the committed model, weights read from the file beside it', async () => {
    writeFileSync(join(w.dir, 'with.mjs'), lazyModelModule(MODEL, './weights.json'));
    writeFileSync(join(w.dir, 'weights.json'), modelWeightsJson(MODEL));
    const { default: model } = (await import(pathToFileURL(join(w.dir, 'with.mjs')).href)) as {
      default: ClassifierModel;
    };
    expect(JSON.stringify(model)).toBe(JSON.stringify(MODEL));
  });

  it('reads the weights only when asked for them', async () => {
    writeFileSync(join(w.dir, 'without.mjs'), lazyModelModule(MODEL, './missing.json'));
    const { default: model } = (await import(pathToFileURL(join(w.dir, 'without.mjs')).href)) as {
      default: ClassifierModel;
    };
    expect(model.categories.threat.bias).toBe(MODEL.categories.threat.bias);
    expect(() => model.categories.threat.weights).toThrow(/ENOENT/);
  });

  it('names a file relative to the chunk that reads it', () => {
    expect(chunkRelative('main.js', 'model-weights.json')).toBe('./model-weights.json');
    expect(chunkRelative('chunks/core-x.js', 'model-weights.json')).toBe('../model-weights.json');
  });
});
