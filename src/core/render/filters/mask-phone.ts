import { scalarText, type FilterDoc } from './filter-doc';

/** Keeps the first 3 and last 4 digits of a mobile number (spaces, dashes and a +86 prefix dropped). */
export const maskPhone: FilterDoc = {
  name: 'mask_phone',
  zh: '手机号脱敏：保留前3位和后4位，如 138****5678。',
  en: 'Masks a mobile number: keeps the first 3 and the last 4 digits, e.g. 138****5678.',
  examples: [
    { input: '13812345678', output: '138****5678' },
    { input: '+86 138-1234-5678', output: '138****5678' },
    { input: 13812345678, output: '138****5678' },
  ],
  apply(value) {
    const s = scalarText(value, 'mask_phone')
      .replace(/[\s-]+/g, '')
      .replace(/^(\+|00)86(?=1\d{10}$)/, '');
    if (s.length >= 8) return s.slice(0, 3) + '*'.repeat(s.length - 7) + s.slice(-4);
    if (s.length > 4) return '*'.repeat(s.length - 4) + s.slice(-4);
    return '*'.repeat(s.length);
  },
};
