import { describe, expect, it } from 'vitest';
import { honorific } from '../../../../src/core/render/filters/honorific';
import { salutation } from '../../../../src/core/render/filters/salutation';
import { renderTemplate } from '../../../../src/core/render/render-template';

describe('honorific', () => {
  it.each([
    ['男', '先生'],
    ['女', '女士'],
    [' 男 ', '先生'],
    ['Male', '先生'],
    ['F', '女士'],
    ['未知', '先生/女士'],
    ['', '先生/女士'],
    [null, '先生/女士'],
    [undefined, '先生/女士'],
    [1, '先生/女士'],
  ])('turns %j into %j', (input, expected) => {
    expect(honorific(input)).toBe(expected);
  });
});

describe('salutation', () => {
  it.each([
    ['周子墨', '男', '周先生'],
    ['周子墨', '女', '周女士'],
    ['周子墨', '未知', '周子墨'],
    ['周子墨', undefined, '周子墨'],
    ['欧阳娜娜', '女', '欧阳女士'],
    ['欧阳娜娜', '未知', '欧阳娜娜'],
    ['阿依古丽·买买提', '女', '阿依古丽女士'],
    ['阿依古丽·买买提', '未知', '阿依古丽·买买提'],
    [' 刘 张子轩 ', '男', '刘先生'],
  ])('addresses %j of gender %j as %j', (name, gender, expected) => {
    expect(salutation(name, gender)).toBe(expected);
  });
});

/** The greeting every template in samples/ writes, and the one salutation gives, for every gender. */
describe('a greeting reads right for every gender', () => {
  const borrower = (gender: string) => ({ borrower: { name: '周子墨', gender } });
  it.each([
    ['男', '周先生您好', '周先生您好'],
    ['女', '周女士您好', '周女士您好'],
    ['未知', '周先生/女士您好', '周子墨您好'],
  ])('greets a %s borrower as %j (surname + honorific) and %j (salutation)', (gender, written, salute) => {
    const data = borrower(gender);
    const old = renderTemplate('{{ borrower.name | surname }}{{ borrower.gender | honorific }}您好', data);
    expect(old).toEqual({ ok: true, text: written });
    const next = renderTemplate('{{ borrower.name | salutation: borrower.gender }}您好', data);
    expect(next).toEqual({ ok: true, text: salute });
    for (const text of [written, salute]) expect(text).not.toMatch(/^[\u4e00-\u9fff]您好$/);
  });
});
