import { amountOf, describe, FilterInputError, type FilterDoc } from './filter-doc';

const STYLES = ['¥', '元'] as const;
/** As rmb_upper: beyond this toFixed loses cents, and from 1e21 it prints `1e+21`. */
const MAX = 1e12;

/** Money with thousands separators and 2 decimals: ¥1,234.56, or 1,234.56元 with the `'元'` style. */
export function cny(value: unknown, style: unknown = '¥'): string {
  const n = amountOf(value, 'cny');
  if (!STYLES.some((s) => s === style)) {
    throw new FilterInputError(
      `cny style must be '¥' or '元', got ${JSON.stringify(style)}`,
      'bad-style',
      describe(style),
    );
  }
  if (Math.abs(n) > MAX) {
    throw new FilterInputError(`cny supports amounts up to 1,000,000,000,000 (got ${n})`, 'too-large', String(n));
  }
  const [int = '0', frac = '00'] = Math.abs(n).toFixed(2).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const sign = n < 0 && Math.abs(n) >= 0.005 ? '-' : '';
  return style === '元' ? `${sign}${grouped}.${frac}元` : `${sign}¥${grouped}.${frac}`;
}

export const cnyDoc: FilterDoc = {
  name: 'cny',
  zh: "人民币金额，千分位、两位小数：¥1,234.56；参数 '元' 时写作 1,234.56元。非数字或超过一万亿报错。",
  en: "RMB amount with thousands separators and 2 decimals: ¥1,234.56; with '元' → 1,234.56元. Non-numeric or above one trillion is an error.",
  args: "style?: '¥' | '元' (default '¥')",
  examples: [
    { input: 1234.56, output: '¥1,234.56' },
    { input: 1234.56, args: ['元'], output: '1,234.56元' },
    { input: '10000', output: '¥10,000.00' },
    { input: 0.5, args: ['元'], output: '0.50元' },
  ],
  apply: cny,
};
