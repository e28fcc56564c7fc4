import { amountOf, FilterInputError, type FilterDoc } from './filter-doc';

const DIGITS = '零壹贰叁肆伍陆柒捌玖';
const UNITS = ['', '拾', '佰', '仟'] as const;
const MAX = 1e12;

const digit = (d: number): string => DIGITS.charAt(d);

/** 0 < n < 10^4: 1001 → 壹仟零壹, 1010 → 壹仟零壹拾 (one 零 for any run of inner zeros, none trailing). */
function below10k(n: number): string {
  let out = '';
  let pendingZero = false;
  for (let pos = 3; pos >= 0; pos--) {
    const d = Math.floor(n / 10 ** pos) % 10;
    if (d === 0) {
      pendingZero = out !== '';
      continue;
    }
    out += (pendingZero ? '零' : '') + digit(d) + UNITS[pos];
    pendingZero = false;
  }
  return out;
}

/** 0 < n ≤ 10^12, an integer: sections of 亿 and 万 with 零 where a section starts below its top digit. */
function integerPart(n: number): string {
  for (const [size, unit] of [
    [1e8, '亿'],
    [1e4, '万'],
  ] as const) {
    if (n >= size) {
      const hi = Math.floor(n / size);
      const lo = n % size;
      const rest = lo === 0 ? '' : (lo < size / 10 ? '零' : '') + integerPart(lo);
      return integerPart(hi) + unit + rest;
    }
  }
  return below10k(n);
}

/**
 * Chinese financial uppercase amount (大写金额) without the 人民币 prefix (templates write it), following the PBoC
 * 《正确填写票据和结算凭证的基本规定》: one 零 for a run of inner zeros; where the rule lets a 零 be written or
 * not (万位 zero before a non-zero 千位; 元位 zero before a non-zero 角位) the first form of its worked examples:
 * none after 万, one after 元 (壹拾万柒仟元零伍角叁分, 壹仟陆佰捌拾元零叁角贰分); 零 after 元 when 角 is zero and
 * 分 is not (叁佰贰拾伍元零肆分); 整 when the amount stops at 元 or 角 (the regulation allows it after 角 and the
 * invoice rules require it), never after 分.
 */
export function rmbUpper(value: unknown): string {
  const n = amountOf(value, 'rmb_upper');
  if (n < 0) throw new FilterInputError(`rmb_upper cannot write a negative amount (${n})`, 'negative', String(n));
  if (n > MAX) {
    throw new FilterInputError(`rmb_upper supports amounts up to 1,000,000,000,000 (got ${n})`, 'too-large', String(n));
  }
  const cents = Math.round(n * 100);
  const yuan = Math.floor(cents / 100);
  const jiao = Math.floor(cents / 10) % 10;
  const fen = cents % 10;
  if (cents === 0) return '零元整';
  let out = yuan > 0 ? integerPart(yuan) + '元' : '';
  if (jiao === 0 && fen === 0) return out + '整';
  if (yuan > 0 && (jiao === 0 || yuan % 10 === 0)) out += '零';
  if (jiao > 0) out += digit(jiao) + '角';
  return fen > 0 ? out + digit(fen) + '分' : out + '整';
}

export const rmbUpperDoc: FilterDoc = {
  name: 'rmb_upper',
  zh: '人民币大写金额（按人民银行《正确填写票据和结算凭证的基本规定》，不含“人民币”三字），如 10000 → 壹万元整。负数、非数字或超过1万亿时报错。',
  en: 'Chinese uppercase RMB amount as the PBoC rules for bills write it (without the 人民币 prefix), e.g. 10000 → 壹万元整. Negative, non-numeric or > 10^12 is an error.',
  examples: [
    { input: 10000, output: '壹万元整' },
    { input: 1234.56, output: '壹仟贰佰叁拾肆元伍角陆分' },
    { input: '100100', output: '壹拾万零壹佰元整' },
    { input: 1680.32, output: '壹仟陆佰捌拾元零叁角贰分' },
    { input: 0.5, output: '伍角整' },
  ],
  apply: rmbUpper,
};
