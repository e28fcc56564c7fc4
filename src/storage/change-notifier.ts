import { z } from 'zod';

export const CHANGE_KINDS = ['template', 'version', 'review', 'settings', 'userSample', 'import', 'pack'] as const;

const changeSchema = z.strictObject({
  kind: z.enum(CHANGE_KINDS),
  id: z.string().optional(),
  revision: z.number().int().optional(),
});
/** What another tab saved: reload that record (for a template, compare `revision` with yours). */
export type StorageChange = z.infer<typeof changeSchema>;

export interface ChangeNotifier {
  /** false where BroadcastChannel is missing: notify does nothing and no callback ever fires */
  readonly available: boolean;
  notify(change: StorageChange): void;
  /** Calls `cb` for changes made in other tabs (never for this tab's own). Returns the unsubscribe function. */
  onExternalChange(cb: (change: StorageChange) => void): () => void;
  close(): void;
}

/**
 * A BroadcastChannel between the tabs of one workspace; malformed messages are ignored. With `enabled` false
 * (an in-memory workspace, which other tabs cannot read) nothing is sent or received.
 */
export function createChangeNotifier(channelName = 'dunning-studio-changes', enabled = true): ChangeNotifier {
  const Channel = (globalThis as { BroadcastChannel?: typeof BroadcastChannel }).BroadcastChannel;
  const channel = Channel && enabled ? new Channel(channelName) : undefined;
  const listeners = new Set<(change: StorageChange) => void>();
  if (channel) {
    channel.onmessage = (event: MessageEvent) => {
      const parsed = changeSchema.safeParse(event.data);
      if (parsed.success) for (const cb of listeners) cb(parsed.data);
    };
  }
  return {
    available: channel !== undefined,
    notify: (change) => channel?.postMessage(change),
    onExternalChange(cb) {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
    close() {
      listeners.clear();
      channel?.close();
    },
  };
}
