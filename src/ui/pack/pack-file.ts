import type { RulePack } from '../../core/model';

/** How a shared rule pack file is named. */
export const PACK_FILE_SUFFIX = '.dunning-pack.json';

/** `rule-pack-r<revision>.dunning-pack.json` (the name may be Chinese: it stays inside the file). */
export const packFileName = (pack: RulePack): string => `rule-pack-r${pack.revision}${PACK_FILE_SUFFIX}`;

/** The file's text: the pack as indented JSON. */
export const packFileText = (pack: RulePack): string => `${JSON.stringify(pack, null, 2)}\n`;
