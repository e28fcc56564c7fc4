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

/** Chinese financial uppercase amount (大写金额), e.g. 壹仟贰佰叁拾肆元伍角陆分, 壹万元整. */
export function rmbUpper(value: unknown): string {
  const n = amountOf(value, 'rmb_upper');
  if (n < 0) throw new FilterInputError(`rmb_upper cannot write a negative amount (${n})`);
  if (n > MAX) throw new FilterInputError(`rmb_upper supports amounts up to 1,000,000,000,000 (got ${n})`);
  const cents = Math.round(n * 100);
  const yuan = Math.floor(cents / 100);
  const jiao = Math.floor(cents / 10) % 10;
  const fen = cents % 10;
  if (cents === 0) return '零元整';
  let out = yuan > 0 ? integerPart(yuan) + '元' : '';
  if (jiao === 0 && fen === 0) return out + '整';
  if (jiao > 0) out += digit(jiao) + '角';
  else if (yuan > 0) out += '零';
  if (fen > 0) out += digit(fen) + '分';
  return out;
}

export const rmbUpperDoc: FilterDoc = {
  name: 'rmb_upper',
  zh: '人民币大写金额（财务写法），如 10000 → 壹万元整。负数、非数字或超过1万亿时报错。',
  en: 'Chinese uppercase RMB amount (financial style), e.g. 10000 → 壹万元整. Negative, non-numeric or > 10^12 is an error.',
  examples: [
    { input: 10000, output: '壹万元整' },
    { input: 1234.56, output: '壹仟贰佰叁拾肆元伍角陆分' },
    { input: '100100', output: '壹拾万零壹佰元整' },
    { input: 0.5, output: '伍角' },
  ],
  apply: rmbUpper,
};
