import type { Span } from './spans';

const QUOTED = /[“"「『‘]([^“”"「」『』‘’\n]{1,30})[”"」』’]/g;
const SENTENCE_END = /[。！？!?\n]/;
/** Words that make a sentence a scam warning or a denial: what it quotes is mentioned, not said to the reader. */
const MENTION_CUE =
  /诈骗|詐騙|骗局|騙局|冒充|伪造|偽造|假冒|仿冒|冒用|不法分子|骗子|騙子|谎称|謊稱|自称|自稱|声称|聲稱|传言|傳言|谣言|謠言|并非我司|並非我司|非我司所为|请勿相信|请勿理会|切勿相信|不要相信|郑重声明|scam|fraud/i;

/**
 * Words right after a quote — or after a list of quotes (以「影响子女上学」「坐牢」等说法) — that make it a name for
 * something, not a statement (以“公检法”名义, “…”的说法不实).
 */
const REFERENCE_WORD = '(?:等|之类的?)?(?:名义|為由|为由|相威胁|相威脅|的?说法|的?說法|字样|字樣|话术|話術)';
const MORE_QUOTES = '(?:[、，,和及或与]?[“"「『‘][^“”"「」『』‘’\\n]{1,30}[”"」』’]){0,8}';
const REFERENCE_AFTER = new RegExp(`^${MORE_QUOTES}${REFERENCE_WORD}`);
const ANY_REFERENCE = new RegExp(`[”"」』’]${MORE_QUOTES}${REFERENCE_WORD}`);

/** The sentence around `at`: from after the previous sentence end to the end of the next sentence. */
function sentenceWindow(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && !SENTENCE_END.test(text[from - 1]!)) from--;
  let to = end;
  let ends = 0;
  while (to < text.length && ends < 2) {
    if (SENTENCE_END.test(text[to]!)) ends++;
    to++;
  }
  return text.slice(from, to);
}

/**
 * Original-text ranges of quoted words that a scam warning or a denial mentions (冒充“网警”, 收到“您已被列入失信名单”的短信？
 * 这是诈骗, 以“爆通讯录”相威胁的并非我司所为): the sentence holding the quote, or the next one, carries a mention cue.
 */
export function quotedMentions(text: string): Span[] {
  if (!MENTION_CUE.test(text) && !ANY_REFERENCE.test(text)) return [];
  const out: Span[] = [];
  for (const m of text.matchAll(QUOTED)) {
    const start = m.index + 1;
    const end = start + m[1]!.length;
    const named = REFERENCE_AFTER.test(text.slice(m.index + m[0].length));
    if (named || MENTION_CUE.test(sentenceWindow(text, m.index, m.index + m[0].length))) out.push({ start, end });
  }
  return out;
}
