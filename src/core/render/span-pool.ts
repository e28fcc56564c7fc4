import type { OutputSpan } from './output-span';

const FIELDS = 5;
const LITERAL = 0;
const VALUE = 1;

/**
 * The output spans of many traced renders in one growing buffer (five integers and a variable name per span), so
 * a check of 1,000 samples keeps one typed array instead of ~20 span objects per sample alive until its end.
 */
export class SpanPool {
  private ints = new Int32Array(64 * FIELDS);
  private readonly variables: (string | undefined)[] = [];
  /** spans held */
  length = 0;

  push(
    kind: OutputSpan['kind'],
    start: number,
    end: number,
    sourceStart: number,
    sourceEnd: number,
    variable?: string,
  ): void {
    const at = this.length * FIELDS;
    if (at + FIELDS > this.ints.length) {
      const grown = new Int32Array(this.ints.length * 2);
      grown.set(this.ints);
      this.ints = grown;
    }
    this.ints[at] = kind === 'literal' ? LITERAL : VALUE;
    this.ints[at + 1] = start;
    this.ints[at + 2] = end;
    this.ints[at + 3] = sourceStart;
    this.ints[at + 4] = sourceEnd;
    this.variables[this.length] = variable;
    this.length++;
  }

  /** Forgets every span from index `length` on (a render that failed half-way). */
  truncate(length: number): void {
    this.length = Math.min(this.length, length);
  }

  kind(i: number): OutputSpan['kind'] {
    return this.ints[i * FIELDS] === LITERAL ? 'literal' : 'value';
  }
  start(i: number): number {
    return this.ints[i * FIELDS + 1]!;
  }
  end(i: number): number {
    return this.ints[i * FIELDS + 2]!;
  }
  sourceStart(i: number): number {
    return this.ints[i * FIELDS + 3]!;
  }
  sourceEnd(i: number): number {
    return this.ints[i * FIELDS + 4]!;
  }
  variable(i: number): string | undefined {
    return this.variables[i];
  }

  /** Spans [from, to) as objects. */
  spans(from: number, to: number): OutputSpan[] {
    const out: OutputSpan[] = [];
    for (let i = from; i < to; i++) {
      const span: OutputSpan = {
        start: this.start(i),
        end: this.end(i),
        kind: this.kind(i),
        sourceStart: this.sourceStart(i),
        sourceEnd: this.sourceEnd(i),
      };
      const variable = this.variable(i);
      if (variable !== undefined) span.variable = variable;
      out.push(span);
    }
    return out;
  }
}

/** The spans of one render: indexes [from, to) of a pool. */
export interface SpanSlice {
  readonly pool: SpanPool;
  readonly from: number;
  readonly to: number;
}
