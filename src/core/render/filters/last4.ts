import { scalarText, type FilterDoc } from './filter-doc';

/** The last 4 characters (spaces and dashes dropped), for "尾号1234". */
export const last4: FilterDoc = {
  name: 'last4',
  zh: '取后4位（如卡号、手机号尾号），用法：尾号{{ loan.bank_card | last4 }}。',
  en: 'The last 4 characters (card or phone tail), e.g. 尾号{{ loan.bank_card | last4 }}.',
  examples: [
    { input: '6222021234567891234', output: '1234' },
    { input: '138-1234-5678', output: '5678' },
    { input: 12, output: '12' },
  ],
  apply(value) {
    return scalarText(value, 'last4')
      .replace(/[\s-]+/g, '')
      .slice(-4);
  },
};
