import type { FilterDoc } from './filter-doc';

const MALE = new Set(['男', 'm', 'male', '先生']);
const FEMALE = new Set(['女', 'f', 'female', '女士']);

/**
 * 男 → 先生, 女 → 女士, anything else (未知, missing) → '' so that
 * `{{ borrower.name | surname }}{{ borrower.gender | honorific }}您好` still reads well.
 */
export function honorific(value: unknown): string {
  const key = typeof value === 'string' ? value.trim().toLowerCase() : '';
  if (MALE.has(key)) return '先生';
  if (FEMALE.has(key)) return '女士';
  return '';
}

export const honorificDoc: FilterDoc = {
  name: 'honorific',
  zh: '由性别得出称谓：男 → 先生，女 → 女士，未知 → 空（后接“您好”仍通顺）。',
  en: "Honorific from gender: 男 → 先生, 女 → 女士, unknown → '' (so a following 您好 still reads well).",
  examples: [
    { input: '男', output: '先生' },
    { input: '女', output: '女士' },
    { input: '未知', output: '' },
  ],
  apply: honorific,
};
