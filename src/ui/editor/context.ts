import type { Finding, Sample } from '../../core/model';
import type { Catalog, Lang } from '../../worker/protocol';
import type { MessageKey } from '../i18n/messages';

/** What the editor's language features read at the moment they run (getters, so they always see current state). */
export interface EditorContext {
  catalog(): Catalog | undefined;
  /** the sample whose values hover shows */
  sample(): Sample | undefined;
  /** findings of the report that belongs to the editor's current text */
  findings(): readonly Finding[];
  lang(): Lang;
  t(key: MessageKey, params?: Record<string, string | number>): string;
  /** opens the rule catalog at one rule (a marker's hover links there) */
  openRule(ruleId: string): void;
}
