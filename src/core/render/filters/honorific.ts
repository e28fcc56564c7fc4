import type { FilterDoc } from './filter-doc';

const MALE = new Set(['男', 'm', 'male', '先生']);
const FEMALE = new Set(['女', 'f', 'female', '女士']);
/** What an unknown gender (未知, missing) is addressed as: after a surname it still reads right (周先生/女士您好). */
export const EITHER = '先生/女士';

/** 男 → 先生, 女 → 女士, anything else (未知, missing) → 先生/女士. */
export function honorific(value: unknown): string {
  const key = typeof value === 'string' ? value.trim().toLowerCase() : '';
  if (MALE.has(key)) return '先生';
  if (FEMALE.has(key)) return '女士';
  return EITHER;
}

export const honorificDoc: FilterDoc = {
  name: 'honorific',
  zh: '由性别得出称谓：男 → 先生，女 → 女士，未知 → 先生/女士（接在姓氏后仍通顺：周先生/女士您好）。称呼全名可用 salutation。',
  en: 'Honorific from gender: 男 → 先生, 女 → 女士, unknown → 先生/女士 (after a surname it still reads right). For a full salutation use salutation.',
  examples: [
    { input: '男', output: '先生' },
    { input: '女', output: '女士' },
    { input: '未知', output: '先生/女士' },
  ],
  apply: honorific,
};
