import { describe, expect, it } from 'vitest';
import { DOMAIN_FILTERS } from '../../../../src/core/render/filters/index';
import { renderTemplate } from '../../../../src/core/render/render-template';

const literal = (v: unknown): string => JSON.stringify(v);

describe('DOMAIN_FILTERS', () => {
  it('documents every filter in both languages with at least one example', () => {
    for (const doc of DOMAIN_FILTERS) {
      expect(doc.name).toMatch(/^[a-z][a-z0-9_]*$/);
      expect(doc.zh.length).toBeGreaterThan(0);
      expect(doc.en.length).toBeGreaterThan(0);
      expect(doc.examples.length).toBeGreaterThan(0);
    }
    expect(new Set(DOMAIN_FILTERS.map((d) => d.name)).size).toBe(DOMAIN_FILTERS.length);
  });

  const examples = DOMAIN_FILTERS.flatMap((doc) => doc.examples.map((ex) => ({ doc, ex })));

  it.each(examples.map(({ doc, ex }) => [doc.name, ex.input, ex.args ?? [], ex.output, doc, ex] as const))(
    '%s(%j, %j) gives %j',
    (_name, _input, _args, _output, doc, ex) => {
      expect(doc.apply(ex.input, ...(ex.args ?? []))).toBe(ex.output);
    },
  );

  it.each(examples.map(({ doc, ex }) => [doc.name, ex.input, doc, ex] as const))(
    'renders the %s example for %j through Liquid as documented',
    (_name, _input, doc, ex) => {
      const args = (ex.args ?? []).map(literal).join(', ');
      const source = `{{ v | ${doc.name}${args ? `: ${args}` : ''} }}`;
      expect(renderTemplate(source, { v: ex.input })).toEqual({ ok: true, text: ex.output });
    },
  );
});
