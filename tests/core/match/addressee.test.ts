import { describe, expect, it } from 'vitest';
import { compileAddressee, readAddressee, type AddresseeWords } from '../../../src/core/match/addressee';
import { matchable } from '../../../src/core/match/matchable';

const WORDS: AddresseeWords = {
  roles: ['邻居', '经理', '紧急联系人', '叔叔', '同事', '领导', '姐'],
  notAddress: ['小姐', '客户', '女士'],
  greetings: ['您好', '你好', '大家好'],
  openers: ['致', '尊敬的', '各位', '请问是', '作为'],
  requestOpeners: ['请'],
  contactCues: ['贵司', '@所有人', '预留您'],
  copiedTo: ['同时发送至'],
  relations: ['儿子', '侄子', '孙女', '朋友', '同事', '配偶', '家人', '员工'],
  possessors: ['您的', '你的', '您', '你', '贵司'],
  secondPersons: ['您', '你'],
  thirdPersons: ['他', '她', '其'],
  notThirdPersons: ['他人', '其他'],
  debts: ['借款', '欠款', '欠', '逾期', '未还'],
  relayVerbs: ['转告', '提醒', '让', '督促'],
  relayPhrases: ['代为偿还', '督促其'],
  contactVerbs: ['与', '联系'],
  negations: ['不会', '无需', '并非', '停止', '不承担'],
  notDebts: ['借款人'],
  coObligors: ['保证人'],
};
const { lexicon, issues } = compileAddressee(WORDS);

const read = (text: string) => {
  const m = matchable(text);
  const r = readAddressee(m, lexicon);
  return (
    r && {
      reason: r.reason,
      evidence: text.slice(m.toOriginal(r.start, r.end).start, m.toOriginal(r.start, r.end).end),
    }
  );
};

describe('readAddressee', () => {
  it('compiles the word lists without issues', () => {
    expect(issues).toEqual([]);
  });

  it.each([
    ['叔叔您好，您侄子在我们这欠了两千块。', 'relative-owes', '您侄子在我们这欠'],
    ['您的儿子王某的借款已逾期。', 'relative-owes', '您的儿子王某的借款'],
    ['邻居您好，楼上的赵某借款未还。', 'addressed-and-debt', '邻居您好，楼上的赵某借款'],
    ['請問是李某的領導嗎？李某欠款已久。', 'addressed-and-debt', '請問是李某的領導嗎？李某欠款'],
    ['贵司某部门的钱某已逾期三个月。', 'addressed-and-debt', '贵司某部门的钱某已逾期'],
    ['@所有人 群里有人欠钱跑了。', 'addressed-and-debt', '@所有人 群里有人欠'],
    ['欠款人钱某逾期未还，请其单位领导关注。', 'addressed-and-debt', '欠款人钱某逾期未还，请其单位领导'],
    ['紧急联系人您好，请您督促其尽快处理。', 'addressed-and-relay', '紧急联系人您好，请您督促其'],
    ['王某的借款逾期了，麻烦您转告他。', 'relay-about-debtor', '借款逾期了，麻烦您转告他'],
    ['您的借款已逾期，本短信同时发送至您的配偶。', 'copied-to-third-party', '借款已逾期，本短信同时发送至您的配偶'],
  ])('reads %s as addressed to a third party', (text, reason, evidence) => {
    expect(read(text)).toEqual({ reason, evidence });
  });

  it.each([
    '王经理您好，您的借款已逾期，请按时还款。',
    '王小姐您好，您的借款已逾期。',
    '您的借款已逾期，请联系客服经理。',
    '如需家人代您还款，请家人携带授权书办理，代为偿还须经您同意。',
    '尊敬的孙女士，您的借款已逾期，尚欠本息两千元。',
    '经理您好，您的借款已逾期，尚欠本息两千元。',
    '您好，您的借款已逾期，我们不会联系您的家人。',
    '您好，您的家人不承担还款责任。',
    '您并非借款人，无需承担责任，我们已停止联系您。',
    '经您同意，我们将与您的配偶沟通欠款事宜。',
    '您好，您的借款因家人生病出现逾期，已为您办理延期。',
    '冒昧打扰，王先生预留您的号码，请转告他回电。',
    '保证人您好，借款人赵某的借款已逾期，请您代为偿还。',
    '请不要把验证码告诉他人。',
    '',
  ])('reads %s as written to the borrower or as lawful', (text) => {
    expect(read(text)).toBeUndefined();
  });

  it('counts nothing the caller excuses (a quoted scam message)', () => {
    const text = '如收到“邻居您好，楼上的赵某借款未还”之类短信，系诈骗。';
    const m = matchable(text);
    const quote = { start: text.indexOf('“'), end: text.indexOf('”') + 1 };
    const excused = (s: { start: number; end: number }) => {
      const o = m.toOriginal(s.start, s.end);
      return quote.start <= o.start && o.end <= quote.end;
    };
    expect(readAddressee(m, lexicon)).toBeDefined();
    expect(readAddressee(m, lexicon, excused)).toBeUndefined();
  });

  it('reports an empty phrase as a lint issue and keeps the rest', () => {
    const r = compileAddressee({ ...WORDS, roles: ['\u200b', '邻居'] });
    expect(r.issues.map((i) => i.path)).toEqual([['params', 'roles', 0]]);
    expect(readAddressee(matchable('邻居您好，楼上的赵某借款未还。'), r.lexicon)?.reason).toBe('addressed-and-debt');
  });
});
