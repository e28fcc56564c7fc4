import { it } from 'vitest';
import { checkTemplate } from '../../../src/core/check/check-template';
import { defaultTemplates } from '../../../src/core/samples/templates';
it('templates', () => {
  for (const t of defaultTemplates()) {
    const r = checkTemplate({ source: t.source, meta: t.meta });
    console.log(t.id ?? (t as any).name, r.verdict, r.findings.map((f) => `${f.severity}:${f.ruleId}“${f.match ?? ''}”`).join(', '));
  }
});
