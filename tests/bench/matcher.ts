// (c) the Aho–Corasick matcher with the default pack's real lexicon vs two honest baselines, on two texts.
import { defaultRuleset, defaultSamples, defaultTemplates, normalise, renderTemplate } from '../../src/core/index';
// not exported by core/index: the automaton and the term normaliser the `terms` kind uses
import { buildMatcher } from '../../src/core/match/aho-corasick';
import { normaliseTerm } from '../../src/core/match/matchable';
import { rng } from './fixtures';
import { goal, ms, pairs, printPair, times } from './stats';

const TEXT_CHARS = 100_000;

/** Real collection sentences (lawful and not), so the SMS-like text also holds the lexicon's phrases. */
const SENTENCES = [
  '您好，您在本平台的借款已逾期3天，请尽快通过官方APP还款，如已还款请忽略。',
  '尊敬的客户，您的账单将于明日到期，应还金额1,280.00元，请保持还款账户余额充足。',
  '您的借款已逾期30天，逾期信息可能依法报送征信系统，请及时处理以免影响个人信用。',
  '如您暂时有还款困难，可致电客服申请协商还款方案，具体以审核结果为准。',
  '本平台从未委托任何个人收取款项，请勿向私人账户转账，谨防诈骗。',
  '现在还款可享受减免优惠，只需还本金即可结清，最后优惠仅限今日。',
  '我司法务部门已介入，律师将于近日联系您，请配合处理。',
  '您可申请停息挂账，一次性结清优惠名额有限，免息政策过期不候。',
  '疑问请致电官方客服热线，工作时间为每日9:00至20:00。',
  '您的分期账单第6期已出账，本期应还本息合计2,315.40元，到期日为2026年12月15日。',
];

/** The `terms` of every terms-kind rule of the default pack, normalised as the `terms` kind does, deduplicated. */
function lexicon(): string[] {
  const terms = defaultRuleset()
    .rules.filter((r) => r.kind === 'terms')
    .flatMap((r) => (r.params as { terms: string[] }).terms);
  return [...new Set(terms.map(normaliseTerm).filter((t) => t.length > 0))];
}

/** Every example template rendered with every default sample, plus the sentences above, shuffled to ~100,000 chars. */
function smsText(): string {
  const pieces = [...SENTENCES];
  for (const t of defaultTemplates())
    for (const s of defaultSamples()) {
      const r = renderTemplate(t.source, s.data);
      if (r.ok) pieces.push(r.text);
    }
  const rand = rng(11);
  let text = '';
  while (text.length < TEXT_CHARS) text += pieces[Math.floor(rand() * pieces.length)]!;
  return text.slice(0, TEXT_CHARS);
}

/** Uniform random characters of the CJK Unified Ideographs block (U+4E00–U+9FA5). */
function randomCjk(): string {
  const rand = rng(42);
  let text = '';
  for (let i = 0; i < TEXT_CHARS; i++) text += String.fromCharCode(0x4e00 + Math.floor(rand() * 0x51a6));
  return text;
}

type Hit = { start: number; end: number; pattern: number };

/** (i) one indexOf scan of the whole text per term. */
function naiveIndexOf(terms: readonly string[], text: string): Hit[] {
  const hits: Hit[] = [];
  terms.forEach((t, pattern) => {
    for (let i = text.indexOf(t); i !== -1; i = text.indexOf(t, i + 1))
      hits.push({ start: i, end: i + t.length, pattern });
  });
  return hits;
}

/** (ii) for each start, every substring up to the longest term's length looked up in a Map of the terms. */
function setScan(terms: readonly string[], text: string): () => Hit[] {
  const index = new Map(terms.map((t, i) => [t, i]));
  const lengths = [...new Set(terms.map((t) => t.length))].sort((a, b) => a - b);
  return () => {
    const hits: Hit[] = [];
    for (let i = 0; i < text.length; i++) {
      for (const len of lengths) {
        if (i + len > text.length) break;
        const pattern = index.get(text.slice(i, i + len));
        if (pattern !== undefined) hits.push({ start: i, end: i + len, pattern });
      }
    }
    return hits;
  };
}

export function benchMatcher(): void {
  const terms = lexicon();
  const maxLen = Math.max(...terms.map((t) => t.length));
  const matcher = buildMatcher(terms);
  console.log(
    `  lexicon: ${terms.length} normalised terms of the default pack's terms rules (longest ${maxLen} chars); ` +
      `texts of ${TEXT_CHARS.toLocaleString('en')} chars, normalised first as the check does`,
  );
  const texts: [string, string][] = [
    ['SMS-like (example templates × default samples + collection sentences)', normalise(smsText()).text],
    ['uniform random CJK', randomCjk()],
  ];
  for (const [name, text] of texts) {
    const set = setScan(terms, text);
    const counts = [matcher.findAll(text).length, naiveIndexOf(terms, text).length, set().length];
    const same = counts.every((c) => c === counts[0]);
    console.log(
      `  (c) ${name}: ${text.length} chars, hits AC/indexOf/set = ${counts.join('/')}${same ? '' : ' MISMATCH'}`,
    );
    for (const [baseline, fn] of [
      ['naive indexOf per term', () => void naiveIndexOf(terms, text)],
      ['Set-of-substrings scan', () => void set()],
    ] as const) {
      const r = pairs(() => void matcher.findAll(text), fn);
      printPair('', 'Aho–Corasick findAll', baseline, r);
      goal({
        id: 'c',
        measure: `matcher on ${name.split(' (')[0]} / ${baseline}`,
        figure: `${times(r.ratio.median)} (p95 ${times(r.ratio.p95)}; ${ms(r.a.median)} vs ${ms(r.b.median)}; CPU ${times(r.cpuRatio.median)})`,
        goal: '< 1× (automaton faster)',
        pass: same && r.ratio.median < 1 && r.cpuRatio.median < 1,
      });
    }
  }
}
