import { describe, expect, it } from 'vitest';
import type { I18n } from '../../src/ui/i18n/i18n.svelte';
import { SettingsState } from '../../src/ui/state/settings.svelte';
import { memoryWorkspace } from '../storage/helpers';

/** The UI language without a DOM; `remembered`: a language was chosen in this browser before. */
const fakeI18n = (remembered = false): I18n =>
  ({
    lang: 'zh',
    remembered,
    onchange: undefined,
    set(this: { lang: string }, lang: string) {
      this.lang = lang;
    },
  }) as unknown as I18n;

async function storeWith(settings: { displayName: string; role: 'writer' | 'reviewer'; language: 'zh-CN' | 'en' }) {
  const store = memoryWorkspace();
  const saved = await store.saveSettings(settings);
  expect(saved.ok).toBe(true);
  return store;
}

describe('SettingsState', () => {
  it('applies the stored settings when nothing was set before they arrived', async () => {
    const store = await storeWith({ displayName: '李审核', role: 'reviewer', language: 'en' });
    const i18n = fakeI18n();
    const settings = new SettingsState(i18n);
    await settings.load(store, false);
    expect(settings.value).toEqual({ displayName: '李审核', role: 'reviewer', language: 'en' });
    expect(i18n.lang).toBe('en');
  });

  it('keeps a name saved before the stored settings arrived, and stores it with the stored rest', async () => {
    const store = await storeWith({ displayName: '李审核', role: 'reviewer', language: 'en' });
    const settings = new SettingsState(fakeI18n());
    await settings.save({ ...settings.value, displayName: '王撰稿' });
    await settings.load(store, false);
    expect(settings.value).toEqual({ displayName: '王撰稿', role: 'reviewer', language: 'en' });
    const stored = await store.getSettings();
    expect(stored.ok && stored.value.displayName).toBe('王撰稿');
  });

  it('keeps a language switched before the stored settings arrived', async () => {
    const store = await storeWith({ displayName: '李审核', role: 'writer', language: 'zh-CN' });
    const i18n = fakeI18n();
    const settings = new SettingsState(i18n);
    i18n.set('en');
    i18n.onchange?.('en');
    await settings.load(store, false);
    expect(settings.value).toEqual({ displayName: '李审核', role: 'writer', language: 'en' });
    expect(i18n.lang).toBe('en');
  });

  it('keeps the language remembered in this browser on a first run', async () => {
    const store = memoryWorkspace();
    const i18n = fakeI18n(true);
    i18n.set('en');
    const settings = new SettingsState(i18n);
    await settings.load(store, true);
    const stored = await store.getSettings();
    expect(stored.ok && stored.value.language).toBe('en');
  });
});
