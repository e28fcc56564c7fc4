/** The text without its quotations: what another sender wrote is no act of ours. */
export const unquoted = (text: string): string => text.replace(/[“"「][^”"」\n]*[”"」]/gu, '');

/**
 * Inside a lawful span, the reader's own people or places named in the informal 你 a lawful notice does not use, or the
 * sender's own next step (…仲裁后你全家都要替你还, 那就是我们的人, 我们明天派人去你父母家): the span is pressure, not a
 * notice — unless a negation governs it (我们不会去你家).
 */
const INFORMAL_CIRCLE =
  /你(?:的)?(?:家|单位|公司|老家|父母|爸|妈|老婆|老公|孩子|子女|全家|哥|姐|弟|妹|领导|同事|朋友|亲戚)|(?:我们|我司)(?:的人|明天|今天|今晚|马上|已经派|已派|将派|会派|就去|直接|还会|再)|派人(?:去|到)|直接(?:上门|去)|(?:我们|我司)(?:会|将|已|也会|已经|就会|还会)(?:(?!停止|暂停|取消|不|没|未|无)[^，,。；;！？!?\n]){0,16}?(?:您|你)的?(?:家人|父母|单位|同事|邻居|亲友|小区|朋友圈|家族群|紧急联系人|领导)/gu;
/** …unless a negation governs it: one shortly before (我们不会去你家)… */
const NEGATED_BEFORE =
  /(?:不会|绝不|决不|从不|从未|不得|不再|无权|禁止|严禁)(?:(?!而是|但|却|就|直接|改为)[^，,。；;！？!?\n]){0,10}$/u;
/** …or one right after it (你家人没有还款义务). */
const NEGATED_AFTER = /^[^，,。；;！？!?\n]{0,6}?(?:没有|无|不承担|不需要?|无需|不会|不必|不用|不负)/u;
export function pressesInside(span: string): boolean {
  const spanText = unquoted(span);
  for (const m of spanText.matchAll(INFORMAL_CIRCLE)) {
    const after = spanText.slice(m.index + m[0].length, m.index + m[0].length + 12);
    const before = spanText.slice(Math.max(0, m.index - 16), m.index);
    if (!NEGATED_BEFORE.test(before) && !NEGATED_AFTER.test(after)) return true;
  }
  return false;
}

/**
 * A clause that only says the reader asked for what follows (应您本人要求，我们已停止联系您的父母; 按照您的意愿，…): a lawful
 * span right after it takes it in, so a hit that starts in it is excused too.
 */
export const PER_REQUEST =
  /(?:应|根据|按照?|遵照|依照)(?:您|你)(?:本人)?的?(?:要求|意愿|申请|请求)[，,]?(?:我们|我司)?$/u;
