import type { Rule } from '../rules/rule';
import type { ModelCategory } from './model-types';

/** The finding id of a model signal: `model/<category>` (rule id and message id alike). */
export const modelFindingId = (category: ModelCategory): string => `model/${category}`;

/** Per category: its short name (zh, en) and what such a message does (zh, en), for the title and the message. */
const WORDS: Record<ModelCategory, readonly [string, string, string, string]> = {
  threat: ['威胁', 'threat', '威胁', 'a threatening'],
  third_party: ['第三方', 'third party', '向第三方施压', 'a third-party pressure'],
  impersonation: ['冒充', 'impersonation', '冒充公检法或机构', 'an impersonating'],
  false_consequence: ['虚假后果', 'false consequence', '虚构后果', 'a false-consequence'],
  insult: ['侮辱', 'insult', '侮辱', 'an insulting'],
  privacy: ['隐私', 'privacy', '泄露隐私', 'a privacy-leaking'],
};

/** What a model finding needs from its "rule" (the check's collector takes rules and built-in findings alike). */
export type ModelFindingSource = Pick<Rule, 'id' | 'category' | 'severity' | 'title' | 'message' | 'basis'>;

/** A warning of its category, never blocking on its own, with no legal basis of its own: a second opinion. */
function findingSource(category: ModelCategory): ModelFindingSource {
  const [zh, en, zhKind, enKind] = WORDS[category];
  return {
    id: modelFindingId(category),
    category,
    severity: 'warning',
    title: { zh: `模型信号：${zh}`, en: `Model signal: ${en}` },
    message: {
      zh: `读起来像${zhKind}类催收短信（模型信号）：{value}`,
      en: `Reads like ${enKind} collection message (model signal): {value}`,
    },
    basis: [],
  };
}

/** The finding source of each category's `model/<category>` finding. */
export const MODEL_FINDINGS: Readonly<Record<ModelCategory, ModelFindingSource>> = {
  threat: findingSource('threat'),
  third_party: findingSource('third_party'),
  impersonation: findingSource('impersonation'),
  false_consequence: findingSource('false_consequence'),
  insult: findingSource('insult'),
  privacy: findingSource('privacy'),
};
