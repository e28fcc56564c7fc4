import type { Settings } from './settings-store';

export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * The settings of a browser that stored none. Apart from settings-store (and its zod schema) so the page can start
 * with them before the store is loaded.
 */
export const DEFAULT_SETTINGS: Settings = { displayName: '', role: 'writer', language: 'zh-CN' };
