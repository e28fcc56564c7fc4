import { z } from 'zod';
import { fail, ok, type Result } from '../core/model';
import { ROLES } from '../core/model';
import type { StoreBackend } from './backend';
import { attempt, validate } from './records';
import { DEFAULT_SETTINGS, LANGUAGES } from './settings-defaults';

export { DEFAULT_SETTINGS, LANGUAGES, type Language } from './settings-defaults';

/** Per-browser preferences. Missing fields take their defaults: '', writer, zh-CN. */
export const settingsSchema = z.strictObject({
  displayName: z.string().default(''),
  role: z.enum(ROLES).default('writer'),
  language: z.enum(LANGUAGES).default('zh-CN'),
});
export type Settings = z.infer<typeof settingsSchema>;

const KEY = 'app';

/** The settings; defaults when none are stored, or when the record is corrupt (reported as `storage/corrupt`). */
export function getSettings(b: StoreBackend): Promise<Result<Settings>> {
  return attempt('read settings', async () => {
    const raw = await b.get('settings', KEY);
    if (raw === undefined) return ok({ ...DEFAULT_SETTINGS });
    const parsed = settingsSchema.safeParse(raw);
    if (parsed.success) return ok(parsed.data);
    const problems = parsed.error.issues.map((i) => ({
      code: 'storage/corrupt',
      message: `settings/${KEY}: ${i.message}`,
      file: `settings/${KEY}`,
      path: i.path.map((p) => (typeof p === 'number' ? p : String(p))),
    }));
    return ok({ ...DEFAULT_SETTINGS }, problems);
  });
}

export function saveSettings(b: StoreBackend, settings: Settings): Promise<Result<Settings>> {
  const checked = validate(settings, settingsSchema, `settings/${KEY}`);
  if (!checked.ok) return Promise.resolve(fail(checked.problems));
  return attempt('save settings', async () => {
    await b.put('settings', checked.value, KEY);
    return checked;
  });
}
