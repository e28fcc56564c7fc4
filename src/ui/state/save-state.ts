/**
 * What the save indicator says about one template. Only `saved` claims the text is on disk, and only after
 * IndexedDB confirmed the write of exactly the text on screen.
 */
export const SAVE_STATES = ['saved', 'pending', 'saving', 'memory', 'failed', 'conflict'] as const;
export type SaveState = (typeof SAVE_STATES)[number];

/**
 * The state after a write of `written` finished: `saved` (or `memory` when not persistent) if the editor still
 * shows what was written, else `pending` (more typing came in while writing).
 */
export function afterWrite(input: {
  ok: boolean;
  conflict: boolean;
  persistent: boolean;
  stillCurrent: boolean;
}): SaveState {
  if (input.conflict) return 'conflict';
  if (!input.ok) return 'failed';
  if (!input.stillCurrent) return 'pending';
  return input.persistent ? 'saved' : 'memory';
}
