import { eachClause } from './clause-bounds';
import { READER_CIRCLE } from './pressure-turn';
import { type Span, spanPusher } from './spans';

/**
 * How courts serve their documents, told as the rule (法院文书依法通过法院专递、电子送达平台等方式送达; 法院如受理与您有关的
 * 案件，会通过电子送达平台正式送达; 真实的法院文书以法院依法送达为准): the sentence, when it is general — a condition or
 * a rule of form — and announces nothing done or about to be done to the reader.
 */
const SERVICE_RULE = /法院专递|电子送达|依法送达|正式送达|送达为准|12368/u;
const GENERAL_FORM =
  /(?:如|若|如果|一旦)(?:人民)?法院?(?:受理|立案)|(?:真实的|正式的?|所有|任何)?(?:法院)?(?:文书|传票)(?:须|应|均|只会|只能|依法|会|将)?(?:以|通过|经)|须依法送达|为准|12368/u;
const SERVICE_TURNS =
  /已|明天|今天|今晚|马上|立即|立刻|上门|家|单位|同事|亲友|领导|父母|邻居|朋友|拘留|坐牢|抓|逮捕|冻结|查封|否则|不还|再不/u;

/** The court's judgment as what decides (诉讼结果以人民法院判决为准): the clause. */
const COURT_RESULT = /(?:以|由)(?:人民)?法院(?:的)?(?:生效)?(?:判决|裁定|认定|决定)为准/u;

/**
 * Litigation as a possibility and its costs (长期拖欠可能被依法起诉，并承担诉讼费): the clause naming the court costs, when
 * the sentence makes the suit a possibility, not a fact.
 */
const SUIT_POSSIBLE = /(?:可能|或将|或会|有权|可以|可)(?:被)?(?:依法)?(?:起诉|提起诉讼|通过诉讼|向法院起诉)/u;
const COURT_COSTS = /(?:承担|负担)[^，,。；;！？!?\n]{0,6}?诉讼费(?:用)?/u;
const COSTS_TURN = /已|律师费|上门费|催收费|差旅费|全部|一切/u;

/**
 * Notice promised before any step (在任何诉讼程序启动之前，我们都会书面通知您): the promise, when the reader, not someone
 * of theirs, is the one told.
 */
const NOTICE_BEFORE =
  /(?:在|于)[^。！？!?\n]{0,14}?(?:之前|以前|前)[，,]?(?:我们|我司|本公司|本行|我行)?(?:都|均|一定|也)?(?:会|将)(?:提前|事先)?(?:以)?(?:书面|电话|短信)?(?:形式|方式)?(?:通知|告知)(?:您|你)(?:本人)?(?![的家父母单同亲朋])/u;

/** Lawful statements of legal process in one sentence: how courts serve, what decides, costs of a possible suit, notice before. */
export function legalProcessFrames(sentence: string, base: number, out: Span[]): void {
  const push = spanPusher(out, base);
  const serviceRule = GENERAL_FORM.test(sentence) && !SERVICE_TURNS.test(sentence);
  eachClause(sentence, (clause, at) => {
    if (serviceRule && SERVICE_RULE.test(clause)) push(at, at + clause.length);
    if (COURT_RESULT.test(clause)) push(at, at + clause.length);
    if (COURT_COSTS.test(clause) && !COSTS_TURN.test(clause) && SUIT_POSSIBLE.test(sentence))
      push(at, at + clause.length);
  });
  const notice = NOTICE_BEFORE.exec(sentence);
  // NOTE: a notice before a step that reaches others (在联系您的家人和单位之前…) promises the reader nothing.
  if (notice && !READER_CIRCLE.test(notice[0])) push(notice.index, notice.index + notice[0].length);
}
