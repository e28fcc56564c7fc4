import { lastAtOrBefore } from '../core/index';

/** 1-based line and column (UTF-16 units, as Monaco and SARIF's default columnKind count them). */
export interface LineCol {
  line: number;
  column: number;
}

/** Converts 0-based UTF-16 offsets into 1-based line/column; `\n` ends a line (`\r\n` counts as one break). */
export function lineIndex(text: string): (offset: number) => LineCol {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return (offset) => {
    const at = Math.max(0, Math.min(offset, text.length));
    const lo = lastAtOrBefore(starts, at);
    return { line: lo + 1, column: at - (starts[lo] ?? 0) + 1 };
  };
}
