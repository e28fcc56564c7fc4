/** Messages in pasted text: its lines, not counting a final line break. */
export function countLines(text: string): number {
  if (text === '') return 0;
  let lines = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines += 1;
  return text.endsWith('\n') ? lines - 1 : lines;
}

/** Whole percent done, 100 only when everything is done. */
export function percent(done: number, total: number): number {
  if (total <= 0) return 0;
  return done >= total ? 100 : Math.min(99, Math.floor((done * 100) / total));
}

/** Seconds as minutes and seconds (rounded up), for "about … left". */
export function splitDuration(seconds: number): { m: number; s: number } {
  const whole = Math.max(0, Math.ceil(seconds));
  return { m: Math.floor(whole / 60), s: whole % 60 };
}
