import { describe, expect, it } from 'vitest';
import { canApprove, canRequestChanges, canSubmit } from '../../../src/core/review/decisions';
import type { Actor, Justification, Review } from '../../../src/core/review/schemas';
import { finding, HASH_A, report, summary, version } from './fixtures';

const reviewer: Actor = { name: '李四', role: 'reviewer' };
const codes = (r: { ok: boolean; problems?: { code: string }[] }): string[] =>
  (r.problems ?? []).map((p) => p.code).sort();

const warnReport = report([
  finding({ ruleId: 'fees-vague' }),
  finding({ ruleId: 'tone-urgent', start: 5, end: 7 }),
  finding({ ruleId: 'fees-vague', start: 9, end: 11 }),
]);
const both: Justification[] = [
  { ruleId: 'fees-vague', text: '金额由系统精确填充' },
  { ruleId: 'tone-urgent', text: '  符合内部话术标准  ' },
];

describe('canApprove', () => {
  it.each<[string, Parameters<typeof canApprove>, string[]]>([
    ['a clean report', [version(), report([]), reviewer, []], []],
    ['every warning rule justified', [version(), warnReport, reviewer, both], []],
    [
      'a warning rule without justification',
      [version(), warnReport, reviewer, [both[0]!]],
      ['review/justification-missing'],
    ],
    [
      'a blank justification',
      [version(), warnReport, reviewer, [both[0]!, { ruleId: 'tone-urgent', text: '   ' }]],
      ['review/justification-missing'],
    ],
    ['a blocked report', [version(), report([finding({ severity: 'error' })]), reviewer, []], ['review/blocked']],
    [
      'a report with problems',
      [version(), report([], { problems: [{ code: 'template/parse', message: 'x' }] }), reviewer, []],
      ['review/blocked'],
    ],
    [
      'a blocked summary',
      [version(), summary({ verdict: 'block', counts: { error: 1, warning: 0, info: 0 } }), reviewer, []],
      ['review/blocked'],
    ],
    ['the author approving', [version({ author: '李四' }), report([]), reviewer, []], ['review/self-approval']],
    [
      'the author with other spacing/case',
      [version({ author: ' Li Si ' }), report([]), { name: 'li si', role: 'reviewer' }, []],
      ['review/self-approval'],
    ],
    ['a writer approving', [version(), report([]), { name: '王五', role: 'writer' }, []], ['review/not-reviewer']],
    ['no display name', [version(), report([]), { name: ' ', role: 'reviewer' }, []], ['review/anonymous']],
    ['a changed ruleset or samples hash', [version(), report([]), reviewer, [], 'f'.repeat(64)], ['review/stale']],
    ['the same hash', [version(), report([]), reviewer, [], HASH_A], []],
  ])('returns %s → %j', (_name, args, expected) => {
    expect(codes(canApprove(...args))).toEqual(expected);
  });

  it('names each unjustified warning rule once in its problem', () => {
    const r = canApprove(version(), warnReport, reviewer, []);
    expect(r.ok).toBe(false);
    expect(r.problems?.map((p) => p.ruleId)).toEqual(['fees-vague', 'tone-urgent']);
  });

  it('returns the trimmed justifications of the warning rules only', () => {
    const r = canApprove(version(), warnReport, reviewer, [...both, { ruleId: 'unrelated', text: 'x' }]);
    expect(r.ok && r.value).toEqual([
      { ruleId: 'fees-vague', text: '金额由系统精确填充' },
      { ruleId: 'tone-urgent', text: '符合内部话术标准' },
    ]);
  });

  it('does not count info findings as needing justification', () => {
    expect(canApprove(version(), report([finding({ severity: 'info' })]), reviewer, []).ok).toBe(true);
  });
});

describe('canSubmit', () => {
  const review = (status: Review['status'], versionId = 't1@1'): Review => ({
    id: 'r1',
    versionId,
    templateId: 't1',
    status,
    reviewer: '李四',
    decidedAt: '2024-05-01T09:00:00.000Z',
    note: '',
    justifications: [],
    contentHash: HASH_A,
    reportSummary: summary(),
  });
  it.each<[string, Parameters<typeof canSubmit>, string[]]>([
    ['a fresh version', [version()], []],
    [
      'a blocked version',
      [version({ report: summary({ verdict: 'block', counts: { error: 2, warning: 0, info: 0 } }) })],
      ['review/blocked'],
    ],
    ['a version already in review', [version(), review('in_review')], ['review/already-submitted']],
    ['a version already approved', [version(), review('approved')], ['review/already-submitted']],
    ['a version sent back', [version(), review('changes_requested')], []],
    ['a new version while an older one is approved', [version({ id: 't1@2', number: 2 }), review('approved')], []],
  ])('returns %s → %j', (_name, args, expected) => {
    expect(codes(canSubmit(...args))).toEqual(expected);
  });
});

describe('canRequestChanges', () => {
  it.each<[Actor, string, string[]]>([
    [reviewer, '请删除“后果自负”', []],
    [reviewer, '  ', ['review/note-missing']],
    [{ name: '王五', role: 'writer' }, '改一下', ['review/not-reviewer']],
  ])('returns for %j with note %j → %j', (actor, note, expected) => {
    expect(codes(canRequestChanges(actor, note))).toEqual(expected);
  });
});
