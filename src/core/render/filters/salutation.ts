import { scalarText, type FilterDoc } from './filter-doc';
import { EITHER, honorific } from './honorific';
import { surname } from './surname';

/**
 * How to address a borrower: surname + honorific when the gender is known (周先生, 欧阳女士, 阿依古丽女士), the full name
 * when it is not (周子墨), so that `{{ borrower.name | salutation: borrower.gender }}您好` reads right for everyone.
 */
export function salutation(name: unknown, gender?: unknown): string {
  const full = scalarText(name, 'salutation').replace(/\s+/g, '');
  const title = honorific(gender);
  return title === EITHER ? full : surname(full) + title;
}

export const salutationDoc: FilterDoc = {
  name: 'salutation',
  zh: '称呼：{{ borrower.name | salutation: borrower.gender }}。性别已知时为姓氏加称谓（周先生、欧阳女士），未知时为全名（周子墨），后接“您好”均通顺。',
  en: 'Salutation: {{ borrower.name | salutation: borrower.gender }}. Surname + honorific when the gender is known (周先生, 欧阳女士), the full name when it is not (周子墨); followed by 您好 it reads right either way.',
  args: 'gender: 男 | 女 | 未知',
  examples: [
    { input: '周子墨', args: ['男'], output: '周先生' },
    { input: '欧阳娜娜', args: ['女'], output: '欧阳女士' },
    { input: '周子墨', args: ['未知'], output: '周子墨' },
    { input: '阿依古丽·买买提', args: ['女'], output: '阿依古丽女士' },
  ],
  apply: salutation,
};
