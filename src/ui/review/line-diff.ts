import { diffText } from '../../core/model';

/** A run of a line: `changed` runs are what was deleted (old line) or inserted (new line). */
export interface DiffPart {
  text: string;
  changed: boolean;
}

/** One printed line of a diff: unchanged, old (deleted) or new (inserted), with its 1-based line numbers. */
export interface DiffRow {
  kind: 'same' | 'del' | 'ins';
  aLine?: number;
  bLine?: number;
  parts: DiffPart[];
}

const linesOf = (text: string): string[] => text.split('\n').slice(0, text.endsWith('\n') ? -1 : undefined);

/** The old and the new form of a changed line: words deleted in the one, words inserted in the other. */
function wordRows(a: string, b: string): { del: DiffPart[]; ins: DiffPart[] } {
  const del: DiffPart[] = [];
  const ins: DiffPart[] = [];
  for (const op of diffText(a, b, { by: 'word' })) {
    if (op.op !== 'insert') del.push({ text: op.text, changed: op.op === 'delete' });
    if (op.op !== 'delete') ins.push({ text: op.text, changed: op.op === 'insert' });
  }
  return { del, ins };
}

/**
 * A line diff of two sources for people to read: unchanged lines once; a block of changed lines as its old lines,
 * then its new ones, each changed old/new pair diffed word by word (CJK characters are words), so a one-line SMS
 * template that changed one word shows that word, not the whole line struck and inserted again.
 */
export function diffRows(a: string, b: string): DiffRow[] {
  const rows: DiffRow[] = [];
  let aLine = 1;
  let bLine = 1;
  let dels: string[] = [];
  let inss: string[] = [];
  const flush = (): void => {
    const pairs = Math.min(dels.length, inss.length);
    const words = dels.slice(0, pairs).map((d, i) => wordRows(d, inss[i] ?? ''));
    dels.forEach((text, i) => {
      rows.push({ kind: 'del', aLine: aLine++, parts: words[i]?.del ?? [{ text, changed: true }] });
    });
    inss.forEach((text, i) => {
      rows.push({ kind: 'ins', bLine: bLine++, parts: words[i]?.ins ?? [{ text, changed: true }] });
    });
    dels = [];
    inss = [];
  };
  for (const op of diffText(a, b, { by: 'line' })) {
    const lines = linesOf(op.text);
    if (op.op === 'delete') dels.push(...lines);
    else if (op.op === 'insert') inss.push(...lines);
    else {
      flush();
      for (const text of lines)
        rows.push({ kind: 'same', aLine: aLine++, bLine: bLine++, parts: [{ text, changed: false }] });
    }
  }
  flush();
  return rows;
}
