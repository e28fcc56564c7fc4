/**
 * The instruments rules may cite as their legal basis, with their kind, evidence label and English gloss, as
 * /work/shared/domain/regulations.md reads them. A basis entry names one of these by its exact `source` text;
 * `tests/core/rules/basis-audit.test.ts` holds every rule in rules/ to this table.
 */

/** What kind of text a basis entry cites. The first six are instruments a rule may rest on. */
export const INSTRUMENT_KINDS = [
  'law',
  'judicial_interpretation',
  'regulation',
  'standard',
  'self_regulatory',
  'carrier_rule',
  'secondary',
  'foreign',
  'decision',
] as const;
export type InstrumentKind = (typeof INSTRUMENT_KINDS)[number];

/** Kinds a rule may rest on alone: Chinese law, judicial documents, regulations, standards, self-regulation, carrier rules. */
export const PRIMARY_KINDS: readonly InstrumentKind[] = [
  'law',
  'judicial_interpretation',
  'regulation',
  'standard',
  'self_regulatory',
  'carrier_rule',
];

export const isPrimaryKind = (kind: InstrumentKind): boolean => PRIMARY_KINDS.includes(kind);

/**
 * Evidence labels of regulations.md §0: V1 verified in the primary text, V2 verified through a secondary page that
 * quotes or summarises the instrument, P platform/carrier practice, I inference or design choice.
 */
export const EVIDENCE_LABELS = ['V1', 'V2', 'P', 'I'] as const;
export type EvidenceLabel = (typeof EVIDENCE_LABELS)[number];

/** The words a basis note starts with when a rule has no primary instrument (the audit looks for them). */
export const WEAK_BASIS_NOTE = '无一手依据';

export interface Instrument {
  /** the exact text basis entries cite (Chinese name as the instrument is known) */
  source: string;
  kind: InstrumentKind;
  label: EvidenceLabel;
  /** English gloss shown next to the Chinese name in the English UI */
  gloss: string;
  /** where regulations.md read it (default for entries citing it) */
  url?: string;
}

const LAWREFBOOK = 'https://github.com/LawRefBook/Laws/blob/2f4c5c23716267af9dbebbbbd6cbbf732b101981/';

export const INSTRUMENTS: readonly Instrument[] = [
  {
    source: '《个人信息保护法》',
    kind: 'law',
    label: 'V1',
    gloss: 'Personal Information Protection Law',
    url: `${LAWREFBOOK}行政法/个人信息保护法(2021-08-20).md`,
  },
  {
    source: '《民法典》',
    kind: 'law',
    label: 'V1',
    gloss: 'Civil Code',
    url: `${LAWREFBOOK}民法典/人格权编.md`,
  },
  { source: '《刑法》', kind: 'law', label: 'V1', gloss: 'Criminal Law', url: `${LAWREFBOOK}刑法/刑法.md` },
  {
    source: '《治安管理处罚法》（2012年文本）',
    kind: 'law',
    label: 'V1',
    gloss: 'Public Security Administration Punishments Law (2012 text)',
    url: `${LAWREFBOOK}行政法/治安管理处罚法(2012-10-26).md`,
  },
  { source: '《消费者权益保护法》', kind: 'law', label: 'V1', gloss: 'Consumer Rights and Interests Protection Law' },
  { source: '《广告法》', kind: 'law', label: 'V1', gloss: 'Advertising Law' },
  {
    source: '《征信业管理条例》',
    kind: 'regulation',
    label: 'V1',
    gloss: 'Regulation on the Administration of the Credit Reporting Industry (State Council)',
  },
  {
    source: '最高人民法院《关于限制被执行人高消费的若干规定》',
    kind: 'judicial_interpretation',
    label: 'V1',
    gloss: 'Supreme People’s Court Provisions on Restricting High Consumption by Judgment Debtors',
  },
  {
    source: '最高人民法院《关于公布失信被执行人名单信息的若干规定》',
    kind: 'judicial_interpretation',
    label: 'V1',
    gloss: 'Supreme People’s Court Provisions on Publishing the List of Dishonest Judgment Debtors',
  },
  {
    source: '两高两部《关于办理实施“软暴力”的刑事案件若干问题的意见》（2019）',
    kind: 'judicial_interpretation',
    label: 'V2',
    gloss: 'Opinions of the SPC, SPP, MPS and MOJ on Criminal Cases of “Soft Violence” (2019)',
    url: 'http://6dgww.com/Article/9264960.html',
  },
  {
    source: '《商业银行信用卡业务监督管理办法》',
    kind: 'regulation',
    label: 'V2',
    gloss: 'Measures for the Supervision of Credit Card Business of Commercial Banks (2011)',
    url: 'http://wwpfw.com/xinyongqiataoxian/96746.html',
  },
  {
    source: '《银行保险机构消费者权益保护管理办法》',
    kind: 'regulation',
    label: 'V2',
    gloss: 'Measures on Consumer Rights Protection by Banking and Insurance Institutions (2023)',
    url: 'https://www.233.com/ccbp/zhishiku/385/202512/31170745433109.html',
  },
  {
    source: '《消费金融公司管理办法》（2024修订）',
    kind: 'regulation',
    label: 'V2',
    gloss: 'Measures for the Administration of Consumer Finance Companies (2024 revision)',
    url: 'https://portal.sina.com.hk/news-china/sina/2024/10/21/1014614/%E8%87%A5%E5%BA%95%E5%82%AC%E6%94%B6%E5%85%AC%E5%8F%B830%E5%A4%A9%EF%BC%8C%E8%A8%98%E8%80%85%E7%9C%8B%E5%88%B0%E7%9A%84%E3%80%8C%E6%9A%B4%E5%8A%9B%E5%82%AC%E6%94%B6%E3%80%8D%E9%87%8D%E7%81%BD%E5%8D%80',
  },
  {
    source: '《通信短信息服务管理规定》（工业和信息化部令第31号）',
    kind: 'regulation',
    label: 'V2',
    gloss: 'Provisions on the Administration of Short Message Services (MIIT Order No. 31)',
    url: 'https://m.110ask.com/wenda/12808565508261700334.html',
  },
  {
    source: 'GB/T 45251-2025《互联网金融 个人网络消费信贷 贷后催收风控指引》',
    kind: 'standard',
    label: 'V2',
    gloss: 'National standard GB/T 45251-2025: post-loan collection risk control for personal online consumer credit',
    url: 'https://m.csai.cn/wenda/1022378.html',
  },
  {
    source: '中国互联网金融协会《互联网金融逾期债务催收自律公约（试行）》',
    kind: 'self_regulatory',
    label: 'V2',
    gloss: 'NIFA Self-Regulatory Convention on Collecting Overdue Internet-Finance Debts (trial, 2018)',
    url: 'https://waihuizhishiwang.com/gupiaozhishi/fxh2lbtupq.html',
  },
  {
    source: '中国银行业协会《金融机构个人消费类贷款催收工作指引（试行）》（2026）',
    kind: 'self_regulatory',
    label: 'V2',
    gloss: 'China Banking Association Guidelines on Collecting Personal Consumer Loans (trial, 2026)',
    url: 'http://blog.lgjyuntun.com/article/1846280.shtml',
  },
  {
    source: '阿里云/华为云短信模板规范',
    kind: 'carrier_rule',
    label: 'P',
    gloss: 'Alibaba Cloud / Huawei Cloud SMS template rules',
    url: 'https://alibabacloud.com/help/tc/sms/user-guide/message-template-for-chinese-mainland',
  },
  {
    source: '短信平台计费规范（华为云、帆软）',
    kind: 'carrier_rule',
    label: 'P',
    gloss: 'SMS platform length and billing rules (Huawei Cloud, FanRuan)',
    url: 'https://support.huaweicloud.com/usermanual-iotcom/iotcom_03_1002.html',
  },
  {
    source: '短信平台模板规范',
    kind: 'carrier_rule',
    label: 'P',
    gloss: 'SMS platform template rules',
    url: 'https://alibabacloud.com/help/tc/sms/user-guide/message-template-for-chinese-mainland',
  },
  {
    source: 'FanRuan 短信模板规则',
    kind: 'carrier_rule',
    label: 'P',
    gloss: 'FanRuan SMS template rules',
    url: 'https://help.fanruan.com/finereport/edition-view-62632-0.html',
  },
  {
    source: '华为云短信签名规范',
    kind: 'carrier_rule',
    label: 'P',
    gloss: 'Huawei Cloud SMS signature rules',
    url: 'https://www.kancloud.cn/wangjikeji/wangjiapi/1299686',
  },
  {
    source: '华为云短信模板规范',
    kind: 'carrier_rule',
    label: 'P',
    gloss: 'Huawei Cloud SMS template rules',
    url: 'https://support.huaweicloud.com/usermanual-iotcom/iotcom_03_1002.html',
  },
  {
    source: '短信平台内容规范（华为云、阿里云）',
    kind: 'carrier_rule',
    label: 'P',
    gloss: 'SMS platform content rules (Huawei Cloud, Alibaba Cloud)',
    url: 'https://support.huaweicloud.com/usermanual-iotcom/iotcom_03_1002.html',
  },
  {
    source: '短信平台签名规范（阿里云、华为云）',
    kind: 'carrier_rule',
    label: 'P',
    gloss: 'SMS platform signature rules (Alibaba Cloud, Huawei Cloud)',
    url: 'https://alibabacloud.com/help/tc/sms/user-guide/sms-signature',
  },
  {
    source: '催收冒充法务评论（chengmianhao.com）',
    kind: 'secondary',
    label: 'V2',
    gloss: 'Blog commentary on collectors posing as legal staff',
    url: 'http://www.chengmianhao.com/cf/47676.html',
  },
  {
    source: '合规短信要素清单（ddtianqi p=16784）',
    kind: 'secondary',
    label: 'V2',
    gloss: 'Practice checklist of compliant collection SMS (web page)',
    url: 'http://www.ddtianqi.cn/?p=16784',
  },
  {
    source: '催收合规实践清单（ddtianqi 等质检清单）',
    kind: 'secondary',
    label: 'V2',
    gloss: 'Collection quality-control lists (web pages)',
    url: 'http://www.ddtianqi.cn/?p=44118',
  },
  {
    source: '催收质检违规话术清单（翼龙贷“软暴力”清单等）',
    kind: 'secondary',
    label: 'V2',
    gloss: 'Lists of banned collection wording (one lender’s “soft violence” list and others)',
    url: 'http://m.gangyx.cn/bbs/dispbbs.asp?ID=309151&boardID=23&page=34',
  },
  {
    source: 'FDCPA（美国，对比参考）',
    kind: 'foreign',
    label: 'V2',
    gloss: 'US Fair Debt Collection Practices Act (comparison only)',
    url: 'https://www.apeccp.org.tw/htdocs/doc/USA/Policy/ch41/1692e.htm',
  },
  {
    source: '合规设计推定',
    kind: 'decision',
    label: 'I',
    gloss: 'Design choice, to be confirmed by counsel',
  },
  {
    source: '机构规则包（法务部决定）',
    kind: 'decision',
    label: 'I',
    gloss: 'The organisation’s rule pack (its legal team’s decision)',
  },
];

const BY_SOURCE = new Map(INSTRUMENTS.map((i) => [i.source, i]));

/** The instrument a basis entry cites, by its exact `source` text. */
export const instrumentOf = (source: string): Instrument | undefined => BY_SOURCE.get(source);
