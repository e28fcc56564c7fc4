import { describe, expect, it } from 'vitest';
import { zh as start, type MessageKey } from '../../src/ui/i18n/messages';
import { zhBatch } from '../../src/ui/i18n/messages-batch';
import { zhDryRun } from '../../src/ui/i18n/messages-dry-run';
import { zhPack } from '../../src/ui/i18n/messages-pack';
import { en } from '../../src/ui/i18n/en/messages';
import { problemText, ruleTitles } from '../../src/ui/review/problem-text';
import { settingsLanguage, uiLanguage } from '../../src/ui/state/settings.svelte';

/** Every zh string: the start table and those of the pages loaded on first use. */
const zh: Record<MessageKey, string> = { ...start, ...zhBatch, ...zhDryRun, ...zhPack };
const t = (key: MessageKey, params: Record<string, string | number> = {}): string =>
  zh[key].replace(/\{(\w+)\}/g, (w, n: string) => (n in params ? String(params[n]) : w));

describe('review problem text', () => {
  it('translates known review codes and names the rule of a missing justification', () => {
    expect(problemText({ code: 'review/self-approval', message: 'x' }, t, zh)).toBe(zh['problem.review/self-approval']);
    expect(problemText({ code: 'review/justification-missing', message: 'x', ruleId: 'r-1' }, t, zh)).toContain('r-1');
  });

  it('words codes without a review translation from the problem table, never with core’s English message', () => {
    expect(problemText({ code: 'storage/quota', message: 'disk full' }, t, zh)).toBe('浏览器存储空间已满');
  });

  it('maps rule ids to the first title found', () => {
    expect(ruleTitles([{ ruleId: 'a', title: 'A' }, { ruleId: 'a', title: 'B' }, { ruleId: 'b' }]).get('a')).toBe('A');
  });

  it('has every message in both languages', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    expect(Object.values(en).every((v) => v.length > 0)).toBe(true);
  });

  it('maps between the settings language and the UI language both ways', () => {
    expect(settingsLanguage('zh')).toBe('zh-CN');
    expect(uiLanguage('zh-CN')).toBe('zh');
    expect(uiLanguage(settingsLanguage('en'))).toBe('en');
  });
});
