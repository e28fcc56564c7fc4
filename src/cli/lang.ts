import type { Lang } from '../core/index';

export { LANGS, type Lang } from '../core/index';

/** `zh` when the environment's locale is Chinese, else `en`. */
export function defaultLang(env: Record<string, string | undefined>): Lang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return locale.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

const SEVERITY_WORDS = {
  zh: { error: '错误', warning: '警告', info: '提示' },
  en: { error: 'error', warning: 'warning', info: 'info' },
} as const;

/** The summary line after a text report. */
export function summaryLine(
  lang: Lang,
  files: number,
  counts: { error: number; warning: number; info: number },
): string {
  const w = SEVERITY_WORDS[lang];
  if (lang === 'zh') {
    return `检查了 ${files} 个文件：${counts.error} 个${w.error}，${counts.warning} 个${w.warning}，${counts.info} 个${w.info}`;
  }
  const n = (k: number, word: string) => `${k} ${word}${k === 1 ? '' : 's'}`;
  return `${n(files, 'file')} checked: ${n(counts.error, w.error)}, ${n(counts.warning, w.warning)}, ${counts.info} info`;
}

/** How an unlocated output hit names its sample. */
export function sampleNote(lang: Lang, sampleId: string, match?: string): string {
  const quoted = match === undefined ? '' : ` “${match}”`;
  return lang === 'zh' ? `（样例 ${sampleId}${quoted}）` : ` (sample ${sampleId}${quoted})`;
}

/** The line after the MAX_PER_FILE diagnostics printed for one file. */
export function moreLine(lang: Lang, file: string, more: number): string {
  return lang === 'zh' ? `${file}: … 另有 ${more} 条未列出` : `${file}: … and ${more} more`;
}
