import type { FieldInfo } from '../../core/model';
import type { FilterInfo } from '../../worker/protocol';
import type { EditorContext } from './context';
import { valueAt } from './expression';

const code = (text: string): string => '`' + text.replace(/`/g, "'") + '`';
const show = (value: unknown): string => (typeof value === 'string' ? value : (JSON.stringify(value) ?? 'nil'));

/** Markdown for a sample field: label, PII / banned status, and its value in the selected sample. */
export function fieldDoc(field: FieldInfo, context: EditorContext): string {
  const zh = context.lang() === 'zh';
  const lines = [`**${code(field.path)}** — ${zh ? field.zh : field.en}`];
  if (field.banned) lines.push(`⛔ ${context.t('hover.banned', { reason: zh ? field.banned.zh : field.banned.en })}`);
  else if (field.pii) {
    const filters = (field.maskFilters ?? []).map(code).join(' / ');
    lines.push(`🔒 ${context.t('hover.pii', { kind: field.pii, filters })}`);
  }
  const sample = context.sample();
  if (sample) {
    const value = valueAt(sample.data, field.path);
    lines.push(
      `${context.t('hover.value', { sample: sample.label })} ${code(value === undefined ? 'nil' : show(value))}`,
    );
  }
  return lines.join('\n\n');
}

/** Markdown for a domain filter: what it does and worked examples. */
export function filterDoc(filter: FilterInfo, context: EditorContext): string {
  const zh = context.lang() === 'zh';
  const lines = [
    `**${context.t('hover.filter')} ${code(filter.args ? `${filter.name}: ${filter.args}` : filter.name)}**`,
    zh ? filter.zh : filter.en,
  ];
  if (filter.examples.length > 0) {
    lines.push(`${context.t('hover.examples')}:`);
    for (const e of filter.examples.slice(0, 3)) {
      const args = e.args && e.args.length > 0 ? `: ${e.args.map((a) => JSON.stringify(a)).join(', ')}` : '';
      lines.push(`- ${code(`${JSON.stringify(e.input)} | ${filter.name}${args}`)} → ${code(e.output)}`);
    }
  }
  return lines.join('\n\n');
}
