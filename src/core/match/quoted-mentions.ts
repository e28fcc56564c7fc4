import { simplifiedOriginal } from './simplified-original';
import type { Span } from './spans';

const QUOTED = /[“"「『‘]([^“”"「」『』‘’\n]{1,30})[”"」』’]/g;
const SENTENCE_END = /[。！？!?\n]/;
/** Words that make a sentence a scam warning or a denial: what it quotes is mentioned, not said to the reader. */
const MENTION_CUE =
  /诈骗|骗局|冒充|伪造|假冒|仿冒|冒用|不法分子|骗子|谎称|自称|声称|传言|谣言|并非我司|非我司所为|(?:并?非|不是)本(?:平台|公司|司|行)|说法不实|不实信息|内容不实|(?:请勿|切勿|勿|不要)(?:轻信|相信|理会|转账|汇款)|请先核实|郑重声明|(?:都是|均为|均属|属于|多为|多是|多属|纯属|均系)(?:违法|非法)?(?:恐吓|威胁|骚扰)|(?:都|均|一律)?不可(?:信|相信)|真伪|(?:您|用户|客户|有人)(?:反映|投诉|举报)|scam|fraud/i;

/**
 * A conditional receipt or encounter (如您收到, 若收到, 如您遭遇, 如您的好友收到…, or a sentence that opens with 收到) before
 * the quote: with a cue of what to
 * do about it (请投诉, 举报, 核实…) the quote is what someone else sent. Without the condition, "你家人会收到“…”的短信"
 * is a threat and stays one.
 */
const RECEIPT_FRAME =
  /(?:如果|如|若|假如|倘若|一旦|万一|凡)(?:您|你|用户|客户)?(?:的?[\p{Script=Han}]{1,4}?)?(?:收到|接到|遭遇|遇到|碰到|看到)|^(?:【[^】]{0,12}】)?(?:[^，。：:]{0,8}[：:])?(?:收到|接到)/u;
/** A denial right before the quote (不存在“上报公安”的情况, 从未“联网”): that quote only is denied. */
const DENIED_BEFORE = /(?:不存在|从未|并无|没有)(?:所谓的?|任何|什么)?$/;
const RECEIPT_CUE = /投诉|举报|报警|核实|核查|查询|理会|挂断|拉黑|删除|告知|告诉|官方|客服|保留证据/;

/**
 * Words right after a quote — or after a list of quotes (以「影响子女上学」「坐牢」等说法) — that make it a name for
 * something, not a statement (以“公检法”名义, “…”的说法不实, “穷”“没出息”等侮辱性语言, “立案通知”类短信).
 */
const REFERENCE_WORD =
  '(?:(?:等|之类的?)?(?:名义|為由|为由|相威胁|相威脅|的?说法|的?說法|字样|字樣|话术|話術)|等(?:侮辱性|威胁性|威脅性|恐吓性|恐嚇性|攻击性|攻擊性|不文明|不当|不當|违规|違規)?(?:语言|語言|言语|言語|用语|用語|字眼|词语|詞語|话语|話語|表述)|类(?:短信|信息|消息|通知|电话)|類(?:短信|簡訊|信息|訊息|消息|通知|電話))';
const MORE_QUOTES = '(?:[、，,和及或与]?[“"「『‘][^“”"「」『』‘’\\n]{1,30}[”"」』’]){0,8}';
const REFERENCE_AFTER = new RegExp(`^${MORE_QUOTES}${REFERENCE_WORD}`);
const ANY_REFERENCE = new RegExp(`[”"」』’]${MORE_QUOTES}${REFERENCE_WORD}`);
const QUICK_CUE = new RegExp(`${MENTION_CUE.source}|收到|接到|遭遇|遇到|碰到|看到|不存在|从未|并无|没有`, 'iu');

/** The sentence around a quote: from after the previous sentence end to the end of the next sentence. */
function sentenceWindow(text: string, start: number, end: number): { from: number; to: number } {
  let from = start;
  while (from > 0 && !SENTENCE_END.test(text[from - 1]!)) from--;
  let to = end;
  let ends = 0;
  while (to < text.length && ends < 2) {
    if (SENTENCE_END.test(text[to]!)) ends++;
    to++;
  }
  return { from, to };
}

/** `text` with every quoted stretch blanked: a cue must be the sender's own word, not part of what is quoted. */
const unquoted = (text: string): string => text.replace(QUOTED, (q) => '“' + '\u3000'.repeat(q.length - 2) + '”');

/**
 * Original-text ranges of quoted words that a scam warning or a denial mentions (冒充“网警”, 收到“您已被列入失信名单”的短信？
 * 这是诈骗, 以“爆通讯录”相威胁的并非我司所为, 如您收到“立案通知”，请拨打官方客服核实): the sentence holding the quote, or the
 * next one, carries a mention cue outside the quotes, or a conditional receipt before the quote and a cue after it.
 */
export function quotedMentions(text: string): Span[] {
  const simple = simplifiedOriginal(text);
  if (!QUICK_CUE.test(simple) && !ANY_REFERENCE.test(text)) return [];
  const bare = unquoted(simple);
  const out: Span[] = [];
  for (const m of text.matchAll(QUOTED)) {
    const start = m.index + 1;
    const end = start + m[1]!.length;
    const after = m.index + m[0].length;
    const named = REFERENCE_AFTER.test(text.slice(after));
    const { from, to } = sentenceWindow(text, m.index, after);
    const window = bare.slice(from, to);
    const cued = MENTION_CUE.test(window);
    const received = !cued && RECEIPT_FRAME.test(bare.slice(from, m.index)) && RECEIPT_CUE.test(bare.slice(after, to));
    const denied = DENIED_BEFORE.test(bare.slice(from, m.index));
    if (named || cued || received || denied) out.push({ start, end });
  }
  return out;
}
