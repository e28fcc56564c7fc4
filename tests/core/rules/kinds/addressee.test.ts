import { runKindTable } from '../fixtures/kind-table';

const params = {
  roles: ['邻居', '经理', '紧急联系人', '阿姨', '同事'],
  notAddress: ['客户'],
  greetings: ['您好', '你好'],
  openers: ['致', '各位', '请问是'],
  contactCues: ['贵司', '本群'],
  relations: ['儿子', '女儿', '朋友', '同事', '家人'],
  possessors: ['您的', '你的', '您', '你', '贵司'],
  secondPersons: ['您', '你'],
  thirdPersons: ['他', '她', '其'],
  debts: ['借款', '欠款', '欠', '逾期'],
  relayVerbs: ['转告', '提醒', '让'],
  relayPhrases: ['代为偿还'],
  contactVerbs: ['与', '联系'],
  negations: ['不会', '无需', '并非'],
  coObligors: ['保证人'],
};

runKindTable({
  kind: 'addressee',
  params,
  valid: [
    '您好，您的借款已逾期，请按时还款。',
    '王经理您好，您在本行的借款本月到期。',
    '您好，我们不会联系您的家人，请放心。',
    '您好，您并非借款人，无需承担任何责任。',
    '保证人您好，借款人的借款已逾期，请您代为偿还。',
    '阿姨您好，想请您转告小王给我们回个电话。',
    '如收到“邻居您好，隔壁的吴某借款逾期了”之类的短信，并非本平台发送，请勿理会。',
    '',
  ],
  invalid: [
    { text: '阿姨您好，您儿子在我们这欠了三千块。', highlight: ['您儿子在我们这欠'] },
    { text: '邻居您好，隔壁的吴某借款逾期半年了。', highlight: ['邻居您好，隔壁的吴某借款'] },
    { text: '鄰居您好，隔壁的吳某借款逾期半年了。', highlight: ['鄰居您好，隔壁的吳某借款'] },
    { text: '请问是孙某的同事吗？孙某欠款未还，请让他回电。', highlight: ['请问是孙某的同事吗？孙某欠款'] },
    { text: '赵某的借款逾期了，请您提醒她。', highlight: ['借款逾期了，请您提醒她'] },
    { text: '紧急联系人您好，请您代为偿还。', highlight: ['紧急联系人您好，请您代为偿还'] },
    { text: '贵司员工钱某的借款已逾期。', highlight: ['贵司员工钱某的借款'] },
  ],
  badParams: [
    {},
    { ...params, roles: [] },
    { ...params, debts: 'a' },
    { ...params, extra: ['x'] },
    { ...params, negations: [''] },
  ],
});
