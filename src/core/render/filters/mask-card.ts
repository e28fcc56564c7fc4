import { scalarText, type FilterDoc } from './filter-doc';

/** Shows a bank card as `**** **** **** 1234` whatever its length; values under 8 digits are fully masked. */
export const maskCard: FilterDoc = {
  name: 'mask_card',
  zh: '银行卡号脱敏：只显示后4位，如 **** **** **** 1234。',
  en: 'Masks a bank card number: only the last 4 digits, as **** **** **** 1234.',
  examples: [
    { input: '6222021234567891234', output: '**** **** **** 1234' },
    { input: '6222 0212 3456 7890', output: '**** **** **** 7890' },
  ],
  apply(value) {
    const s = scalarText(value, 'mask_card').replace(/[\s-]+/g, '');
    if (s.length >= 8) return `**** **** **** ${s.slice(-4)}`;
    return '*'.repeat(s.length);
  },
};
