import { describe, expect, it } from 'vitest';
import { findPii, luhnValid } from '../../../src/core/pii/find-pii';
import { toFullWidth, withIdCheck, withLuhn, withWrongIdCheck } from './helpers';

const ID = withIdCheck('11010519900307123');
const ID_X = ['1', '2', '3', '4', '5', '6', '7', '8', '9']
  .map((d) => withIdCheck('3201021985061500' + d))
  .find((s) => s.endsWith('X'))!;
const CARD16 = withLuhn('622202123456789');
const CARD19 = withLuhn('621700123456789012');
const MOBILE = '13800138000';
/** A digit that, glued after `digits`, does not make a Luhn-valid number (so no card hides the case). */
const DIGITS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];
const nonLuhnDigit = (digits: string) => DIGITS.find((d) => !luhnValid(digits + d))!;
const nonLuhnLead = (digits: string) => DIGITS.find((d) => !luhnValid(d + digits))!;

const hits = (text: string) => findPii(text).map((m) => [m.kind, text.slice(m.start, m.end)]);

describe('findPii', () => {
  it.each([
    ['a plain ID', `身份证号${ID}。`, [['cn_id', ID]]],
    ['an ID ending in X', `证件${ID_X}`, [['cn_id', ID_X]]],
    ['an ID ending in lower-case x', `证件${ID_X.toLowerCase()}`, [['cn_id', ID_X.toLowerCase()]]],
    [
      'a 6-8-4 grouped ID',
      `号码 ${ID.slice(0, 6)} ${ID.slice(6, 14)} ${ID.slice(14)} 请核对`,
      [['cn_id', `${ID.slice(0, 6)} ${ID.slice(6, 14)} ${ID.slice(14)}`]],
    ],
    ['a full-width ID', `证件${toFullWidth(ID)}`, [['cn_id', toFullWidth(ID)]]],
    [
      'an ID with a zero-width space inside',
      `证件${ID.slice(0, 9)}\u200b${ID.slice(9)}`,
      [['cn_id', `${ID.slice(0, 9)}\u200b${ID.slice(9)}`]],
    ],
    ['a mobile', `请致电${MOBILE}`, [['mobile', MOBILE]]],
    ['a mobile with +86', `电话+86 ${MOBILE}。`, [['mobile', `+86 ${MOBILE}`]]],
    ['a mobile with 0086', `电话0086-${MOBILE}`, [['mobile', `0086-${MOBILE}`]]],
    ['a mobile with 86', `电话86${MOBILE}`, [['mobile', `86${MOBILE}`]]],
    ['a 3-4-4 mobile', '电话 138 0013 8000。', [['mobile', '138 0013 8000']]],
    ['a hyphenated mobile', '电话138-0013-8000', [['mobile', '138-0013-8000']]],
    ['a full-width mobile', `电话${toFullWidth(MOBILE)}`, [['mobile', toFullWidth(MOBILE)]]],
    ['a mobile with a zero-width joiner', '电话1380\u200d0138000', [['mobile', '1380\u200d0138000']]],
    ['a 16-digit card', `卡号${CARD16}`, [['bank_card', CARD16]]],
    ['a 19-digit card', `卡号${CARD19}`, [['bank_card', CARD19]]],
    [
      'a 4-4-4-4 card',
      `卡号 ${CARD16.replace(/(\d{4})(?=\d)/g, '$1 ')} 已绑定`,
      [['bank_card', CARD16.replace(/(\d{4})(?=\d)/g, '$1 ')]],
    ],
    [
      'a 4-4-4-4-3 card',
      `卡号${CARD19.replace(/(\d{4})(?=\d)/g, '$1-')}`,
      [['bank_card', CARD19.replace(/(\d{4})(?=\d)/g, '$1-')]],
    ],
    ['a full-width card', `卡号${toFullWidth(CARD16)}`, [['bank_card', toFullWidth(CARD16)]]],
    [
      'all three kinds in order',
      `${MOBILE}，${CARD16}，${ID}`,
      [
        ['mobile', MOBILE],
        ['bank_card', CARD16],
        ['cn_id', ID],
      ],
    ],
  ])('reports %s', (_, text, expected) => {
    expect(hits(text)).toEqual(expected);
  });

  it.each([
    ['an ID with a wrong check character', `证件${withWrongIdCheck('11010519900307123')}`],
    ['an ID with an impossible date', `证件${withIdCheck('11010519990230123')}`],
    ['a masked ID', '证件1101**********1234'],
    ['a masked ID (6-4)', `证件${ID.slice(0, 6)}********${ID.slice(14)}`],
    ['a masked mobile', '电话138****5678'],
    ['last four digits', '尾号1234的银行卡'],
    ['a masked card', '卡号**** **** **** 1234'],
    ['a partly masked card', '卡号6222 **** **** 1234'],
    ['an ID glued to further digits', `编号${ID}${nonLuhnDigit(ID)}`],
    ['an ID glued to a leading digit', `编号${nonLuhnLead(ID)}${ID}`],
    ['an ID glued to letters', `NO${ID}`],
    ['an ID glued to trailing letters', `${ID}abc`],
    ['a mobile inside a longer digit run', `订单2${MOBILE}9`],
    ['a mobile with an impossible second digit', '电话12800138000'],
    ['a card failing Luhn', `卡号${CARD16.slice(0, -1)}${(Number(CARD16.slice(-1)) + 1) % 10}`],
    ['a card inside a longer digit run', `流水${CARD19}12`],
    ['a card glued to letters', `REF${CARD16}`],
    ['a 15-digit Luhn-valid number', `卡号${withLuhn('62220212345678')}`],
    ['five groups of four', `卡号${CARD16.replace(/(\d{4})(?=\d)/g, '$1 ')} 1234`],
    ['an empty text', ''],
  ])('reports nothing for %s', (_, text) => {
    expect(findPii(text)).toEqual([]);
  });

  it('reports only cn_id when an ID also passes Luhn', () => {
    const both = Array.from({ length: 100 }, (_, i) => withIdCheck(`11010519900307${100 + i}`)).find(luhnValid);
    expect(both).toBeDefined();
    expect(hits(`证件${both!}`)).toEqual([['cn_id', both]]);
  });

  it('reports value and offsets into the original text', () => {
    const text = `张三，电话＋８６ １３８００１３８０００，谢谢`;
    const [m] = findPii(text);
    expect(m).toMatchObject({ kind: 'mobile', masked: false });
    expect(m!.value).toBe(text.slice(m!.start, m!.end));
    expect(m!.value).toBe('＋８６ １３８００１３８０００');
  });
});
