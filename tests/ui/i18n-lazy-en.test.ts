import { afterEach, describe, expect, it, vi } from 'vitest';

const stored = (lang: string | undefined): void => {
  vi.stubGlobal('localStorage', { getItem: () => lang ?? null, setItem: () => undefined });
};

describe('I18n: the English strings arrive on their own', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('in an English UI, the zh strings show until `ready`, then the English ones', async () => {
    stored('en');
    const { I18n } = await import('../../src/ui/i18n/i18n.svelte');
    const i18n = new I18n();
    expect(i18n.lang).toBe('en');
    expect(i18n.t('app.title')).toBe('催收短信合规工作台');
    await i18n.ready;
    expect(i18n.t('app.title')).toBe('Dunning Studio');
    expect(i18n.t('app.loadFailed', { message: 'x' })).toBe('Could not load: x');
  });

  it('in a Chinese UI, the zh strings are there at once', async () => {
    stored(undefined);
    const { I18n } = await import('../../src/ui/i18n/i18n.svelte');
    const i18n = new I18n();
    expect(i18n.lang).toBe('zh');
    expect(i18n.t('app.title')).toBe('催收短信合规工作台');
    await i18n.ready;
    expect(i18n.t('app.loadFailed', { message: 'x' })).toBe('加载失败：x');
  });
});
