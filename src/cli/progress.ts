/** A progress line on stderr: done/total, rate and time left; silent unless stderr is a terminal. */
export interface Progress {
  tick(): void;
  /** clears the line (before anything else is written to stderr) */
  done(): void;
}

const EVERY_MS = 200;
const CLEAR = '\r\u001b[K';

function duration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  const s = Math.round(seconds);
  return s < 60 ? `${s} s` : `${Math.floor(s / 60)} min ${s % 60} s`;
}

/** The line after `done` of `total` items (undefined: not known, no ETA) in `elapsedMs`. */
export function progressLine(label: string, done: number, total: number | undefined, elapsedMs: number): string {
  const rate = elapsedMs > 0 ? (done * 1000) / elapsedMs : 0;
  if (total === undefined) return `${label} ${done} · ${rate.toFixed(1)}/s`;
  const eta = rate > 0 ? (total - done) / rate : Number.POSITIVE_INFINITY;
  return `${label} ${done}/${total} · ${rate.toFixed(1)}/s · ETA ${duration(eta)}`;
}

/** Progress for `total` items, written at most every 200 ms through `write`, or nothing when `tty` is false. */
export function progress(
  tty: boolean | undefined,
  write: (text: string) => void,
  label: string,
  total: number | undefined,
  now: () => number = () => performance.now(),
): Progress {
  if (!tty) return { tick: () => undefined, done: () => undefined };
  const start = now();
  let done = 0;
  let last = Number.NEGATIVE_INFINITY;
  let shown = false;
  return {
    tick() {
      done += 1;
      const t = now();
      if (t - last < EVERY_MS && done !== total) return;
      last = t;
      shown = true;
      write(`${CLEAR}${progressLine(label, done, total, t - start)}`);
    },
    done() {
      if (shown) write(CLEAR);
      shown = false;
    },
  };
}
