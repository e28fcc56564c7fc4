import { describe, expect, it } from 'vitest';
import { diagnosticsFor } from '../../src/cli/diagnostics';
import { printSarif } from '../../src/cli/print-sarif';
import { printText } from '../../src/cli/print-text';
import type { Finding, Report } from '../../src/core/index';

const source = '【钱站】您好，\n请于今日还款，否则后果自负！\n{{ borrower.name }}';
const at = (s: string) => ({ start: source.indexOf(s), end: source.indexOf(s) + s.length });

const base = { category: 'threat', severity: 'error', vars: {} } as const;
/** Says every finding as 'm' (the words of a finding come from its rule; these rules are made up). */
const say = () => 'm';
const findings: Finding[] = [
  { ...base, ruleId: 'source-hit', messageId: 'source-hit', target: 'source', ...at('后果自负') },
  {
    ...base,
    ruleId: 'output-literal',
    messageId: 'output-literal',
    target: 'output',
    start: 30,
    end: 34,
    sampleId: 's1',
    sourceStart: at('今日').start,
    sourceEnd: at('今日').end,
  },
  {
    ...base,
    ruleId: 'output-data',
    messageId: 'output-data',
    severity: 'warning',
    target: 'output',
    start: 0,
    end: 2,
    sampleId: 's2',
    match: '张三',
    variable: 'borrower.name',
  },
  { ...base, ruleId: 'meta-window', messageId: 'meta-window', severity: 'info', target: 'meta' },
];
const report: Report = {
  verdict: 'block',
  score: 10,
  findings,
  problems: [
    { code: 'template/parse', message: 'bad', start: at('{{').start, end: at('}}').end },
    { code: 'template/render', message: 'in sample', start: 3, end: 4, sampleId: 's1' },
  ],
  samples: [],
};

describe('diagnosticsFor', () => {
  const ds = diagnosticsFor('t.liquid', source, report, say);
  const by = (id: string) => ds.find((d) => d.ruleId === id)!;

  it.each([
    { id: 'source-hit', line: 2, column: 10, endColumn: 14, located: true },
    { id: 'output-literal', line: 2, column: 3, endColumn: 5, located: true },
    { id: 'output-data', line: 1, column: 1, endColumn: 1, located: false },
    { id: 'meta-window', line: 1, column: 1, endColumn: 1, located: false },
    { id: 'template/parse', line: 3, column: 1, endColumn: 20, located: true },
    { id: 'template/render', line: 1, column: 1, endColumn: 1, located: false },
  ])('places $id at $line:$column', ({ id, line, column, endColumn, located }) => {
    expect(by(id)).toMatchObject({ start: { line, column }, end: { column: endColumn }, located });
  });

  it('reports problems as errors, in source order', () => {
    expect(by('template/parse').severity).toBe('error');
    const order = ds.map((d) => d.start.line * 1000 + d.start.column);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('prints one line per diagnostic and names the sample of an unlocated output hit', () => {
    const lines = printText([{ file: 't.liquid', diagnostics: ds }], 'en')
      .trimEnd()
      .split('\n');
    expect(lines).toContain('t.liquid:2:10 error source-hit m');
    expect(lines).toContain('t.liquid:1:1 warning output-data m (sample s2 “张三”)');
    expect(lines.at(-1)).toBe('1 file checked: 4 errors, 1 warning, 1 info');
  });

  it('prints SARIF levels error/warning/note and declares each rule once', () => {
    const log = JSON.parse(
      printSarif(
        ds,
        new Map([['source-hit', { id: 'source-hit', title: 'Threat' }]]),
        { name: 'x', version: '1' },
        'en',
      ),
    );
    const run = log.runs[0];
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(
      [...new Set(ds.map((d) => d.ruleId))].sort(),
    );
    expect(run.tool.driver.rules.find((r: { id: string }) => r.id === 'source-hit').shortDescription.text).toBe(
      'Threat',
    );
    expect(run.results.map((r: { level: string }) => r.level).sort()).toEqual([
      'error',
      'error',
      'error',
      'error',
      'note',
      'warning',
    ]);
    const hit = run.results.find((r: { ruleId: string }) => r.ruleId === 'source-hit');
    expect(hit.locations[0].physicalLocation.region).toEqual({
      startLine: 2,
      startColumn: 10,
      endLine: 2,
      endColumn: 14,
    });
  });
});
