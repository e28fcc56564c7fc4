import { isCalendarDate } from './calendar-date';
import { describe, FilterInputError, type FilterDoc } from './filter-doc';

/** `YYYY-MM-DD` or `YYYY/MM/DD`, optionally followed by a time that is ignored (no time-zone shift). */
const DATE = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T\s].*)?$/;

/** 2023-03-01 → 2023年3月1日. Date objects use their local calendar day; anything else is an error. */
export function dateCn(value: unknown): string {
  let ymd: [number, number, number] | undefined;
  if (value instanceof Date && !Number.isNaN(value.getTime())) {
    ymd = [value.getFullYear(), value.getMonth() + 1, value.getDate()];
  } else if (typeof value === 'string') {
    const m = DATE.exec(value.trim());
    if (m) ymd = [Number(m[1]), Number(m[2]), Number(m[3])];
  }
  if (!ymd || !isCalendarDate(...ymd)) {
    const got = describe(value);
    throw new FilterInputError(`date_cn expects a date like 2023-03-01, got ${got}`, 'not-date', got);
  }
  return `${ymd[0]}年${ymd[1]}月${ymd[2]}日`;
}

export const dateCnDoc: FilterDoc = {
  name: 'date_cn',
  zh: '中文日期：2023-03-01 → 2023年3月1日。无效日期报错。',
  en: 'Chinese date: 2023-03-01 → 2023年3月1日. An invalid date is an error.',
  examples: [
    { input: '2023-03-01', output: '2023年3月1日' },
    { input: '2023/12/31', output: '2023年12月31日' },
    { input: '2024-02-29T08:00:00+08:00', output: '2024年2月29日' },
  ],
  apply: dateCn,
};
