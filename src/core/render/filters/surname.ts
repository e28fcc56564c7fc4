import { scalarText, type FilterDoc } from './filter-doc';

/** Two-character (复姓) surnames in use today; a name starting with one of these keeps both characters. */
export const COMPOUND_SURNAMES: readonly string[] = [
  '欧阳',
  '司马',
  '上官',
  '诸葛',
  '东方',
  '皇甫',
  '尉迟',
  '公孙',
  '慕容',
  '长孙',
  '宇文',
  '司徒',
  '夏侯',
  '轩辕',
  '令狐',
  '钟离',
  '端木',
  '独孤',
  '南宫',
  '万俟',
  '闻人',
  '百里',
  '东郭',
  '西门',
  '呼延',
  '澹台',
  '公冶',
  '太史',
  '申屠',
  '司空',
  '赫连',
  '濮阳',
  '淳于',
  '仲孙',
  '宰父',
  '谷梁',
  '拓跋',
  '左丘',
  '梁丘',
  '第五',
  '鲜于',
  '公羊',
  '羊舌',
  '微生',
  '乐正',
  '壤驷',
  '漆雕',
  '巫马',
  '亓官',
  '司寇',
  '子车',
  '颛孙',
  '段干',
  '东门',
  '公西',
  '南门',
];

/** Middle dots used between the parts of transliterated names (阿依古丽·买买提). */
const NAME_SEPARATOR = /[·•・‧．.]/;
const CJK = /^[\u3400-\u9fff\uf900-\ufaff]/;

/**
 * The surname to address someone by: 张三 → 张, 欧阳娜娜 → 欧阳.
 * Names with a middle dot (Uyghur, transliterated) put the given name first, so the whole first
 * part is returned (阿依古丽·买买提 → 阿依古丽); a name not starting with a CJK character is returned whole.
 */
export function surname(value: unknown): string {
  const text = scalarText(value, 'surname');
  if (!CJK.test(text)) return text;
  const name = text.replace(/\s+/g, '');
  const first = name.split(NAME_SEPARATOR)[0] ?? '';
  if (first !== name) return first;
  const two = name.slice(0, 2);
  return COMPOUND_SURNAMES.includes(two) ? two : name.slice(0, 1);
}

export const surnameDoc: FilterDoc = {
  name: 'surname',
  zh: '取姓氏：张三 → 张；识别复姓（欧阳娜娜 → 欧阳）；带“·”的姓名取第一段（阿依古丽·买买提 → 阿依古丽）。',
  en: 'Surname: 张三 → 张; compound surnames (欧阳娜娜 → 欧阳); names with "·" give their first part (阿依古丽·买买提 → 阿依古丽).',
  examples: [
    { input: '张三', output: '张' },
    { input: '欧阳娜娜', output: '欧阳' },
    { input: '司马相如', output: '司马' },
    { input: '阿依古丽·买买提', output: '阿依古丽' },
  ],
  apply: surname,
};
