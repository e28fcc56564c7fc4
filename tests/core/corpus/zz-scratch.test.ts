import { it } from 'vitest';
import { readFileSync, existsSync } from 'node:fs';
import { checkTemplate } from '../../../src/core/check/check-template';
import { defaultRuleset } from '../../../src/core/rules/defaults';
import { loadRuleset } from '../../../src/core/rules/load';
import { defaultSamples } from '../../../src/core/samples/defaults';
import type { Finding } from '../../../src/core/types';

const FORM = ['missing_element', 'structure', 'length'];
it('scratch', () => {
  const ruleset = defaultRuleset();
  const samples = defaultSamples();
  const errs = (t: string): Finding[] =>
    checkTemplate({ source: t }, { ruleset, samples }).findings.filter((f) => f.severity === 'error' && !FORM.includes(f.category));
  const d = (fs: Finding[]) => fs.map((f) => `${f.ruleId}“${f.match ?? ''}”`).join(', ');
  const out: string[] = [];
  for (const [name, ab] of [['abusive', 1], ['lawful', 0], ['holdout-abusive', 1], ['holdout-lawful', 0], ['round2-abusive', 1], ['round2-lawful', 0]] as const) {
    const xs = JSON.parse(readFileSync(`tests/fixtures/corpus/${name}.json`, 'utf8')) as { text: string }[];
    const bad = xs.filter((x) => (errs(x.text).length > 0) !== (ab === 1));
    out.push(`${name}: ${ab ? xs.length - bad.length : bad.length}/${xs.length}`);
    for (const b of bad) out.push(`   ${b.text}  ${ab ? '' : d(errs(b.text))}`);
  }
  if (existsSync('/tmp/r2/probe.txt')) {
    for (const line of readFileSync('/tmp/r2/probe.txt', 'utf8').split('\n').filter(Boolean)) out.push(`PROBE ${line}\n      => ${d(errs(line)) || '-'}`);
  }
  console.log(out.join('\n'));
  void loadRuleset;
});
