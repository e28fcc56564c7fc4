import type { Placeholder } from '../rules/placeholders';

/** Fills `{match}`-style placeholders; a placeholder without a value becomes empty. */
export function fillMessage(template: string, values: Partial<Record<Placeholder, string>>): string {
  return template.replace(/\{(match|value|variable|sample|limit)\}/g, (_, name: Placeholder) => values[name] ?? '');
}
