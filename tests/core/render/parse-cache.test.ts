import { describe, expect, it } from 'vitest';
import { getEngine } from '../../../src/core/render/engine';
import { parseCached } from '../../../src/core/render/parse-cache';
import { renderTemplate } from '../../../src/core/render/render-template';
import { renderWithTrace } from '../../../src/core/render/render-trace';

describe('parseCached', () => {
  it('returns the same parse tree for the same source and engine', () => {
    const engine = getEngine();
    expect(parseCached(engine, '{{ a }}-cache')).toBe(parseCached(engine, '{{ a }}-cache'));
    expect(parseCached(engine, '{{ a }}-cache')).not.toBe(
      parseCached(getEngine({ strictVariables: true }), '{{ a }}-cache'),
    );
  });

  it('keeps the most recently used sources and parses an evicted one again', () => {
    const engine = getEngine({ limits: { outputLimit: 1234 } });
    const first = parseCached(engine, 'first {{ a }}');
    const kept = parseCached(engine, 'kept {{ a }}');
    for (let i = 0; i < 7; i++) {
      parseCached(engine, `filler ${i}`);
      expect(parseCached(engine, 'kept {{ a }}')).toBe(kept);
    }
    expect(parseCached(engine, 'first {{ a }}')).not.toBe(first);
  });

  it('evicts by total source length as well as by count', () => {
    const engine = getEngine({ limits: { outputLimit: 1235 } });
    const long = (c: string): string => c.repeat(90_000);
    const a = parseCached(engine, long('a'));
    parseCached(engine, long('b'));
    expect(parseCached(engine, long('a'))).toBe(a);
    parseCached(engine, long('c'));
    parseCached(engine, long('d'));
    expect(parseCached(engine, long('a'))).not.toBe(a);
  });

  it.each([
    ['a counter', '{% increment n %}{% increment n %}{{ x }}', '01'],
    ['a cycle', "{% cycle 'a', 'b' %}{% cycle 'a', 'b' %}{{ x }}", 'ab'],
    ['a capture', '{% capture c %}{{ x }}{% endcapture %}{{ c }}', ''],
  ])('carries no state of %s from one render of a cached tree to the next', (_name, source, prefix) => {
    for (const x of ['甲', '乙', '甲']) {
      expect(renderTemplate(source, { x })).toEqual({ ok: true, text: `${prefix}${x}` });
      const traced = renderWithTrace(source, { x });
      expect(traced.ok && traced.text).toBe(`${prefix}${x}`);
    }
  });

  it('reports a parse error every time, not only on the first parse', () => {
    const codes = [1, 2].map(() => {
      const r = renderTemplate('{{ a | nope }}', {});
      return r.ok ? [] : r.problems.map((p) => p.code);
    });
    expect(codes).toEqual([['template/parse'], ['template/parse']]);
  });

  it('names the variable of a value span on every render of a cached source', () => {
    const source = '您好{{ borrower.name }}';
    for (const name of ['张三', '李四']) {
      const r = renderWithTrace(source, { borrower: { name } });
      expect(r.ok && r.spans.map((s) => s.variable)).toEqual([undefined, 'borrower.name']);
    }
  });
});
