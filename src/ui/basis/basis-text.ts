import { instrumentOf, type Lang, type LegalBasis } from '../../core/model';
import type { MessageKey } from '../i18n/messages';

type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** What a basis entry shows: the Chinese instrument name, in English with its gloss, and its kind and label. */
export interface BasisParts {
  name: string;
  /** English gloss of the instrument (English UI only, when the instrument is known) */
  gloss?: string;
  article?: string;
  kind: string;
  label: string;
  labelHint: string;
  url?: string;
  note?: string;
}

export function basisParts(basis: LegalBasis, lang: Lang, t: Translate): BasisParts {
  const gloss = lang === 'en' ? instrumentOf(basis.source)?.gloss : undefined;
  return {
    name: basis.source,
    ...(gloss ? { gloss } : {}),
    ...(basis.article ? { article: basis.article } : {}),
    kind: t(`basis.kind.${basis.kind}`),
    label: t(`basis.label.${basis.label}`),
    labelHint: t(`basis.labelHint.${basis.label}`),
    ...(basis.url ? { url: basis.url } : {}),
    ...(basis.note ? { note: basis.note } : {}),
  };
}

/** One line of text, e.g. 《个人信息保护法》 (Personal Information Protection Law) 第6条 [law · V1 verified in the text] — 最小必要. */
export function basisLine(basis: LegalBasis, lang: Lang, t: Translate): string {
  const p = basisParts(basis, lang, t);
  return [
    p.name,
    p.gloss ? ` (${p.gloss})` : '',
    p.article ? ` ${p.article}` : '',
    ` [${p.kind} · ${p.label}]`,
    p.note ? ` — ${p.note}` : '',
  ].join('');
}
