import type { FindingSource } from './collect';

/** A sample has no value for a variable the template prints: that sample's message has a hole. */
export const MISSING_VALUE: FindingSource = {
  id: 'template/missing-value',
  category: 'template',
  severity: 'warning',
  title: { zh: '样本缺少变量值', en: 'Sample lacks a value' },
  message: {
    zh: '变量 {variable} 在样本 {sample} 中没有值，渲染结果为空',
    en: '{variable} renders empty for sample {sample}',
  },
  basis: [],
};
