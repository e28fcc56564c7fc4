import pkg from '../../../package.json';
import { fail, ok, type Result, type RulePack } from '../../core/model';
import type { Review, TemplateDraft, Version } from '../../core/model';
import { createChangeNotifier, DEFAULT_DB_NAME, type Workspace as Store } from '../../storage/index';
import { plainMeta } from '../state/drafts';
import { catalog, persistence, settings, workspace } from '../state/studio';

/** What the bundle dialog needs from the app: the open store, the hashes checks run under, who acts. */
export interface BundleContext {
  store: Store;
  rulesetHash: string;
  samplesHash: string;
  ruleCount: number;
  actor: string;
  generator: { name: string; version: string };
  /** the organisation's rule pack in use (the approvals' ruleset hash covers it); bundles carry it */
  pack?: RulePack;
}

/** The dialog's context once the workspace store and the catalog (the worker's facts) are loaded. */
export async function bundleContext(pack?: RulePack): Promise<Result<BundleContext>> {
  const store = persistence.store;
  const c = catalog.value;
  if (!store || !c)
    return fail([{ code: 'export/not-ready', message: 'the workspace or the catalog is not loaded yet' }]);
  return ok({
    store,
    rulesetHash: c.rulesetHash,
    samplesHash: c.samplesHash,
    ruleCount: c.ruleCount,
    actor: settings.actor.name,
    generator: { name: pkg.name, version: pkg.version },
    ...(pack ? { pack } : {}),
  });
}

/** Drafts, versions and reviews from the store; a draft being edited counts as it is on screen (autosave may lag). */
export async function readWorkspace(
  store: Store,
): Promise<Result<{ drafts: TemplateDraft[]; versions: Version[]; reviews: Review[] }>> {
  const [drafts, versions, reviews] = await Promise.all([
    store.listTemplates(),
    store.listVersions(),
    store.listReviews(),
  ]);
  if (!drafts.ok || !versions.ok || !reviews.ok) {
    return fail([
      ...(drafts.ok ? [] : drafts.problems),
      ...(versions.ok ? [] : versions.problems),
      ...(reviews.ok ? [] : reviews.problems),
    ]);
  }
  const live = drafts.value.map((d) => {
    const t = workspace.byId(d.id);
    return t ? { ...d, name: t.name, source: t.source, meta: plainMeta(t.meta) } : d;
  });
  return ok({ drafts: live, versions: versions.value, reviews: reviews.value });
}

/**
 * Tells the app's persistence (which listens for other tabs' changes on this channel) to reload drafts after an
 * import wrote them.
 */
export function announceImport(): void {
  // NOTE: a BroadcastChannel message reaches every other channel object of that name, in this page too.
  const notifier = createChangeNotifier(`${DEFAULT_DB_NAME}:changes`);
  notifier.notify({ kind: 'import' });
  setTimeout(() => notifier.close(), 1000);
}
