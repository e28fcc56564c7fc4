// Reads the log of `npm test` and prints one line `N passed, N failed` over all suites:
// the typecheck counts as one test, then Vitest's and Playwright's own totals.
import { readFileSync } from 'node:fs';

const [logPath, statusArg] = process.argv.slice(2);
const log = readFileSync(logPath, 'utf8').replace(/\x1b\[[0-9;]*m/g, '');
let passed = 0;
let failed = 0;

const typecheck = log.match(/svelte-check found (\d+) errors?/);
if (typecheck) Number(typecheck[1]) === 0 ? passed++ : failed++;

for (const line of log.split('\n')) {
  const vitest = line.match(/^\s*Tests\s+(.+?)\s+\(\d+\)\s*$/);
  if (vitest) {
    passed += Number(vitest[1].match(/(\d+) passed/)?.[1] ?? 0);
    failed += Number(vitest[1].match(/(\d+) failed/)?.[1] ?? 0);
    continue;
  }
  const pw = line.match(/^\s+(\d+) (passed|failed|flaky)\b/);
  if (pw) {
    if (pw[2] === 'passed') passed += Number(pw[1]);
    else failed += Number(pw[1]);
  }
}
if (Number(statusArg) !== 0 && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed`);
