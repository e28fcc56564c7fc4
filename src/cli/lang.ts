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

/** A CLI message in both languages; `run` prints the one of the command's `--lang` (or the locale). */
export interface Words {
  en: string;
  zh: string;
}

/** The language of a command line: its `--lang zh|en` (also `--lang=…`), else the environment's locale. */
export function langOf(argv: readonly string[], env: Record<string, string | undefined>): Lang {
  const at = argv.indexOf('--lang');
  const given = at >= 0 ? argv[at + 1] : argv.find((a) => a.startsWith('--lang='))?.slice('--lang='.length);
  return given === 'zh' || given === 'en' ? given : defaultLang(env);
}

/** Usage errors (exit 2), by what went wrong. */
export const USAGE_WORDS = {
  oneOf: (flag: string, allowed: readonly string[], value: string): Words => ({
    en: `--${flag} must be one of ${allowed.join(' | ')} (got "${value}")`,
    zh: `--${flag} 只能是 ${allowed.join(' | ')}（收到 "${value}"）`,
  }),
  noInputs: (): Words => ({
    en: 'name template files or folders, or pass --stdin',
    zh: '请给出模板文件或文件夹，或使用 --stdin',
  }),
  positiveJobs: (value: string): Words => ({
    en: `--jobs must be a positive integer (got "${value}")`,
    zh: `--jobs 应为正整数（收到 "${value}"）`,
  }),
  noRules: (dir: string): Words => ({ en: `no rules (*.json) in ${dir}`, zh: `${dir} 中没有规则文件（*.json）` }),
  noSamples: (dir: string): Words => ({ en: `no samples (*.json) in ${dir}`, zh: `${dir} 中没有样例文件（*.json）` }),
  noTemplates: (paths: readonly string[]): Words => ({
    en: `no *.liquid or *.txt templates in ${paths.join(' ')}`,
    zh: `${paths.join(' ')} 中没有模板（*.liquid 或 *.txt）`,
  }),
  noSuchPath: (path: string): Words => ({ en: `no such file or folder: ${path}`, zh: `文件或文件夹不存在：${path}` }),
  unreadable: (file: string): Words => ({ en: `cannot read ${file}`, zh: `无法读取 ${file}` }),
  notJson: (file: string): Words => ({ en: `${file} is not valid JSON`, zh: `${file} 不是有效的 JSON` }),
  notFolder: (flag: string, dir: string): Words => ({
    en: `${flag} expects a folder: ${dir}`,
    zh: `${flag} 需要一个文件夹：${dir}`,
  }),
  oneBundle: (): Words => ({ en: 'name exactly one bundle file', zh: '请给出且只给出一个发布包文件' }),
  renderArgs: (): Words => ({
    en: 'expected: bundle file, template id, data file',
    zh: '需要：发布包文件、模板 ID、数据文件',
  }),
  trustFile: (file: string, expected: string): Words => ({
    en: `--trust ${file}: ${expected}`,
    zh: `--trust ${file}：应为 EC P-256 公钥（JWK）、JWK 集合（{"keys": [...]}）或密钥指纹（16 组十六进制）`,
  }),
} as const;

/** What `dry-run` says besides its summary (JSON, machine-readable). */
export const DRY_RUN_WORDS = {
  noSuchFile: (file: string): Words => ({
    en: `cannot read ${file}: no such file`,
    zh: `无法读取 ${file}：文件不存在`,
  }),
  args: (): Words => ({
    en: 'expected: bundle file, borrowers CSV file',
    zh: '需要：发布包文件、借款人 CSV 文件',
  }),
  at: (): Words => ({
    en: '--at must be an ISO date-time with its offset, e.g. 2026-12-02T10:00+08:00',
    zh: '--at 应为带时区的 ISO 日期时间，如 2026-12-02T10:00+08:00',
  }),
  price: (value: string): Words => ({
    en: `--price must be a decimal number (got "${value}")`,
    zh: `--price 应为十进制数（收到 "${value}"）`,
  }),
  nothingSent: (trustOnly: boolean): Words =>
    trustOnly
      ? { en: 'not trusted; nothing was sent', zh: '不受信任；未发送任何短信' }
      : { en: 'invalid; nothing was sent', zh: '无效；未发送任何短信' },
  csvRefused: (): Words => ({ en: 'refused', zh: '被拒绝' }),
  ignoredColumns: (csv: string, columns: readonly string[]): Words => ({
    en: `warning: ${csv}: ignored columns ${columns.join(', ')}`,
    zh: `警告：${csv}：忽略的列 ${columns.join(', ')}`,
  }),
  noRows: (csv: string, empty: boolean): Words => ({
    en: `warning: ${csv}: no rows (${empty ? 'the file is empty' : 'only a header'})`,
    zh: `警告：${csv}：没有数据行（${empty ? '文件为空' : '只有表头'}）`,
  }),
} as const;

/** What `run` says around a failure, in both languages. */
export const RUN_WORDS = {
  unknownCommand: (name: string): Words => ({ en: `unknown command "${name}"`, zh: `未知的命令 "${name}"` }),
  /** node:util parseArgs errors, by their code; `option` is the flag it names */
  badArgs: (code: string, option: string, fallback: string): Words => {
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return { en: fallback, zh: `未知的选项 ${option}` };
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
      return { en: fallback, zh: `选项 ${option} 缺少取值或取值无效` };
    if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return { en: fallback, zh: `多余的参数 ${option}` };
    return { en: fallback, zh: '命令行参数无效' };
  },
  /** in Chinese, where the English usage text would follow an error */
  seeHelp: (command: string): Words => ({ en: '', zh: `运行 ${command} 查看用法\n` }),
  internal: (): Words => ({ en: 'internal error', zh: '内部错误' }),
  inputProblems: (n: number): Words => ({
    en: `check: ${n} problem(s) in the inputs; the rest was checked with the valid files`,
    zh: `check：输入中有 ${n} 个问题；其余部分已用有效的文件检查`,
  }),
} as const;

/** What `verify` and `render` say about a bundle. */
export const BUNDLE_WORDS = {
  refused: (trustOnly: boolean): Words =>
    trustOnly ? { en: 'not trusted', zh: '不受信任' } : { en: 'invalid', zh: '无效' },
  trustHint: (): Words => ({
    en: 'hint: pass --trust with the signer’s public key (or fingerprint); --allow-untrusted or --allow-unsigned accepts it anyway\n',
    zh: '提示：用 --trust 指定签名者的公钥（或指纹）；--allow-untrusted 或 --allow-unsigned 可以仍然接受\n',
  }),
  valid: (templates: number, hash: string, policy: string, signer: string): Words => ({
    en: `valid — ${templates} template(s), bundleHash ${hash}…, stage policy ${policy}, ${signer}`,
    zh: `有效 — ${templates} 个模板，bundleHash ${hash}…，阶段策略 ${policy}，${signer}`,
  }),
  unsigned: (): Words => ({ en: 'unsigned (allowed by --allow-unsigned)', zh: '未签名（--allow-unsigned 允许）' }),
  signed: (fingerprint: string, trusted: boolean): Words => ({
    en: `signed by ${fingerprint}${trusted ? ' (trusted)' : ' (NOT trusted, allowed by --allow-untrusted)'}`,
    zh: `签名密钥 ${fingerprint}${trusted ? '（受信任）' : '（不受信任，--allow-untrusted 允许）'}`,
  }),
  approved: (reviewer: string, at: string): Words => ({
    en: `approved by ${reviewer} at ${at}`,
    zh: `审批人 ${reviewer}，时间 ${at}`,
  }),
  acceptedUnsigned: (file: string): Words => ({
    en: `warning: ${file} is not signed; accepted because of --allow-unsigned\n`,
    zh: `警告：${file} 未签名；因 --allow-unsigned 而接受\n`,
  }),
  acceptedUntrusted: (file: string, fingerprint: string): Words => ({
    en: `warning: ${file} is signed by key ${fingerprint}, which is not trusted; accepted because of --allow-untrusted\n`,
    zh: `警告：${file} 的签名密钥 ${fingerprint} 不受信任；因 --allow-untrusted 而接受\n`,
  }),
  segments: (segments: number, encoding: string, units: number): Words => ({
    en: `segments: ${segments} (${encoding}, ${units} units)`,
    zh: `短信条数：${segments}（${encoding}，${units} 个计费单位）`,
  }),
} as const;
