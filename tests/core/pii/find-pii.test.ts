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
/** GB 11643-1999's own worked example. */
const STANDARD_ID = '11010519491231002X';
const OLD_ID = withIdCheck('44052419080101001');
const GROUPED_CARD = withLuhn('622202123456789012');
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
    ["the standard's own example ID", `身份证号码${STANDARD_ID}。`, [['cn_id', STANDARD_ID]]],
    ['an ID of someone born in 1908', `证件${OLD_ID}`, [['cn_id', OLD_ID]]],
    ['an ID in 6-8-4 groups joined by full stops', `身份证110105.19491231.002X。`, [['cn_id', '110105.19491231.002X']]],
    ['an ID in 6-8-4 groups joined by hyphens', `证件 110105-19491231-002X`, [['cn_id', '110105-19491231-002X']]],
    ['an ID in 6-4-4-4 groups', `证件110105 1949 1231 002X，`, [['cn_id', '110105 1949 1231 002X']]],
    ['an ID in 3-3-4-4-4 groups', `证件 110 105 1949 1231 002X`, [['cn_id', '110 105 1949 1231 002X']]],
    [
      'an ID in groups of four with a full-width stop',
      `证件1101．0519．4912．3100．2X`,
      [['cn_id', '1101．0519．4912．3100．2X']],
    ],
    [
      'a 4-4-4-4-3 card written with spaces',
      `卡号6222 0212 3456 7890 128。`,
      [['bank_card', '6222 0212 3456 7890 128']],
    ],
    [
      'a card in groups joined by full stops',
      `卡号${GROUPED_CARD.replace(/(\d{4})(?=\d)/g, '$1.')}`,
      [['bank_card', GROUPED_CARD.replace(/(\d{4})(?=\d)/g, '$1.')]],
    ],
    [
      'a card in 6-13 groups',
      `卡号${GROUPED_CARD.slice(0, 6)}-${GROUPED_CARD.slice(6)}`,
      [['bank_card', `${GROUPED_CARD.slice(0, 6)}-${GROUPED_CARD.slice(6)}`]],
    ],
    [
      'a grouped card right after a hyphenated date',
      `2026-12-06 6222 0212 3456 7890 128`,
      [['bank_card', '6222 0212 3456 7890 128']],
    ],
    [
      'a 6-8-4 ID followed by a further group (privacy first)',
      '证件110105.19491231.002X.12',
      [['cn_id', '110105.19491231.002X']],
    ],
    ['a mobile in groups joined by full stops', '电话138.0013.8000', [['mobile', '138.0013.8000']]],
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
    ["the standard's example ID masked", '证件110105********002X'],
    ["the standard's example ID masked in groups", '证件110105.********.002X'],
    ['the last four digits of an ID', '身份证尾号002X'],
    ["the standard's example ID with a wrong check character", '证件110105194912310021'],
    ['a grouped ID with a wrong check character', '证件110105.19491231.0021'],
    [
      'a grouped ID with an impossible date',
      `证件${withIdCheck('11010519490230002').replace(/^(\d{6})(\d{8})/, '$1 $2 ')}`,
    ],
    ['a grouped card failing Luhn', '卡号6222 0212 3456 7890 129'],
    ['groups joined by changing separators into 18 digits', '编号110105-19491231.002X'],
    ['a grouped ID glued to letters', '证件110105.19491231.002Xab'],
    ['an amount and a date', '应还1,680.32元，2026.12.06前'],
  ])('reports nothing for %s', (_, text) => {
    expect(findPii(text)).toEqual([]);
  });

  it('reports only cn_id when an ID also passes Luhn', () => {
    const both = Array.from({ length: 100 }, (_, i) => withIdCheck(`11010519900307${100 + i}`)).find(luhnValid);
    expect(both).toBeDefined();
    expect(hits(`证件${both!}`)).toEqual([['cn_id', both]]);
  });

  it('reports the exact source offsets of a grouped number with zero-width characters inside', () => {
    const text = `卡号：6222\u200b 0212 3456 7890 128，谢谢`;
    const [m] = findPii(text);
    expect(m).toMatchObject({ kind: 'bank_card', start: 3, end: 27 });
    expect(m!.value).toBe('6222\u200b 0212 3456 7890 128');
  });

  it('reports value and offsets into the original text', () => {
    const text = `张三，电话＋８６ １３８００１３８０００，谢谢`;
    const [m] = findPii(text);
    expect(m).toMatchObject({ kind: 'mobile', masked: false });
    expect(m!.value).toBe(text.slice(m!.start, m!.end));
    expect(m!.value).toBe('＋８６ １３８００１３８０００');
  });
});
