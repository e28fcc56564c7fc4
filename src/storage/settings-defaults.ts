import type { Role } from '../core/model';

export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The shape of `Settings` (settings-store's zod schema) without zod, so nothing here imports the store. */
export interface SettingsShape {
  displayName: string;
  role: Role;
  language: Language;
}

/**
 * The settings of a browser that stored none. Apart from settings-store (and its zod schema) so the page can start
 * with them before the store is loaded.
 */
export const DEFAULT_SETTINGS: SettingsShape = { displayName: '', role: 'writer', language: 'zh-CN' };
