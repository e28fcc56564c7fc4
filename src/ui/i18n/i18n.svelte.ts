import { LANGS, type Lang } from '../../core/model';
import { en, zh, type MessageKey } from './messages';

const STORAGE_KEY = 'dunning-studio.lang';
const TABLES: Record<Lang, Record<MessageKey, string>> = { zh, en };

function storedLang(): Lang {
  try {
    const value = globalThis.localStorage?.getItem(STORAGE_KEY);
    return LANGS.find((l) => l === value) ?? 'zh';
  } catch {
    return 'zh';
  }
}

/** The UI language (zh by default, remembered in localStorage) and message lookup with `{name}` parameters. */
export class I18n {
  lang = $state<Lang>(storedLang());
  /** Called after the user changes the language (the settings store keeps it too). */
  onchange: ((lang: Lang) => void) | undefined;

  /** Looks up a message and fills `{name}` placeholders; unknown placeholders stay as written. */
  t = (key: MessageKey, params: Record<string, string | number> = {}): string =>
    TABLES[this.lang][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in params ? String(params[name]) : whole,
    );

  /** Whether a language was ever chosen in this browser (localStorage), as opposed to the default. */
  get remembered(): boolean {
    try {
      return LANGS.some((l) => l === globalThis.localStorage?.getItem(STORAGE_KEY));
    } catch {
      return false;
    }
  }

  set(lang: Lang, options: { silent?: boolean } = {}): void {
    const changed = lang !== this.lang;
    this.lang = lang;
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    try {
      localStorage.setItem(STORAGE_KEY, lang);
    } catch {
      // NOTE: private mode may refuse storage; the choice then lasts for this session only.
    }
    if (changed && !options.silent) this.onchange?.(lang);
  }

  toggle(): void {
    this.set(this.lang === 'zh' ? 'en' : 'zh');
  }
}

export const i18n = new I18n();
