import type { Lang } from '../../core/model';
import type { MessageKey } from '../i18n/messages';
import type { OverrideRow } from './pack-overrides';

type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

const severity = (s: string, t: Translate): string =>
  s === 'off' ? t('report.overrides.off') : t(`severity.${s as 'error' | 'warning' | 'info'}`);

/** How one override row reads in the report: its kind, the rule it concerns, and the change itself. */
export function overrideText(
  row: OverrideRow,
  t: Translate,
  lang: Lang,
): { kind: string; rule: string; change: string } {
  const kind = t(
    row.section === 'overrides'
      ? 'report.overrides.severity'
      : row.section === 'params'
        ? 'report.overrides.params'
        : row.section === 'terms'
          ? 'report.overrides.terms'
          : row.section === 'elements'
            ? 'report.overrides.elements'
            : 'report.overrides.examples',
  );
  const named = (title: string, id: string): string => (lang === 'zh' ? `${title}（${id}）` : `${title} (${id})`);
  const rule = row.ruleId === undefined ? '' : row.title ? named(row.title[lang], row.ruleId) : row.ruleId;
  const sep = lang === 'zh' ? '、' : ', ';
  let change = '';
  if (row.severity) {
    const to = severity(row.severity.to, t);
    change = row.severity.from ? `${severity(row.severity.from, t)} → ${to}` : to;
  } else if (row.params) {
    change = row.params.map((p) => `${p.name} = ${JSON.stringify(p.value)}`).join('; ');
  } else if (row.terms) {
    const { category, terms, allow } = row.terms;
    const listed = t('report.overrides.termsList', {
      category: t(`category.${category}`),
      severity: severity(row.terms.severity, t),
      terms: terms.join(sep),
    });
    change = allow?.length ? `${listed}${t('report.overrides.allow', { allow: allow.join(sep) })}` : listed;
  } else if (row.elements) {
    const colon = lang === 'zh' ? '：' : ': ';
    change = row.elements
      .map((e) => `${t(`report.overrides.element.${e.field}`)}${colon}${e.values.join(sep)}`)
      .join(lang === 'zh' ? '；' : '; ');
  } else if (row.examples) {
    change = t('report.overrides.examplesCount', row.examples);
  }
  return { kind, rule, change };
}
