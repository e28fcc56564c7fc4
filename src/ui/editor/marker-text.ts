import { instrumentOf, type Lang, type LegalBasis } from '../../core/model';
import type { MessageKey } from '../i18n/messages';

type T = (key: MessageKey, params?: Record<string, string | number>) => string;

/** How many instruments a marker's hover cites before "and N more" (the rule catalog lists them all). */
export const BASIS_SHOWN = 2;

/** One instrument and its article, e.g. 《民法典》第1024条; in English the Chinese name keeps its English gloss. */
export function basisLabel(basis: LegalBasis, lang: Lang): string {
  const gloss = lang === 'en' ? instrumentOf(basis.source)?.gloss : undefined;
  return `${basis.source}${gloss ? ` (${gloss}) ` : ''}${basis.article ?? ''}`;
}

/** A marker's text: the rule's title and message, then its legal basis (instrument + article) on a line of its own. */
export function markerMessage(
  words: { title: string; message: string },
  basis: readonly LegalBasis[] | undefined,
  lang: Lang,
  t: T,
): string {
  const head = `${words.title}：${words.message}`;
  if (!basis || basis.length === 0) return head;
  const shown = basis
    .slice(0, BASIS_SHOWN)
    .map((b) => basisLabel(b, lang))
    .join(lang === 'zh' ? '；' : '; ');
  const more = basis.length > BASIS_SHOWN ? ` ${t('marker.moreBasis', { count: basis.length - BASIS_SHOWN })}` : '';
  return `${head}\n${t('marker.basis', { list: shown + more })}`;
}

export { ruleLink, ruleIdOfLink } from './rule-link';
