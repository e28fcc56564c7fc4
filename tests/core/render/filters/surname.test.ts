import { describe, expect, it } from 'vitest';
import { surname } from '../../../../src/core/render/filters/surname';

describe('surname', () => {
  it.each([
    ['张三', '张'],
    ['王小明', '王'],
    ['张', '张'],
    ['欧阳娜娜', '欧阳'],
    ['欧阳修', '欧阳'],
    ['司马相如', '司马'],
    ['诸葛亮', '诸葛'],
    ['上官婉儿', '上官'],
    ['万俟卨', '万俟'],
    ['端木蓉', '端木'],
    ['欧阳', '欧阳'],
    ['阿依古丽·买买提', '阿依古丽'],
    ['阿依古丽•买买提', '阿依古丽'],
    [' 李 四 ', '李'],
    ['John Smith', 'John Smith'],
    ['', ''],
    [null, ''],
  ])('takes %j to %j', (input, expected) => {
    expect(surname(input)).toBe(expected);
  });
});
