import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Emitter, Template } from 'liquidjs';
import { getEngine, renderParsed, rootEmitter, topScopeOf } from '../../../src/core/render/engine';
import { parseCached } from '../../../src/core/render/parse-cache';
import { plainPlanOf } from '../../../src/core/render/plain-plan';
import { renderPlain } from '../../../src/core/render/plain-render';

// NOTE: random templates of the plain subset over random data: wherever the plain renderer does not give up, it
// must write what liquidjs writes, leaf by leaf; wherever liquidjs throws, it must give up.
const PATHS = ['a', 'a.b', 'a.b.c', 'a["b"]', 'n', 'z', 's', 'a.size', 'constructor', 'x', 'arr'];
const LITERALS = ['""', '"男"', "'0'", '0', '1', '-1', '2.5', '"a"'];
const FILTERS = [
  '',
  ' | surname',
  ' | honorific',
  ' | cny',
  ' | cny: "元"',
  ' | cny: s',
  ' | rmb_upper',
  ' | date_cn',
  ' | last4',
  ' | mask_phone',
  ' | salutation: s',
  ' | surname | honorific',
];
const OPERATORS = ['==', '!=', '<', '>', '<=', '>=', 'and', 'or'];
const VALUES: unknown[] = [
  '',
  '男',
  '女',
  '张三',
  '欧阳娜娜',
  '2024-02-29',
  '2023-02-29',
  '13812345678',
  '0',
  '1,234.56',
  0,
  1,
  -1,
  2.5,
  1234.56,
  1e13,
  true,
  false,
  null,
  [],
  ['x', 1],
];

const operand = fc.oneof(fc.constantFrom(...PATHS), fc.constantFrom(...LITERALS));
const test = fc.oneof(
  operand,
  fc.tuple(operand, fc.constantFrom(...OPERATORS), operand).map(([l, op, r]) => `${l} ${op} ${r}`),
  fc
    .tuple(operand, fc.constantFrom(...OPERATORS), operand, fc.constantFrom('and', 'or'), operand)
    .map(([a, op, b, join, c]) => `${a} ${op} ${b} ${join} ${c}`),
);
const output = fc.tuple(operand, fc.constantFrom(...FILTERS)).map(([o, f]) => `{{ ${o}${f} }}`);
const text = fc.constantFrom('您好', '，', ' ', '\n', '请还款', '');
const leaf = fc.oneof(
  text,
  output,
  text,
  output,
  fc
    .tuple(fc.constantFrom('x', 's', 'a'), operand, fc.constantFrom(...FILTERS))
    .map(([k, o, f]) => `{% assign ${k} = ${o}${f} %}`),
);
const body = fc.array(leaf, { maxLength: 4 }).map((xs) => xs.join(''));
const ifTag = fc
  .tuple(test, body, fc.array(fc.tuple(test, body), { maxLength: 2 }), fc.option(body))
  .map(
    ([t, b, elsifs, otherwise]) =>
      `{% if ${t} %}${b}${elsifs.map(([et, eb]) => `{% elsif ${et} %}${eb}`).join('')}${otherwise === null ? '' : `{% else %}${otherwise}`}{% endif %}`,
  );
const template = fc.array(fc.oneof(leaf, ifTag), { minLength: 1, maxLength: 8 }).map((xs) => xs.join(''));

const value: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  v: fc.oneof(
    { depthSize: 'small' },
    fc.constantFrom(...VALUES),
    fc.dictionary(fc.constantFrom('b', 'c', 'size', 'name'), tie('v'), { maxKeys: 3 }),
  ),
})).v;
const data = fc.dictionary(fc.constantFrom('a', 'n', 's', 'x', 'arr', 'constructor'), value, { maxKeys: 6 });

type Leaf = [Template, number, number];

function record(leaves: Leaf[], root: () => Emitter) {
  return (template: Template, emitter: Emitter, before: number): void => {
    if (emitter !== root() || emitter.buffer.length === before || 'children' in template) return;
    leaves.push([template, before, emitter.buffer.length]);
  };
}

describe('renderPlain on random plain templates', () => {
  for (const strict of [true, false]) {
    it(`writes what liquidjs writes or gives up (${strict ? 'strict' : 'lenient'} variables)`, () => {
      const engine = getEngine({ strictVariables: strict });
      let plainRenders = 0;
      fc.assert(
        fc.property(template, data, (source, input) => {
          const parsed = parseCached(engine, source);
          const plan = plainPlanOf(engine, parsed.templates);
          expect(plan).not.toBeNull();
          const liquidRoot = rootEmitter(engine);
          const liquidLeaves: Leaf[] = [];
          engine.tracer = record(liquidLeaves, () => liquidRoot);
          let liquidText: string | undefined;
          try {
            liquidText = renderParsed(engine, parsed.templates, input, liquidRoot);
          } catch {
            liquidText = undefined;
          } finally {
            engine.tracer = null;
          }
          const root = rootEmitter(engine);
          const leaves: Leaf[] = [];
          const done = renderPlain(
            plan!,
            topScopeOf(input),
            strict,
            root,
            record(leaves, () => root),
          );
          if (liquidText === undefined) expect(done).toBe(false);
          else if (done) {
            plainRenders++;
            expect(root.buffer).toBe(liquidText);
            expect(leaves).toEqual(liquidLeaves);
          }
        }),
        { numRuns: 1500, seed: 20261206 },
      );
      // most random renders stay plain: the comparison above is not vacuous
      expect(plainRenders).toBeGreaterThan(strict ? 150 : 250);
    });
  }
});
