/** Inputs that made backtracking regexes stall the check; each must come back with a verdict. */
export const HOSTILE_INPUTS: Readonly<Record<string, string>> = {
  '1,000 upper-case numerals': '壹'.repeat(1000),
  '20,000 ASCII digits': '1'.repeat(20_000),
  '10,000 × "1,"': '1,'.repeat(10_000),
  'a 20 kB repeat of a banned word': '老赖'.repeat(10_000),
  '10,000 unclosed tags': '老<b'.repeat(10_000),
  '10,000 control sequence starts': '坐\u001b['.repeat(10_000),
};
