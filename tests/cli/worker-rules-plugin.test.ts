import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledRulesPlugin } from '../../src/cli/worker-rules-plugin';

type Load = (id: string) => Promise<string | undefined> | string | undefined;
const loadOf = (plugin: ReturnType<typeof bundledRulesPlugin>): Load => plugin.load as unknown as Load;

describe('bundledRulesPlugin (the batch worker build)', () => {
  it('runs in builds only: dev and tests load the rules as usual', () => {
    expect(bundledRulesPlugin().apply).toBe('build');
  });

  it('leaves every other module alone', async () => {
    expect(await loadOf(bundledRulesPlugin())(resolve('src/worker/batch.worker.ts'))).toBeUndefined();
  });

  it('replaces src/worker/bundled-rules.ts with the rules as the build loads them', async () => {
    const code = await loadOf(bundledRulesPlugin())(`${resolve('src/worker/bundled-rules.ts')}?used`);
    const json = /^export const BUNDLED_RULES = JSON\.parse\((".*")\);\n$/s.exec(code ?? '')![1]!;
    const { bundledRules } = await import('../../src/cli/bundled-rules-build');
    expect(JSON.parse(JSON.parse(json))).toEqual(bundledRules());
  }, 60_000);
});
