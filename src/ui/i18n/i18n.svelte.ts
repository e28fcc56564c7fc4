import { LANGS, type Lang } from '../../core/model';
import { zh, type MessageKey } from './messages';

const STORAGE_KEY = 'dunning-studio.lang';
/** A language's strings: English whole; Chinese the start table plus the strings of the lazy pages loaded so far. */
type Table = Partial<Record<MessageKey, string>>;
/** NOTE: only the default language is in the start script; the English strings are a chunk loaded on first use. */
const LOADERS: Record<Lang, () => Promise<Table>> = {
  zh: () => Promise.resolve(zh),
  en: () => import('./en/messages').then((m) => m.en),
};

function storedLang(): Lang {
  try {
    const value = globalThis.localStorage?.getItem(STORAGE_KEY);
    return LANGS.find((l) => l === value) ?? 'zh';
  } catch {
    return 'zh';
  }
}

/**
 * The UI language (zh by default, remembered in localStorage) and message lookup with `{name}` parameters. A language
 * whose table has not arrived yet shows the zh strings meanwhile; `ready` settles once the current language's table
 * is in, so the page can wait for it before its first render.
 */
export class I18n {
  lang = $state<Lang>(storedLang());
  /** Called after the user changes the language (the settings store keeps it too). */
  onchange: ((lang: Lang) => void) | undefined;
  private tables = $state.raw<Partial<Record<Lang, Table>>>({ zh });
  private loading: Partial<Record<Lang, Promise<void>>> = {};
  /** Settles when the table of the language chosen at start is loaded (or could not be: zh is shown then). */
  readonly ready: Promise<void> = this.load(this.lang);

  /** Looks up a message and fills `{name}` placeholders; unknown placeholders stay as written. */
  t = (key: MessageKey, params: Record<string, string | number> = {}): string =>
    (this.tables[this.lang]?.[key] ?? this.tables.zh?.[key] ?? key).replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in params ? String(params[name]) : whole,
    );

  private load(lang: Lang): Promise<void> {
    const pending = (this.loading[lang] ??= LOADERS[lang]().then(
      (table) => void (this.tables = { ...this.tables, [lang]: { ...table, ...this.tables[lang] } }),
      () => {
        // NOTE: a chunk that fails to load (offline after an update) leaves the zh strings; a later switch retries.
        delete this.loading[lang];
      },
    ));
    return pending;
  }

  /**
   * Adds the zh strings of a page loaded on first use (their English is in the English chunk): the page's loader
   * includes them before the page is shown.
   */
  include(strings: Table): void {
    this.tables = { ...this.tables, zh: { ...this.tables.zh, ...strings } };
  }

  /** Whether a language was ever chosen in this browser (localStorage), as opposed to the default. */
  get remembered(): boolean {
    try {
      return LANGS.some((l) => l === globalThis.localStorage?.getItem(STORAGE_KEY));
    } catch {
      return false;
    }
  }

  set(lang: Lang, options: { silent?: boolean } = {}): void {
    void this.load(lang);
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
