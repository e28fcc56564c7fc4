import type { Actor } from '../../core/model';
import type { Settings, Workspace as Store } from '../../storage/index';
import { DEFAULT_SETTINGS } from '../../storage/settings-defaults';
import type { I18n } from '../i18n/i18n.svelte';
import type { Lang } from '../../worker/protocol';

/** The settings' language name for a UI language, and back. */
export const settingsLanguage = (lang: Lang): Settings['language'] => (lang === 'zh' ? 'zh-CN' : 'en');
export const uiLanguage = (language: Settings['language']): Lang => (language === 'en' ? 'en' : 'zh');

const changed = (before: Settings, after: Settings): Partial<Settings> =>
  Object.fromEntries(Object.entries(after).filter(([key, value]) => before[key as keyof Settings] !== value));

/** Display name, role and language: kept in the workspace store (localStorage keeps the language as a fallback). */
export class SettingsState {
  value = $state.raw<Settings>({ ...DEFAULT_SETTINGS });
  error = $state<string | undefined>(undefined);
  private store: Store | undefined;
  /** fields the user set before the stored settings arrived: they win over the stored ones */
  private chosen: Partial<Settings> = {};
  private loaded = false;

  constructor(private readonly i18n: I18n) {
    this.value = { ...DEFAULT_SETTINGS, language: settingsLanguage(i18n.lang) };
    i18n.onchange = (lang) => void this.save({ ...this.value, language: settingsLanguage(lang) });
  }

  /** Who acts in the review workflow, as the settings say. */
  get actor(): Actor {
    return { name: this.value.displayName.trim(), role: this.value.role };
  }

  /**
   * Loads the stored settings. What the user set before they arrived is kept (and stored); a first run
   * (`firstRun`) also keeps the language chosen before (localStorage). Otherwise the stored settings apply.
   */
  async load(store: Store, firstRun: boolean): Promise<void> {
    this.store = store;
    store.onExternalChange((c) => c.kind === 'settings' && void this.reload());
    const r = await store.getSettings();
    this.loaded = true;
    if (!r.ok) return;
    const chosen = { ...this.chosen };
    if (firstRun && this.i18n.remembered) chosen.language ??= settingsLanguage(this.i18n.lang);
    if (Object.keys(chosen).length > 0) await this.save({ ...r.value, ...chosen });
    else this.apply(r.value);
  }

  /** Saves and applies new settings; `error` says why when they could not be stored (they still apply). */
  async save(next: Settings): Promise<boolean> {
    if (!this.loaded) this.chosen = { ...this.chosen, ...changed(this.value, next) };
    this.apply(next);
    if (!this.store) return false;
    const r = await this.store.saveSettings(next);
    // NOTE: the problem words are not in the start script.
    this.error = r.ok ? undefined : (await import('../i18n/problems')).problemsLine(r.problems);
    return r.ok;
  }

  private async reload(): Promise<void> {
    const r = await this.store?.getSettings();
    if (r?.ok) this.apply(r.value);
  }

  private apply(next: Settings): void {
    this.value = next;
    this.i18n.set(uiLanguage(next.language), { silent: true });
  }
}
