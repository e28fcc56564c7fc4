/**
 * A leaf piece of the rendered text, 0-based offsets [start, end) into the output.
 * `literal`: copied 1:1 from the source, output offset o ↔ source offset sourceStart + (o - start).
 * `value`: printed by a `{{ … }}` (or echo/cycle) tag spanning [sourceStart, sourceEnd) of the source.
 */
export interface OutputSpan {
  start: number;
  end: number;
  kind: 'literal' | 'value';
  sourceStart: number;
  sourceEnd: number;
  /** the data path printed, aliases resolved (`borrower.name`), when the tag reads one */
  variable?: string;
}
