import { beforeAll, describe, expect, it } from 'vitest';
import { defaultRuleset } from '../../src/core/rules/defaults';
import { defaultSamples } from '../../src/core/samples/defaults';
import {
  capRow,
  chooseTemplate,
  DailyCap,
  formatCst,
  parseInstant,
  planRow,
  readHeader,
  sendWindow,
  stageDay,
  verifyBundle,
  type RowContext,
  type VerifiedBundle,
} from '../../src/runtime/index';
import { maskPhone, phoneKey } from '../../src/runtime/dry-run/daily-cap';
import { COLUMNS, csvRow, lawfulTemplates, signedBundle, withValues, type Approved } from '../cli/dry-run-fixture';

/**
 * A lawful source for every stage (the D+7 example's without its days overdue, which would be untrue on D0 and
 * is held by the send-time gate), so only the policy differs between the test templates.
 */
const SOURCE = lawfulTemplates()
  .find((x) => x.id === 'd-plus-7-reminder')!
  .source.replace('的借款已逾期{{ loan.overdue_days }}天', '的借款');
const t = (id: string, stage: string, over: Partial<Approved['meta']> = {}): Approved => ({
  id,
  name: id,
  meta: { audience: 'debtor', stage, sendWindow: { start: '08:00', end: '22:00' }, maxPerDay: 1, ...over },
  source: SOURCE,
});

let staged: VerifiedBundle;
const at = (iso: string) => parseInstant(iso)!;

beforeAll(async () => {
  const file = await signedBundle([
    t('contact-d7', 'D+7', { audience: 'contact' }),
    t('d-minus-3', 'D-3'),
    t('d-zero', 'D0'),
    t('d-plus-7', 'D+7'),
    t('d-plus-7-other', 'D+7'),
    t('hardship', 'hardship'),
    t('d-plus-30', 'D+30'),
  ]);
  const loaded = await verifyBundle(file.text, {
    trustedKeys: [file.publicJwk],
    now: new Date('2026-12-02T00:00:00Z'),
  });
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
  staged = loaded.value;
});

describe('stageDay', () => {
  it.each([
    ['D-3', -3],
    ['D-1', -1],
    ['D0', 0],
    ['D+0', 0],
    ['D+1', 1],
    ['D+30', 30],
    ['hardship', undefined],
    ['D+', undefined],
    ['d+1', undefined],
  ])('reads %s as day %s', (stage, day) => {
    expect(stageDay(stage)).toBe(day);
  });
});

describe('chooseTemplate (exact day)', () => {
  it.each([
    { days: -3, id: 'd-minus-3' },
    { days: -2, id: undefined },
    { days: 0, id: 'd-zero' },
    { days: 7, id: 'd-plus-7' },
    { days: 8, id: undefined },
    { days: 29, id: undefined },
    { days: 30, id: 'd-plus-30' },
    { days: 45, id: undefined },
  ])('chooses $id for overdue_days $days', ({ days, id }) => {
    expect(chooseTemplate(staged, days)?.template.id).toBe(id);
  });
});

describe('sendWindow (UTC+08:00)', () => {
  const window = { start: '08:00', end: '22:00' };
  it.each([
    { at: '2026-12-02T07:59+08:00', kind: 'later', when: '2026-12-02T08:00:00+08:00' },
    { at: '2026-12-02T08:00+08:00', kind: 'now', when: '2026-12-02T08:00:00+08:00' },
    { at: '2026-12-02T21:59:59+08:00', kind: 'now', when: '2026-12-02T21:59:59+08:00' },
    { at: '2026-12-02T22:00+08:00', kind: 'later', when: '2026-12-03T08:00:00+08:00' },
    { at: '2026-12-02T23:30+08:00', kind: 'later', when: '2026-12-03T08:00:00+08:00' },
    { at: '2026-12-02T13:59Z', kind: 'now', when: '2026-12-02T21:59:00+08:00' },
    { at: '2026-12-02T14:00Z', kind: 'later', when: '2026-12-03T08:00:00+08:00' },
    { at: '2026-12-31T23:00+08:00', kind: 'later', when: '2027-01-01T08:00:00+08:00' },
    { at: '2026-12-02T10:00-05:00', kind: 'later', when: '2026-12-03T08:00:00+08:00' },
  ])('at $at: $kind, $when', ({ at: iso, kind, when }) => {
    const d = sendWindow(window, at(iso));
    expect(d.kind).toBe(kind);
    expect(d.kind === 'never' ? undefined : formatCst(d.at)).toBe(when);
  });

  it('never sends in a window that does not end after it starts', () => {
    expect(sendWindow({ start: '22:00', end: '08:00' }, at('2026-12-02T23:00+08:00')).kind).toBe('never');
  });

  it.each(['2026-12-02T10:00', '2026-12-02', 'yesterday', '2026-13-02T10:00+08:00'])('refuses --at %s', (iso) => {
    expect(parseInstant(iso)).toBeUndefined();
  });
});

describe('planRow and the daily cap', () => {
  const zhang = defaultSamples().find((s) => s.id === 'seed-zhang-san')!.data;
  const header = readHeader(COLUMNS);
  const ctx = (iso: string): RowContext => ({
    bundle: staged,
    columns: header.columns,
    width: COLUMNS.length,
    at: at(iso),
    ruleset: defaultRuleset(),
  });
  const record = (values: Record<string, unknown>, line = 2) => ({
    line,
    fields: csvRow(withValues(zhang, values)).split(','),
  });

  it.each([
    { at: '2026-12-02T21:59+08:00', decision: 'send', reason: 'ok', when: '2026-12-02T21:59:00+08:00' },
    {
      at: '2026-12-02T22:00+08:00',
      decision: 'scheduled',
      reason: 'window/after-end',
      when: '2026-12-03T08:00:00+08:00',
    },
    {
      at: '2026-12-02T06:00+08:00',
      decision: 'scheduled',
      reason: 'window/before-start',
      when: '2026-12-02T08:00:00+08:00',
    },
  ])('decides $decision ($reason) at $at', async ({ at: iso, decision, reason, when }) => {
    const plan = await planRow(ctx(iso), record({ 'loan.overdue_days': 7 }), 1);
    expect(plan.line).toMatchObject({ decision, reason, scheduledAt: when, templateId: 'd-plus-7', stage: 'D+7' });
  });

  it('holds a second message to the same phone on the same day, however the number is written', async () => {
    const caps = new DailyCap();
    const c = ctx('2026-12-02T10:00+08:00');
    const first = capRow(await planRow(c, record({ 'loan.overdue_days': 7 }), 1), caps);
    const again = capRow(
      await planRow(c, record({ 'loan.overdue_days': 0, 'borrower.phone': '+86 138-0000-1234' }), 2),
      caps,
    );
    const other = capRow(
      await planRow(c, record({ 'loan.overdue_days': 0, 'borrower.phone': '13900001234' }), 3),
      caps,
    );
    expect([first.decision, again.decision, again.reason, again.scheduledAt, other.decision]).toEqual([
      'send',
      'held',
      'cap/daily',
      null,
      'send',
    ]);
  });

  it('counts a message scheduled for tomorrow against tomorrow, not today', async () => {
    const caps = new DailyCap();
    const late = capRow(await planRow(ctx('2026-12-02T23:00+08:00'), record({ 'loan.overdue_days': 7 }), 1), caps);
    const today = capRow(await planRow(ctx('2026-12-02T10:00+08:00'), record({ 'loan.overdue_days': 0 }), 2), caps);
    const tomorrow = capRow(await planRow(ctx('2026-12-03T09:00+08:00'), record({ 'loan.overdue_days': 0 }), 3), caps);
    expect([late.decision, today.decision, tomorrow.decision]).toEqual(['scheduled', 'send', 'held']);
  });

  it('holds a row whose day has no template, naming the reason', async () => {
    const plan = await planRow(ctx('2026-12-02T10:00+08:00'), record({ 'loan.overdue_days': 8 }), 1);
    expect(plan.line).toMatchObject({ decision: 'held', reason: 'stage/no-template', templateId: null, text: null });
    expect(plan.cap).toBeUndefined();
  });

  it('rejects a malformed, short or invalid row with its row number, line and JSON path', async () => {
    const c = ctx('2026-12-02T10:00+08:00');
    const bad = await planRow(c, record({ 'loan.overdue_days': 'seven' }, 9), 8);
    expect(bad.line).toMatchObject({ row: 8, line: 9, decision: 'rejected', reason: 'row/invalid' });
    expect(bad.line.problems).toEqual([expect.objectContaining({ code: 'row/invalid', path: 'loan.overdue_days' })]);
    expect(bad.line.phone).toBe('138****1234');
    const short = await planRow(c, { line: 3, fields: ['张三'] }, 2);
    expect(short.line).toMatchObject({ decision: 'rejected', reason: 'row/columns' });
    const broken = await planRow(c, { line: 4, error: 'a quote inside the unquoted field 1' }, 3);
    expect(broken.line).toMatchObject({ decision: 'rejected', reason: 'row/csv', idHash: null });
  });
});

describe('maskPhone', () => {
  it.each([
    ['13800001234', '138****1234'],
    ['+86 138 0000 1234', '138****1234'],
    ['0086-13800001234', '138****1234'],
    ['010-12345678', '010****5678'],
    ['12345', '*****'],
  ])('masks %s as %s', (phone, masked) => {
    expect(maskPhone(phone)).toBe(masked);
  });

  it('counts +86 and spaced forms as one phone', () => {
    expect(new Set(['+8613800001234', '138 0000 1234', '0086-138-0000-1234'].map(phoneKey))).toEqual(
      new Set(['13800001234']),
    );
  });
});

it('has lawful templates to check in the archive tests', () => {
  expect(lawfulTemplates().length).toBeGreaterThan(3);
});
