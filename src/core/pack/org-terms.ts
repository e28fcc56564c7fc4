import type { OrgTerms } from './schema';

const CATEGORY_ZH: Record<string, string> = {
  threat: '威胁',
  impersonation: '冒充',
  third_party: '第三方',
  insult: '侮辱',
  false_consequence: '虚假后果',
  privacy: '隐私',
  fees_inducement: '费用诱导',
  marketing: '营销',
};

/** An organisation's term list as an ordinary `terms` rule file (validated and compiled like any other). */
export function orgTermsRuleFile(t: OrgTerms): Record<string, unknown> {
  const zh = CATEGORY_ZH[t.category] ?? t.category;
  return {
    kind: 'terms',
    severity: t.severity,
    category: t.category,
    target: 'output',
    title: t.title ?? { zh: `机构禁用语（${zh}）`, en: `Organisation term (${t.category})` },
    message: {
      zh: '本机构规则包禁止使用“{match}”',
      en: 'The organisation’s rule pack bans “{match}”',
    },
    basis: [{ source: '机构规则包（法务部决定）', kind: 'decision', label: 'I', note: t.reason }],
    params: { terms: t.terms, ...(t.allow ? { allow: t.allow } : {}) },
    examples: {
      pass: ['您好，请按时还款。', '感谢您按时还款。', ...(t.allow ?? [])],
      fail: [...t.terms, `请注意：${t.terms[0] ?? ''}`],
    },
  };
}
