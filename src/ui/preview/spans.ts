import type { Severity } from '../../core/model';

/** A range of rendered text to highlight. */
export interface Mark {
  start: number;
  end: number;
  severity: Severity;
  active?: boolean;
  title?: string;
}

/** A piece of text with the strongest mark covering it (none for plain text). */
export interface Piece {
  text: string;
  severity?: Severity;
  active: boolean;
  titles: string[];
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** Splits `text` at every mark boundary, so hits can be shown as spans of plain text (never as HTML). */
export function splitMarks(text: string, marks: readonly Mark[]): Piece[] {
  const valid = marks
    .map((m) => ({ ...m, start: Math.max(0, m.start), end: Math.min(text.length, m.end) }))
    .filter((m) => m.end > m.start);
  const cuts = [...new Set([0, text.length, ...valid.flatMap((m) => [m.start, m.end])])].sort((a, b) => a - b);
  const pieces: Piece[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const from = cuts[i] ?? 0;
    const to = cuts[i + 1] ?? text.length;
    const covering = valid.filter((m) => m.start <= from && m.end >= to);
    const strongest = covering.reduce<Mark | undefined>(
      (best, m) => (!best || RANK[m.severity] > RANK[best.severity] ? m : best),
      undefined,
    );
    pieces.push({
      text: text.slice(from, to),
      ...(strongest ? { severity: strongest.severity } : {}),
      active: covering.some((m) => m.active),
      titles: covering.flatMap((m) => (m.title ? [m.title] : [])),
    });
  }
  return pieces;
}
