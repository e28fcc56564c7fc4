// Inputs shared by the bench sections: the largest example template, sample variants and a bare liquidjs.
import { Liquid } from 'liquidjs';
import { DOMAIN_FILTERS, defaultSamples, defaultTemplates } from '../../src/core/index';
import type { ExampleTemplate, Sample } from '../../src/core/index';
// not exported by core/index: the engine's limits, so the bare liquidjs gets the same ones
import { renderLimitsDefault } from '../../src/core/render/limits';

const utf8Bytes = (s: string): number => new TextEncoder().encode(s).length;

/** The biggest file of samples/templates/*.liquid (bytes), with its meta. */
export function largestTemplate(): ExampleTemplate {
  const all = defaultTemplates();
  return all.reduce((best, t) => (utf8Bytes(t.source) > utf8Bytes(best.source) ? t : best), all[0]!);
}

/** A deterministic PRNG (LCG), so every run generates the same variants and texts. */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

const SURNAMES = [
  '王',
  '李',
  '张',
  '刘',
  '陈',
  '杨',
  '黄',
  '赵',
  '吴',
  '周',
  '徐',
  '孙',
  '马',
  '朱',
  '胡',
  '欧阳',
  '司马',
];
const GIVEN = [
  '伟',
  '芳',
  '娜',
  '秀英',
  '敏',
  '静',
  '丽',
  '强',
  '磊',
  '军',
  '洋',
  '勇',
  '艳',
  '杰',
  '娟',
  '涛',
  '明',
  '超',
];

/** `count` variants of the default samples: new ids, names, phones, contract numbers and amounts. */
export function sampleVariants(count: number): Sample[] {
  const base = defaultSamples();
  const rand = rng(2026);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  return Array.from({ length: count }, (_, i) => {
    const s = base[i % base.length]!;
    const amount = Math.round(rand() * 5_000_000) / 100;
    const data = {
      ...s.data,
      borrower: {
        ...s.data.borrower,
        name: pick(SURNAMES) + pick(GIVEN) + (rand() < 0.5 ? pick(GIVEN) : ''),
        phone: `13${String(100_000_000 + i * 7919).slice(0, 9)}`,
      },
      loan: {
        ...s.data.loan,
        contract_no: `QZ2026${String(i).padStart(10, '0')}`,
        amount_due: amount,
        principal: amount,
        interest: 0,
        penalty: 0,
        overdue_days: s.data.loan.overdue_days + (i % 30),
      },
    };
    return { id: `${s.id}-v${i}`, label: `${s.label} #${i}`, data };
  });
}

/**
 * A bare liquidjs set up like core's engine (src/core/render/engine.ts): strict filters, lenient `if`, own
 * properties only, the same parse/render/memory limits, UTC+8, zh-CN, the domain filters registered plainly
 * (no error wrapping, no output cap, no tracing, no parse cache).
 */
export function bareLiquid(strictVariables: boolean): Liquid {
  const liquid = new Liquid({
    templates: {},
    strictFilters: true,
    strictVariables,
    lenientIf: true,
    ownPropertyOnly: true,
    parseLimit: renderLimitsDefault.parseLimit,
    renderLimit: renderLimitsDefault.renderLimit,
    memoryLimit: renderLimitsDefault.memoryLimit,
    timezoneOffset: -480,
    locale: 'zh-CN',
  });
  for (const f of DOMAIN_FILTERS)
    liquid.registerFilter(f.name, (value: unknown, ...args: unknown[]) => f.apply(value, ...args));
  return liquid;
}

/**
 * What the check's render step does, done bare: every sample rendered with strict variables, and a sample that
 * misses a value rendered again leniently (the check does the same). Returns the number of lenient re-renders.
 */
export function bareRenderAll(
  liquid: Liquid,
  templates: ReturnType<Liquid['parse']>,
  samples: readonly Sample[],
): number {
  let lenient = 0;
  for (const s of samples) {
    try {
      liquid.renderSync(templates, s.data);
    } catch {
      lenient++;
      liquid.renderSync(templates, s.data, { strictVariables: false });
    }
  }
  return lenient;
}
