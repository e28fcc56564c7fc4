import { describe, expect, it } from 'vitest';
import { checkTemplate, defaultRuleset, defaultSamples } from '../../src/core/index';
import { mergeRanges } from '../../src/worker/batch-check';
import { createBatchHandler } from '../../src/worker/batch-handler';
import type { BatchRequest, BatchResponse } from '../../src/worker/batch-protocol';

const LAWFUL = '【示例消费金融】您好，您的借款已逾期7天，应还1000.00元，请通过官方APP还款，客服400-000-1234。';
const ABUSIVE = '你这个老赖，赶紧还钱，不然通知你单位同事。';

function ask(request: BatchRequest): BatchResponse[] {
  const handle = createBatchHandler();
  const answers: BatchResponse[] = [];
  handle(request, (r) => answers.push(r));
  return answers;
}

describe('mergeRanges', () => {
  it('sorts and merges overlapping and touching ranges into flat pairs', () => {
    expect(
      mergeRanges([
        [8, 9],
        [0, 2],
        [1, 4],
        [4, 5],
      ]),
    ).toEqual([0, 5, 8, 9]);
    expect(mergeRanges([])).toEqual([]);
  });
});

describe('batch handler', () => {
  it('answers a check with one result per message, in order, with the verdict the core gives', () => {
    const [answer] = ask({ id: 1, type: 'check', rows: [7, 3], texts: [LAWFUL, ABUSIVE] });
    expect(answer?.type).toBe('checked');
    if (answer?.type !== 'checked') return;
    expect(answer.rows).toEqual([7, 3]);
    const [lawful, abusive] = answer.results;
    expect(lawful?.verdict).toBe(checkTemplate({ source: LAWFUL }).verdict);
    expect(abusive?.verdict).toBe('block');
    expect(abusive?.categories).toEqual(expect.arrayContaining(['insult', 'third_party']));
  });

  it('highlights the abusive words of a message as ranges of its own text', () => {
    const [answer] = ask({ id: 1, type: 'check', rows: [0], texts: [ABUSIVE] });
    const hits = answer?.type === 'checked' ? (answer.results[0]?.hits ?? []) : [];
    const words: string[] = [];
    for (let i = 0; i < hits.length; i += 2) words.push(ABUSIVE.slice(hits[i], hits[i + 1]));
    expect(words.join('|')).toContain('老赖');
  });

  it('counts errors and warnings only: a lawful message has no categories', () => {
    const [answer] = ask({ id: 1, type: 'check', rows: [0], texts: [LAWFUL] });
    expect(answer?.type === 'checked' && answer.results[0]?.categories).toEqual([]);
  });

  it('gives a message with broken Liquid the template category and its problem code', () => {
    const [answer] = ask({ id: 1, type: 'check', rows: [0], texts: ['您好{{ 请还款'] });
    const result = answer?.type === 'checked' ? answer.results[0] : undefined;
    expect(result?.verdict).toBe('block');
    expect(result?.categories).toContain('template');
    expect(result?.problems).toContain('template/parse');
  });

  it('gives the same verdicts with one sample as the full check with every sample for plain messages', () => {
    const texts = [LAWFUL, ABUSIVE, '您的借款已逾期，请尽快处理。', '【钱站】再不还钱就上门找你家人，让你坐牢！'];
    const [answer] = ask({ id: 1, type: 'check', rows: [0, 1, 2, 3], texts });
    const batch = answer?.type === 'checked' ? answer.results.map((r) => r.verdict) : [];
    const ruleset = defaultRuleset();
    const samples = defaultSamples();
    expect(batch).toEqual(texts.map((source) => checkTemplate({ source }, { ruleset, samples }).verdict));
  });

  it('streams pasted rows in pieces and ends with the total', () => {
    const text = Array.from({ length: 12_001 }, (_, i) => `短信${i}`).join('\n');
    const answers = ask({ id: 5, type: 'rows', input: { kind: 'text', text } });
    expect(answers.map((a) => a.type)).toEqual(['rows', 'rows', 'rows', 'rows-end']);
    expect(answers.flatMap((a) => (a.type === 'rows' ? a.rows : [])).at(-1)).toEqual({
      line: 12_001,
      text: '短信12000',
    });
    expect(answers.at(-1)).toEqual({ id: 5, type: 'rows-end', total: 12_001 });
  });

  it('reads the chosen column of a file and names its encoding', () => {
    const bytes = new TextEncoder().encode('短信,备注\n您好,甲\n,乙\n').buffer as ArrayBuffer;
    const answers = ask({ id: 2, type: 'rows', input: { kind: 'file', name: 'a.csv', bytes }, column: 1 });
    expect(answers[0]).toEqual({
      id: 2,
      type: 'rows',
      rows: [
        { line: 2, text: '甲' },
        { line: 3, text: '乙' },
      ],
    });
    expect(answers.at(-1)).toEqual({ id: 2, type: 'rows-end', total: 2, encoding: 'utf-8' });
  });

  it('inspects a file: header, guessed column, preview and row count', () => {
    const bytes = new TextEncoder().encode('id,message\n1,您好\n2,请还款\n').buffer as ArrayBuffer;
    const [answer] = ask({ id: 3, type: 'inspect', input: { kind: 'file', name: 'a.csv', bytes } });
    expect(answer).toEqual({
      id: 3,
      type: 'table',
      table: {
        encoding: 'utf-8',
        delimiter: ',',
        header: ['id', 'message'],
        column: 1,
        preview: [
          ['1', '您好'],
          ['2', '请还款'],
        ],
        rows: 2,
      },
    });
  });

  it('checks under a rule pack once set up, and reports a pack that does not parse with its problems', () => {
    const handle = createBatchHandler();
    const answers: BatchResponse[] = [];
    handle({ id: 1, type: 'setup', pack: '{ not json' }, (r) => answers.push(r));
    expect(answers[0]?.type).toBe('error');
    handle({ id: 2, type: 'setup', pack: null }, (r) => answers.push(r));
    expect(answers[1]).toEqual({ id: 2, type: 'setup', problems: [] });
    const pack = {
      packVersion: 1,
      name: '测试包',
      revision: 1,
      terms: [{ id: 'org-banned', category: 'marketing', severity: 'error', terms: ['蓝莓'], reason: '本机构禁用' }],
    };
    const check = (id: number) => handle({ id, type: 'check', rows: [0], texts: ['蓝莓'] }, (r) => answers.push(r));
    check(3);
    handle({ id: 4, type: 'setup', pack }, (r) => answers.push(r));
    check(5);
    const categories = answers.flatMap((a) => (a.type === 'checked' ? [a.results[0]?.categories] : []));
    expect(categories[0]).not.toContain('marketing');
    expect(categories[1]).toContain('marketing');
  });
});
