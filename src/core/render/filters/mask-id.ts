import { scalarText, type FilterDoc } from './filter-doc';

/** Keeps the region code (6) and the last 4 characters; shorter values keep at most the last 4. */
export const maskId: FilterDoc = {
  name: 'mask_id',
  zh: '身份证号脱敏：保留前6位和后4位，中间以 * 代替。',
  en: 'Masks a resident ID number: keeps the first 6 and the last 4 characters.',
  examples: [
    { input: '110101199003071234', output: '110101********1234' },
    { input: '11010119900307123X', output: '110101********123X' },
    { input: '110101900307123', output: '110101*****7123' },
  ],
  apply(value) {
    const s = scalarText(value, 'mask_id').replace(/\s+/g, '');
    if (s.length >= 14) return s.slice(0, 6) + '*'.repeat(s.length - 10) + s.slice(-4);
    if (s.length > 4) return '*'.repeat(s.length - 4) + s.slice(-4);
    return '*'.repeat(s.length);
  },
};
