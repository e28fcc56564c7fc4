import type { PiiKind } from '../pii/kinds';

/** How a field may reach a message. `banned`: never, whatever the filter. `pii`: only through a masking filter. */
export interface FieldInfo {
  path: string;
  type: 'string' | 'number' | 'date' | 'list';
  zh: string;
  en: string;
  pii?: PiiKind;
  /** filters that make a PII field safe to print */
  maskFilters?: readonly string[];
  banned?: { zh: string; en: string };
  optional?: boolean;
}

const THIRD_PARTY = {
  zh: '第三方（联系人）信息不得出现在催收短信中',
  en: 'third-party (contact) data must never reach a collection SMS',
};
const LOCATION = {
  zh: '地址/单位信息不得出现在催收短信中',
  en: 'address or employer data must never reach a collection SMS',
};

/** The one source for editor completion, hover and the variables rule kind. */
export const SAMPLE_FIELDS: readonly FieldInfo[] = [
  { path: 'borrower.name', type: 'string', zh: '借款人姓名', en: 'borrower name' },
  { path: 'borrower.gender', type: 'string', zh: '性别（男/女/未知）', en: 'gender (男/女/未知)' },
  {
    path: 'borrower.id_number',
    type: 'string',
    zh: '身份证号（敏感）',
    en: 'resident ID number (PII)',
    pii: 'cn_id',
    maskFilters: ['mask_id', 'last4'],
  },
  {
    path: 'borrower.phone',
    type: 'string',
    zh: '手机号（敏感）',
    en: 'mobile number (PII)',
    pii: 'mobile',
    maskFilters: ['mask_phone', 'last4'],
  },
  {
    path: 'borrower.address',
    type: 'string',
    zh: '住址（禁用）',
    en: 'address (banned)',
    banned: LOCATION,
    optional: true,
  },
  {
    path: 'borrower.employer',
    type: 'string',
    zh: '工作单位（禁用）',
    en: 'employer (banned)',
    banned: LOCATION,
    optional: true,
  },
  { path: 'loan.contract_no', type: 'string', zh: '合同编号', en: 'contract number' },
  { path: 'loan.product', type: 'string', zh: '产品名称', en: 'product name', optional: true },
  { path: 'loan.loan_date', type: 'date', zh: '借款日期', en: 'loan date', optional: true },
  { path: 'loan.principal', type: 'number', zh: '本金', en: 'principal' },
  { path: 'loan.interest', type: 'number', zh: '利息', en: 'interest' },
  { path: 'loan.penalty', type: 'number', zh: '罚息', en: 'penalty interest' },
  { path: 'loan.amount_due', type: 'number', zh: '应还金额', en: 'amount due' },
  { path: 'loan.due_date', type: 'date', zh: '到期日', en: 'due date' },
  {
    path: 'loan.overdue_days',
    type: 'number',
    zh: '逾期天数（到期前为负数）',
    en: 'days overdue (negative before due)',
  },
  {
    path: 'loan.bank_card',
    type: 'string',
    zh: '还款银行卡号（敏感）',
    en: 'bank card number (PII)',
    pii: 'bank_card',
    maskFilters: ['mask_card', 'last4'],
  },
  { path: 'platform.name', type: 'string', zh: '平台名称', en: 'platform name' },
  { path: 'platform.signature', type: 'string', zh: '短信签名（如【钱站】）', en: 'SMS signature, e.g. 【钱站】' },
  { path: 'platform.hotline', type: 'string', zh: '官方客服热线', en: 'official hotline' },
  { path: 'platform.app_name', type: 'string', zh: '官方APP名称', en: 'official app name' },
  { path: 'platform.website', type: 'string', zh: '官方网址', en: 'official website', optional: true },
  { path: 'lender.name', type: 'string', zh: '资金方全称', en: 'lender full name' },
  { path: 'lender.short_name', type: 'string', zh: '资金方简称', en: 'lender short name' },
  { path: 'agency.name', type: 'string', zh: '受托催收机构全称', en: 'collection agency name', optional: true },
  {
    path: 'agency.short_name',
    type: 'string',
    zh: '受托催收机构简称',
    en: 'collection agency short name',
    optional: true,
  },
  { path: 'agency.hotline', type: 'string', zh: '受托机构电话', en: 'agency phone', optional: true },
  { path: 'contacts', type: 'list', zh: '紧急联系人（禁用）', en: 'emergency contacts (banned)', banned: THIRD_PARTY },
  { path: 'contacts.name', type: 'string', zh: '联系人姓名（禁用）', en: 'contact name (banned)', banned: THIRD_PARTY },
  {
    path: 'contacts.relation',
    type: 'string',
    zh: '联系人关系（禁用）',
    en: 'contact relation (banned)',
    banned: THIRD_PARTY,
  },
  {
    path: 'contacts.phone',
    type: 'string',
    zh: '联系人电话（禁用）',
    en: 'contact phone (banned)',
    banned: THIRD_PARTY,
  },
];

export const FIELD_BY_PATH: ReadonlyMap<string, FieldInfo> = new Map(SAMPLE_FIELDS.map((f) => [f.path, f]));
