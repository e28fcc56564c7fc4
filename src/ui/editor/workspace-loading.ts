import type { Lang } from '../../worker/protocol';

/** What the editor pane says until the stored workspace is loaded (it takes no input before). */
export const WORKSPACE_LOADING: Record<Lang, string> = { zh: '正在载入工作区…', en: 'Loading the workspace…' };
