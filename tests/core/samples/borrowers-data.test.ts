import { describe, expect, it } from 'vitest';
import { sampleFileSchema, type SampleFile } from '../../../src/core/samples/schema';

// Independent re-implementations: the data must be checksum-valid without trusting src/core/pii.
const modules = import.meta.glob('../../../samples/borrowers/*.json', { eager: true, import: 'default' });
const records = Object.entries(modules).map(([path, json]) => ({ path, json, record: json as SampleFile }));

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';
// Province codes of GB/T 2260 (mainland) — the first two digits of a region code.
const PROVINCES = new Set([
  11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63,
  64, 65,
]);
// The county codes used by the samples, with their names, so a typo in a region is caught.
const REGIONS: Record<string, string> = {
  '110101': '北京市东城区',
  '110105': '北京市朝阳区',
  '130102': '石家庄市长安区',
  '310104': '上海市徐汇区',
  '320102': '南京市玄武区',
  '330106': '杭州市西湖区',
  '350203': '厦门市思明区',
  '370102': '济南市历下区',
  '420106': '武汉市武昌区',
  '440305': '深圳市南山区',
  '500103': '重庆市渝中区',
  '510107': '成都市武侯区',
  '610113': '西安市雁塔区',
  '650102': '乌鲁木齐市天山区',
};

function idProblems(id: string): string[] {
  const out: string[] = [];
  if (!/^\d{17}[\dX]$/.test(id)) return ['format'];
  if (!PROVINCES.has(Number(id.slice(0, 2))) || !(id.slice(0, 6) in REGIONS)) out.push('region');
  const [y, m, d] = [Number(id.slice(6, 10)), Number(id.slice(10, 12)), Number(id.slice(12, 14))];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d || y < 1900 || y > 2006)
    out.push('birth');
  const sum = WEIGHTS.reduce((acc, w, i) => acc + w * Number(id[i]), 0);
  if (CHECK[sum % 11] !== id[17]) out.push('checksum');
  return out;
}

function luhnValid(card: string): boolean {
  if (!/^\d+$/.test(card)) return false;
  let sum = 0;
  [...card].reverse().forEach((ch, i) => {
    let d = Number(ch);
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  });
  return sum % 10 === 0;
}

const phoneOk = (p: string) => /^1[3-9]\d{9}$/.test(p);

describe('the checker of the checker', () => {
  it.each([
    ['11010519491231002X', []],
    ['110105194912310021', ['checksum']],
    ['110105194902300021', ['birth', 'checksum']],
    ['990105194912310021', ['region', 'checksum']],
  ])('reports %s as %j', (id, problems) => {
    expect(idProblems(id)).toEqual(problems);
  });

  it.each([
    ['4111111111111111', true],
    ['4111111111111112', false],
    ['6222020000000000984', true],
  ])('judges card %s Luhn-valid: %s', (card, valid) => {
    expect(luhnValid(card)).toBe(valid);
  });
});

describe('samples/borrowers', () => {
  it('holds at least 14 records with unique ids, each matching its file name', () => {
    expect(records.length).toBeGreaterThanOrEqual(14);
    const ids = records.map((r) => r.record.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { path, record } of records) expect(path.endsWith(`/${record.id}.json`)).toBe(true);
  });

  it.each(records.map((r) => [r.path, r.json] as const))('parses %s with sampleFileSchema', (_path, json) => {
    const parsed = sampleFileSchema.safeParse(json);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
  });

  it.each(records.map((r) => [r.record.id, r.record] as const))(
    'has checksum-valid synthetic numbers in %s',
    (_id, r) => {
      expect(idProblems(r.borrower.id_number)).toEqual([]);
      expect(luhnValid(r.loan.bank_card)).toBe(true);
      expect([16, 19]).toContain(r.loan.bank_card.length);
      expect(phoneOk(r.borrower.phone)).toBe(true);
      for (const c of r.contacts) expect(phoneOk(c.phone)).toBe(true);
      expect(r.loan.amount_due).toBeCloseTo(r.loan.principal + r.loan.interest + r.loan.penalty, 2);
      expect(/^400-000-\d{4}$/.test(r.platform.hotline)).toBe(true);
    },
  );

  it('covers the edge cases the templates must survive', () => {
    const all = records.map((r) => r.record);
    const some = (pred: (r: SampleFile) => boolean) => all.some(pred);
    const coverage = {
      compoundSurname: some((r) => /^(欧阳|司马|上官)/.test(r.borrower.name)),
      middleDot: some((r) => r.borrower.name.includes('·')),
      fourChars: some((r) => [...r.borrower.name].length === 4 && !r.borrower.name.includes('·')),
      genderUnknown: some((r) => r.borrower.gender === '未知'),
      unionPay19: some((r) => r.loan.bank_card.length === 19 && r.loan.bank_card.startsWith('62')),
      card16: some((r) => r.loan.bank_card.length === 16),
      idEndsInX: some((r) => r.borrower.id_number.endsWith('X')),
      zeroInterest: some((r) => r.loan.interest === 0),
      oneDay: some((r) => r.loan.overdue_days === 1),
      over1000Days: some((r) => r.loan.overdue_days > 1000),
      preDue: some((r) => r.loan.overdue_days === -1),
      dueToday: some((r) => r.loan.overdue_days === 0),
      cents: some((r) => !Number.isInteger(r.loan.amount_due * 10)),
      hundredMillion: some((r) => r.loan.amount_due === 100000000),
      noOptionals: some((r) => !r.agency && !r.borrower.address && !r.platform.website && !r.loan.loan_date),
      agency: some((r) => r.agency !== undefined),
      traditional: some((r) => r.borrower.name.includes('陳')),
      longName: some((r) => [...r.borrower.name].length >= 15),
      contacts: all.filter((r) => r.contacts.length > 0).length >= 14,
    };
    expect(
      Object.entries(coverage)
        .filter(([, covered]) => !covered)
        .map(([name]) => name),
    ).toEqual([]);
  });
});
