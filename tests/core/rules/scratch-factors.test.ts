import { it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { requiredFactors } from '../../../src/core/rules/regex-factors';
it('dumps', () => {
  const lines: string[] = [];
  let none = 0, total = 0;
  for (const f of readdirSync('rules').filter((f) => f.endsWith('.json'))) {
    const r = JSON.parse(readFileSync('rules/' + f, 'utf8'));
    const p = r.params ?? {};
    for (const k of ['patterns', 'if', 'require']) for (const s of p[k] ?? []) {
      total++;
      const fs = requiredFactors(s, 'gu');
      if (!fs) none++;
      lines.push(`${f} ${fs ? fs.length + ' ' + fs.slice(0, 12).join('|') : 'NONE'}  ::  ${s.slice(0, 80)}`);
    }
  }
  console.log(lines.join('\n'));
  console.log('none', none, 'of', total);
});
