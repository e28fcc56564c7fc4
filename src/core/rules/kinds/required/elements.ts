import type { Matchable } from '../../../match/matchable';
import { anyRegex, type RegexList } from '../../../match/regexes';
import type { Sample } from '../../../samples/schema';
import { normalisedSampleValue } from '../../sample-values';
import { hasDigitAmount, hasUpperAmount } from './amount-scan';

export const ELEMENTS = [
  'signature',
  'amount',
  'date_or_days',
  'repayment_channel',
  'hotline',
  'institution',
  'custom',
] as const;
export type Element = (typeof ELEMENTS)[number];

const CN_NUM = '一二三四五六七八九十百两';

/**
 * Built-in recognisers, tried on the normalised text and on the original (normalising can drop ¥ before digits).
 * Amounts before a unit (1,234.56元, 壹万元) are found by amount-scan.ts: as regexes they backtrack quadratically.
 */
export const BUILT_IN: Readonly<Record<Exclude<Element, 'signature' | 'custom'>, readonly RegExp[]>> = {
  amount: [/(?:[¥￥]|rmb|人民币)\s{0,3}[\d０-９]/iu],
  date_or_days: [
    /\d{4}年\d{1,2}月\d{1,2}[日号]/u,
    /\d{4}[-/.]\d{1,2}[-/.]\d{1,2}/u,
    /\d{1,2}月\d{1,2}[日号]/u,
    new RegExp(`逾期(?:已)?(?:\\d{1,6}|[${CN_NUM}]{1,8})(?:天|日)`, 'u'),
  ],
  repayment_channel: [/app|官方渠道|官方网站|官网|客户端|小程序|公众号|还款入口|还款页面|https?:|www\./iu],
  hotline: [/(?<!\d)400-?\d{3}-?\d{4}(?!\d)/u, /(?<!\d)95\d{3,6}(?!\d)/u, /(?<!\d)0\d{2,3}-?\d{7,8}(?!\d)/u],
  institution: [/有限公司|银行|消费金融|小额贷款|小贷|融资担保/u],
};

/** Sample fields whose value, when present in the text, satisfies the element. */
const FROM_SAMPLE: Partial<Record<Element, readonly string[]>> = {
  repayment_channel: ['platform.app_name', 'platform.website'],
  hotline: ['platform.hotline', 'agency.hotline'],
  institution: ['platform.name', 'lender.name', 'lender.short_name', 'agency.name', 'agency.short_name'],
};

const testOne = (re: RegExp, s: string): boolean => {
  re.lastIndex = 0;
  return re.test(s);
};

/** Whether a built-in recogniser of `element` finds it in `s`. */
function builtInFound(element: keyof typeof BUILT_IN, s: string): boolean {
  const regexes = BUILT_IN[element];
  for (let i = 0; i < regexes.length; i++) if (testOne(regexes[i]!, s)) return true;
  return element === 'amount' && (hasDigitAmount(s) || hasUpperAmount(s));
}

/** Whether `element` is present in the rendered text of `sample`. */
export function hasElement(
  element: Element,
  text: Matchable,
  sample: Sample,
  signature: RegExp,
  extra: RegexList,
): boolean {
  if (extra.length > 0 && anyRegex(extra, text.norm)) return true;
  if (element === 'custom') return false;
  if (element === 'signature') return signature.test(text.text);
  if (builtInFound(element, text.norm) || builtInFound(element, text.text)) return true;
  return (FROM_SAMPLE[element] ?? []).some((path) => {
    const norm = normalisedSampleValue(sample, path);
    return norm.length > 0 && text.norm.includes(norm);
  });
}

/** Leading 【…】 of min–max characters (non-blank) at the very start of the original text. */
export function signatureRegex(min: number, max: number): RegExp {
  return new RegExp(`^【(?=[^【】]{0,${max - 1}}[^\\s【】])[^【】]{${min},${max}}】`, 'u');
}
