import { it } from 'vitest';
import { readFileSync } from 'node:fs';
import { checkTemplate } from '../../../src/core/check/check-template';
import { defaultRuleset } from '../../../src/core/rules/defaults';
import { defaultSamples } from '../../../src/core/samples/defaults';
const FORM = ['missing_element', 'structure', 'length'];
const ruleset = defaultRuleset();
const samples = defaultSamples();
const errs = (t: string) => checkTemplate({ source: t }, { ruleset, samples }).findings.filter((f) => f.severity === 'error' && !FORM.includes(f.category));
it('holdout', () => {
  const a = JSON.parse(readFileSync('/tmp/gen/holdout-abusive.json', 'utf8')) as { text: string }[];
  const l = JSON.parse(readFileSync('/tmp/gen/holdout-lawful.json', 'utf8')) as { text: string }[];
  const miss = a.filter((e) => errs(e.text).length === 0).map((e) => e.text);
  const fb = l.map((e) => ({ t: e.text, e: errs(e.text) })).filter((r) => r.e.length > 0).map((r) => `${r.t}\n    ${r.e.map((f) => `${f.ruleId}“${f.match}”`).join(', ')}`);
  console.log(`HOLDOUT recall ${a.length - miss.length}/${a.length}; false blocks ${fb.length}/${l.length}\nMISS\n${miss.join('\n')}\nFB\n${fb.join('\n')}`);
});
