/** One run of a text diff. `aStart`/`bStart` are 0-based UTF-16 offsets of the run in `a` and `b`. */
export interface DiffOp {
  op: 'equal' | 'insert' | 'delete';
  text: string;
  aStart: number;
  bStart: number;
}

export interface DiffTextOptions {
  /**
   * tokens: code points (default), lines (each with its line break), or words: each CJK character, each run of Latin
   * letters/digits/underscore, each run of white space, and any other code point on its own (so `{{`, `|`, `。`)
   */
  by?: 'char' | 'line' | 'word';
  /** above this edit distance the middle is reported as one delete + one insert; default 2000 */
  maxEdits?: number;
}

const WORD = /\p{Script=Han}|[A-Za-z0-9_\u00C0-\u024F]+|\s+|[\s\S]/gu;

const tokenize = (s: string, by: 'char' | 'line' | 'word'): string[] =>
  by === 'char' ? Array.from(s) : by === 'word' ? (s.match(WORD) ?? []) : (s.match(/[^\n]*\n|[^\n]+$/g) ?? []);

/** Cells of the Myers trace kept at most (16 MB); beyond it the middle becomes one replace. */
const TRACE_BUDGET = 4_000_000;

/** Myers O((N+M)·D) shortest edit script over tokens; null when the distance exceeds `max`. */
function myers(a: string[], b: string[], max: number): ('=' | '+' | '-')[] | null {
  const n = a.length;
  const m = b.length;
  const offset = n + m;
  const v = new Int32Array(2 * offset + 2);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= Math.min(max, n + m); d++) {
    if ((d + 1) * v.length > TRACE_BUDGET) return null;
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && (v[offset + k - 1] ?? 0) < (v[offset + k + 1] ?? 0));
      let x = down ? (v[offset + k + 1] ?? 0) : (v[offset + k - 1] ?? 0) + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) return backtrack(trace, n, m, offset);
    }
  }
  return null;
}

function backtrack(trace: Int32Array[], n: number, m: number, offset: number): ('=' | '+' | '-')[] {
  const script: ('=' | '+' | '-')[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0; d--) {
    const v = trace[d] as Int32Array;
    const k = x - y;
    const down = k === -d || (k !== d && (v[offset + k - 1] ?? 0) < (v[offset + k + 1] ?? 0));
    const prevK = down ? k + 1 : k - 1;
    const prevX = v[offset + prevK] ?? 0;
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      script.push('=');
      x--;
      y--;
    }
    if (d > 0) script.push(down ? '+' : '-');
    x = prevX;
    y = prevY;
  }
  return script.reverse();
}

/**
 * A character (code point), word or line diff of two texts, as runs of equal / deleted / inserted text.
 * Joining the `equal`+`delete` runs gives `a`; joining the `equal`+`insert` runs gives `b`.
 */
export function diffText(a: string, b: string, options: DiffTextOptions = {}): DiffOp[] {
  const by = options.by ?? 'char';
  const ta = tokenize(a, by);
  const tb = tokenize(b, by);
  let pre = 0;
  while (pre < ta.length && pre < tb.length && ta[pre] === tb[pre]) pre++;
  let suf = 0;
  while (suf < ta.length - pre && suf < tb.length - pre && ta[ta.length - 1 - suf] === tb[tb.length - 1 - suf]) suf++;
  const midA = ta.slice(pre, ta.length - suf);
  const midB = tb.slice(pre, tb.length - suf);
  const middle = myers(midA, midB, options.maxEdits ?? 2000) ?? [
    ...midA.map(() => '-' as const),
    ...midB.map(() => '+' as const),
  ];
  const script = [
    ...ta.slice(0, pre).map(() => '=' as const),
    ...middle,
    ...ta.slice(ta.length - suf).map(() => '=' as const),
  ];
  const ops: DiffOp[] = [];
  let i = 0;
  let j = 0;
  let aPos = 0;
  let bPos = 0;
  for (const step of script) {
    const op = step === '=' ? 'equal' : step === '+' ? 'insert' : 'delete';
    const text = (step === '+' ? tb[j] : ta[i]) ?? '';
    const last = ops[ops.length - 1];
    if (last && last.op === op) last.text += text;
    else ops.push({ op, text, aStart: aPos, bStart: bPos });
    if (step !== '+') {
      i++;
      aPos += text.length;
    }
    if (step !== '-') {
      j++;
      bPos += text.length;
    }
  }
  return ops;
}
