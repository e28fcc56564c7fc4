/** Synthetic, checksum-valid test data (never real people's numbers). */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

/** Completes 17 digits with the GB 11643 MOD 11-2 check character. */
export function withIdCheck(first17: string): string {
  const sum = [...first17].reduce((acc, d, i) => acc + Number(d) * WEIGHTS[i]!, 0);
  return first17 + '10X98765432'[sum % 11];
}

/** The same 17 digits with a wrong check character. */
export function withWrongIdCheck(first17: string): string {
  const right = withIdCheck(first17).slice(-1);
  return first17 + (right === '0' ? '1' : '0');
}

/** Completes a digit string with its Luhn check digit. */
export function withLuhn(body: string): string {
  for (let d = 0; d <= 9; d++) {
    const candidate = body + d;
    let sum = 0;
    [...candidate].reverse().forEach((c, i) => {
      let v = Number(c);
      if (i % 2 === 1) v = v * 2 > 9 ? v * 2 - 9 : v * 2;
      sum += v;
    });
    if (sum % 10 === 0) return candidate;
  }
  throw new Error('unreachable');
}

export const toFullWidth = (s: string): string =>
  s.replace(/[0-9xX]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
