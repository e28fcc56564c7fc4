import { Context, Liquid, TypeGuards, toValueSync } from "liquidjs";
import tsCharacters from "opencc-js/dict/TSCharacters";
import twVariantsRev from "opencc-js/dict/TWVariantsRev";
import hkVariantsRev from "opencc-js/dict/HKVariantsRev";
import { z } from "zod";
// src/core/types.ts
var SEVERITIES = [
	"error",
	"warning",
	"info"
];
var CATEGORIES = [
	"threat",
	"impersonation",
	"third_party",
	"insult",
	"false_consequence",
	"privacy",
	"fees_inducement",
	"marketing",
	"missing_element",
	"structure",
	"length",
	"policy",
	"template"
];
var TARGETS = [
	"source",
	"output",
	"meta"
];
var AUDIENCES = [
	"debtor",
	"guarantor",
	"contact"
];
var DEFAULT_META = {
	audience: "debtor",
	sendWindow: {
		start: "09:00",
		end: "20:00"
	},
	maxPerDay: 1,
	commercial: false
};
// src/core/samples/fields.ts
var THIRD_PARTY = {
	zh: "第三方（联系人）信息不得出现在催收短信中",
	en: "third-party (contact) data must never reach a collection SMS"
};
var LOCATION = {
	zh: "地址/单位信息不得出现在催收短信中",
	en: "address or employer data must never reach a collection SMS"
};
/** The one source for editor completion, hover and the variables rule kind. */
var SAMPLE_FIELDS = [
	{
		path: "borrower.name",
		type: "string",
		zh: "借款人姓名",
		en: "borrower name"
	},
	{
		path: "borrower.gender",
		type: "string",
		zh: "性别（男/女/未知）",
		en: "gender (男/女/未知)"
	},
	{
		path: "borrower.id_number",
		type: "string",
		zh: "身份证号（敏感）",
		en: "resident ID number (PII)",
		pii: "cn_id",
		maskFilters: ["mask_id", "last4"]
	},
	{
		path: "borrower.phone",
		type: "string",
		zh: "手机号（敏感）",
		en: "mobile number (PII)",
		pii: "mobile",
		maskFilters: ["mask_phone", "last4"]
	},
	{
		path: "borrower.address",
		type: "string",
		zh: "住址（禁用）",
		en: "address (banned)",
		banned: LOCATION,
		optional: true
	},
	{
		path: "borrower.employer",
		type: "string",
		zh: "工作单位（禁用）",
		en: "employer (banned)",
		banned: LOCATION,
		optional: true
	},
	{
		path: "loan.contract_no",
		type: "string",
		zh: "合同编号",
		en: "contract number"
	},
	{
		path: "loan.product",
		type: "string",
		zh: "产品名称",
		en: "product name",
		optional: true
	},
	{
		path: "loan.loan_date",
		type: "date",
		zh: "借款日期",
		en: "loan date",
		optional: true
	},
	{
		path: "loan.principal",
		type: "number",
		zh: "本金",
		en: "principal"
	},
	{
		path: "loan.interest",
		type: "number",
		zh: "利息",
		en: "interest"
	},
	{
		path: "loan.penalty",
		type: "number",
		zh: "罚息",
		en: "penalty interest"
	},
	{
		path: "loan.amount_due",
		type: "number",
		zh: "应还金额",
		en: "amount due"
	},
	{
		path: "loan.due_date",
		type: "date",
		zh: "到期日",
		en: "due date"
	},
	{
		path: "loan.overdue_days",
		type: "number",
		zh: "逾期天数（到期前为负数）",
		en: "days overdue (negative before due)"
	},
	{
		path: "loan.bank_card",
		type: "string",
		zh: "还款银行卡号（敏感）",
		en: "bank card number (PII)",
		pii: "bank_card",
		maskFilters: ["mask_card", "last4"]
	},
	{
		path: "platform.name",
		type: "string",
		zh: "平台名称",
		en: "platform name"
	},
	{
		path: "platform.signature",
		type: "string",
		zh: "短信签名（如【钱站】）",
		en: "SMS signature, e.g. 【钱站】"
	},
	{
		path: "platform.hotline",
		type: "string",
		zh: "官方客服热线",
		en: "official hotline"
	},
	{
		path: "platform.app_name",
		type: "string",
		zh: "官方APP名称",
		en: "official app name"
	},
	{
		path: "platform.website",
		type: "string",
		zh: "官方网址",
		en: "official website",
		optional: true
	},
	{
		path: "lender.name",
		type: "string",
		zh: "资金方全称",
		en: "lender full name"
	},
	{
		path: "lender.short_name",
		type: "string",
		zh: "资金方简称",
		en: "lender short name"
	},
	{
		path: "agency.name",
		type: "string",
		zh: "受托催收机构全称",
		en: "collection agency name",
		optional: true
	},
	{
		path: "agency.short_name",
		type: "string",
		zh: "受托催收机构简称",
		en: "collection agency short name",
		optional: true
	},
	{
		path: "agency.hotline",
		type: "string",
		zh: "受托机构电话",
		en: "agency phone",
		optional: true
	},
	{
		path: "contacts",
		type: "list",
		zh: "紧急联系人（禁用）",
		en: "emergency contacts (banned)",
		banned: THIRD_PARTY
	},
	{
		path: "contacts.name",
		type: "string",
		zh: "联系人姓名（禁用）",
		en: "contact name (banned)",
		banned: THIRD_PARTY
	},
	{
		path: "contacts.relation",
		type: "string",
		zh: "联系人关系（禁用）",
		en: "contact relation (banned)",
		banned: THIRD_PARTY
	},
	{
		path: "contacts.phone",
		type: "string",
		zh: "联系人电话（禁用）",
		en: "contact phone (banned)",
		banned: THIRD_PARTY
	}
];
var FIELD_BY_PATH = new Map(SAMPLE_FIELDS.map((f) => [f.path, f]));
// src/core/render/filters/filter-doc.ts
/** Input a filter refuses (negative amount, invalid date…). Surfaces as a `template/render` problem. */
var FilterInputError = class extends Error {
	constructor(message) {
		super(message);
		this.name = "FilterInputError";
	}
};
var describe = (value) => typeof value === "string" ? JSON.stringify(value) : value === null ? "nil" : typeof value === "object" ? typeof value : String(value);
/** Text form of a scalar filter input: strings trimmed, numbers as written, nil as ''. Objects are refused. */
function scalarText(value, filter) {
	if (value === null || value === void 0) return "";
	if (typeof value === "string") return value.trim();
	if (typeof value === "number" || typeof value === "bigint") return String(value);
	throw new FilterInputError(`${filter} expects text or a number, got ${describe(value)}`);
}
/** A finite number from a number or a plain decimal string (`1234.56`, `1,234.56`); refuses anything else. */
function amountOf(value, filter) {
	let n = NaN;
	if (typeof value === "number") n = value;
	else if (typeof value === "string" && /^-?\d{1,3}(,\d{3})*(\.\d+)?$|^-?\d+(\.\d+)?$/.test(value.trim())) n = Number(value.trim().replace(/,/g, ""));
	if (!Number.isFinite(n)) throw new FilterInputError(`${filter} expects an amount, got ${describe(value)}`);
	return n;
}
// src/core/render/filters/mask-id.ts
/** Keeps the region code (6) and the last 4 characters; shorter values keep at most the last 4. */
var maskId = {
	name: "mask_id",
	zh: "身份证号脱敏：保留前6位和后4位，中间以 * 代替。",
	en: "Masks a resident ID number: keeps the first 6 and the last 4 characters.",
	examples: [
		{
			input: "110101199003071234",
			output: "110101********1234"
		},
		{
			input: "11010119900307123X",
			output: "110101********123X"
		},
		{
			input: "110101900307123",
			output: "110101*****7123"
		}
	],
	apply(value) {
		const s = scalarText(value, "mask_id").replace(/\s+/g, "");
		if (s.length >= 14) return s.slice(0, 6) + "*".repeat(s.length - 10) + s.slice(-4);
		if (s.length > 4) return "*".repeat(s.length - 4) + s.slice(-4);
		return "*".repeat(s.length);
	}
};
// src/core/render/filters/mask-phone.ts
/** Keeps the first 3 and last 4 digits of a mobile number (spaces, dashes and a +86 prefix dropped). */
var maskPhone = {
	name: "mask_phone",
	zh: "手机号脱敏：保留前3位和后4位，如 138****5678。",
	en: "Masks a mobile number: keeps the first 3 and the last 4 digits, e.g. 138****5678.",
	examples: [
		{
			input: "13812345678",
			output: "138****5678"
		},
		{
			input: "+86 138-1234-5678",
			output: "138****5678"
		},
		{
			input: 13812345678,
			output: "138****5678"
		}
	],
	apply(value) {
		const s = scalarText(value, "mask_phone").replace(/[\s-]+/g, "").replace(/^(\+|00)86(?=1\d{10}$)/, "");
		if (s.length >= 8) return s.slice(0, 3) + "*".repeat(s.length - 7) + s.slice(-4);
		if (s.length > 4) return "*".repeat(s.length - 4) + s.slice(-4);
		return "*".repeat(s.length);
	}
};
// src/core/render/filters/mask-card.ts
/** Shows a bank card as `**** **** **** 1234` whatever its length; values under 8 digits are fully masked. */
var maskCard = {
	name: "mask_card",
	zh: "银行卡号脱敏：只显示后4位，如 **** **** **** 1234。",
	en: "Masks a bank card number: only the last 4 digits, as **** **** **** 1234.",
	examples: [{
		input: "6222021234567891234",
		output: "**** **** **** 1234"
	}, {
		input: "6222 0212 3456 7890",
		output: "**** **** **** 7890"
	}],
	apply(value) {
		const s = scalarText(value, "mask_card").replace(/[\s-]+/g, "");
		if (s.length >= 8) return `**** **** **** ${s.slice(-4)}`;
		return "*".repeat(s.length);
	}
};
// src/core/render/filters/last4.ts
/** The last 4 characters (spaces and dashes dropped), for "尾号1234". */
var last4 = {
	name: "last4",
	zh: "取后4位（如卡号、手机号尾号），用法：尾号{{ loan.bank_card | last4 }}。",
	en: "The last 4 characters (card or phone tail), e.g. 尾号{{ loan.bank_card | last4 }}.",
	examples: [
		{
			input: "6222021234567891234",
			output: "1234"
		},
		{
			input: "138-1234-5678",
			output: "5678"
		},
		{
			input: 12,
			output: "12"
		}
	],
	apply(value) {
		return scalarText(value, "last4").replace(/[\s-]+/g, "").slice(-4);
	}
};
// src/core/render/filters/rmb-upper.ts
var DIGITS$1 = "零壹贰叁肆伍陆柒捌玖";
var UNITS = [
	"",
	"拾",
	"佰",
	"仟"
];
var MAX = 0xe8d4a51000;
var digit = (d) => DIGITS$1.charAt(d);
/** 0 < n < 10^4: 1001 → 壹仟零壹, 1010 → 壹仟零壹拾 (one 零 for any run of inner zeros, none trailing). */
function below10k(n) {
	let out = "";
	let pendingZero = false;
	for (let pos = 3; pos >= 0; pos--) {
		const d = Math.floor(n / 10 ** pos) % 10;
		if (d === 0) {
			pendingZero = out !== "";
			continue;
		}
		out += (pendingZero ? "零" : "") + digit(d) + UNITS[pos];
		pendingZero = false;
	}
	return out;
}
/** 0 < n ≤ 10^12, an integer: sections of 亿 and 万 with 零 where a section starts below its top digit. */
function integerPart(n) {
	for (const [size, unit] of [[1e8, "亿"], [1e4, "万"]]) if (n >= size) {
		const hi = Math.floor(n / size);
		const lo = n % size;
		const rest = lo === 0 ? "" : (lo < size / 10 ? "零" : "") + integerPart(lo);
		return integerPart(hi) + unit + rest;
	}
	return below10k(n);
}
/** Chinese financial uppercase amount (大写金额), e.g. 壹仟贰佰叁拾肆元伍角陆分, 壹万元整. */
function rmbUpper(value) {
	const n = amountOf(value, "rmb_upper");
	if (n < 0) throw new FilterInputError(`rmb_upper cannot write a negative amount (${n})`);
	if (n > MAX) throw new FilterInputError(`rmb_upper supports amounts up to 1,000,000,000,000 (got ${n})`);
	const cents = Math.round(n * 100);
	const yuan = Math.floor(cents / 100);
	const jiao = Math.floor(cents / 10) % 10;
	const fen = cents % 10;
	if (cents === 0) return "零元整";
	let out = yuan > 0 ? integerPart(yuan) + "元" : "";
	if (jiao === 0 && fen === 0) return out + "整";
	if (jiao > 0) out += digit(jiao) + "角";
	else if (yuan > 0) out += "零";
	if (fen > 0) out += digit(fen) + "分";
	return out;
}
var rmbUpperDoc = {
	name: "rmb_upper",
	zh: "人民币大写金额（财务写法），如 10000 → 壹万元整。负数、非数字或超过1万亿时报错。",
	en: "Chinese uppercase RMB amount (financial style), e.g. 10000 → 壹万元整. Negative, non-numeric or > 10^12 is an error.",
	examples: [
		{
			input: 1e4,
			output: "壹万元整"
		},
		{
			input: 1234.56,
			output: "壹仟贰佰叁拾肆元伍角陆分"
		},
		{
			input: "100100",
			output: "壹拾万零壹佰元整"
		},
		{
			input: .5,
			output: "伍角"
		}
	],
	apply: rmbUpper
};
// src/core/render/filters/cny.ts
var STYLES = ["¥", "元"];
/** Money with thousands separators and 2 decimals: ¥1,234.56, or 1,234.56元 with the `'元'` style. */
function cny(value, style = "¥") {
	const n = amountOf(value, "cny");
	if (!STYLES.some((s) => s === style)) throw new FilterInputError(`cny style must be '¥' or '元', got ${JSON.stringify(style)}`);
	const [int = "0", frac = "00"] = Math.abs(n).toFixed(2).split(".");
	const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
	const sign = n < 0 && Math.abs(n) >= .005 ? "-" : "";
	return style === "元" ? `${sign}${grouped}.${frac}元` : `${sign}¥${grouped}.${frac}`;
}
var cnyDoc = {
	name: "cny",
	zh: "人民币金额，千分位、两位小数：¥1,234.56；参数 '元' 时写作 1,234.56元。非数字报错。",
	en: "RMB amount with thousands separators and 2 decimals: ¥1,234.56; with '元' → 1,234.56元. Non-numeric is an error.",
	args: "style?: '¥' | '元' (default '¥')",
	examples: [
		{
			input: 1234.56,
			output: "¥1,234.56"
		},
		{
			input: 1234.56,
			args: ["元"],
			output: "1,234.56元"
		},
		{
			input: "10000",
			output: "¥10,000.00"
		},
		{
			input: .5,
			args: ["元"],
			output: "0.50元"
		}
	],
	apply: cny
};
// src/core/render/filters/date-cn.ts
/** `YYYY-MM-DD` or `YYYY/MM/DD`, optionally followed by a time that is ignored (no time-zone shift). */
var DATE = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T\s].*)?$/;
function isCalendarDate(y, m, d) {
	const date = new Date(Date.UTC(y, m - 1, d));
	return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
/** 2023-03-01 → 2023年3月1日. Date objects use their local calendar day; anything else is an error. */
function dateCn(value) {
	let ymd;
	if (value instanceof Date && !Number.isNaN(value.getTime())) ymd = [
		value.getFullYear(),
		value.getMonth() + 1,
		value.getDate()
	];
	else if (typeof value === "string") {
		const m = DATE.exec(value.trim());
		if (m) ymd = [
			Number(m[1]),
			Number(m[2]),
			Number(m[3])
		];
	}
	if (!ymd || !isCalendarDate(...ymd)) throw new FilterInputError(`date_cn expects a date like 2023-03-01, got ${JSON.stringify(value) ?? String(value)}`);
	return `${ymd[0]}年${ymd[1]}月${ymd[2]}日`;
}
var dateCnDoc = {
	name: "date_cn",
	zh: "中文日期：2023-03-01 → 2023年3月1日。无效日期报错。",
	en: "Chinese date: 2023-03-01 → 2023年3月1日. An invalid date is an error.",
	examples: [
		{
			input: "2023-03-01",
			output: "2023年3月1日"
		},
		{
			input: "2023/12/31",
			output: "2023年12月31日"
		},
		{
			input: "2024-02-29T08:00:00+08:00",
			output: "2024年2月29日"
		}
	],
	apply: dateCn
};
// src/core/render/filters/honorific.ts
var MALE = /* @__PURE__ */ new Set([
	"男",
	"m",
	"male",
	"先生"
]);
var FEMALE = /* @__PURE__ */ new Set([
	"女",
	"f",
	"female",
	"女士"
]);
/**
* 男 → 先生, 女 → 女士, anything else (未知, missing) → '' so that
* `{{ borrower.name | surname }}{{ borrower.gender | honorific }}您好` still reads well.
*/
function honorific(value) {
	const key = typeof value === "string" ? value.trim().toLowerCase() : "";
	if (MALE.has(key)) return "先生";
	if (FEMALE.has(key)) return "女士";
	return "";
}
var honorificDoc = {
	name: "honorific",
	zh: "由性别得出称谓：男 → 先生，女 → 女士，未知 → 空（后接“您好”仍通顺）。",
	en: "Honorific from gender: 男 → 先生, 女 → 女士, unknown → '' (so a following 您好 still reads well).",
	examples: [
		{
			input: "男",
			output: "先生"
		},
		{
			input: "女",
			output: "女士"
		},
		{
			input: "未知",
			output: ""
		}
	],
	apply: honorific
};
// src/core/render/filters/surname.ts
/** Two-character (复姓) surnames in use today; a name starting with one of these keeps both characters. */
var COMPOUND_SURNAMES = [
	"欧阳",
	"司马",
	"上官",
	"诸葛",
	"东方",
	"皇甫",
	"尉迟",
	"公孙",
	"慕容",
	"长孙",
	"宇文",
	"司徒",
	"夏侯",
	"轩辕",
	"令狐",
	"钟离",
	"端木",
	"独孤",
	"南宫",
	"万俟",
	"闻人",
	"百里",
	"东郭",
	"西门",
	"呼延",
	"澹台",
	"公冶",
	"太史",
	"申屠",
	"司空",
	"赫连",
	"濮阳",
	"淳于",
	"仲孙",
	"宰父",
	"谷梁",
	"拓跋",
	"左丘",
	"梁丘",
	"第五",
	"鲜于",
	"公羊",
	"羊舌",
	"微生",
	"乐正",
	"壤驷",
	"漆雕",
	"巫马",
	"亓官",
	"司寇",
	"子车",
	"颛孙",
	"段干",
	"东门",
	"公西",
	"南门"
];
/** Middle dots used between the parts of transliterated names (阿依古丽·买买提). */
var NAME_SEPARATOR = /[·•・‧．.]/;
var CJK$1 = /^[\u3400-\u9fff\uf900-\ufaff]/;
/**
* The surname to address someone by: 张三 → 张, 欧阳娜娜 → 欧阳.
* Names with a middle dot (Uyghur, transliterated) put the given name first, so the whole first
* part is returned (阿依古丽·买买提 → 阿依古丽); a name not starting with a CJK character is returned whole.
*/
function surname(value) {
	const text = scalarText(value, "surname");
	if (!CJK$1.test(text)) return text;
	const name = text.replace(/\s+/g, "");
	const first = name.split(NAME_SEPARATOR)[0] ?? "";
	if (first !== name) return first;
	const two = name.slice(0, 2);
	return COMPOUND_SURNAMES.includes(two) ? two : name.slice(0, 1);
}
// src/core/render/filters/index.ts
/**
* The domain filters registered on every render engine, with zh/en docs and examples for the
* editor's completion and hover: mask_id, mask_phone, mask_card, last4, rmb_upper, cny, date_cn,
* honorific, surname.
*/
var DOMAIN_FILTERS = Object.freeze([
	maskId,
	maskPhone,
	maskCard,
	last4,
	rmbUpperDoc,
	cnyDoc,
	dateCnDoc,
	honorificDoc,
	{
		name: "surname",
		zh: "取姓氏：张三 → 张；识别复姓（欧阳娜娜 → 欧阳）；带“·”的姓名取第一段（阿依古丽·买买提 → 阿依古丽）。",
		en: "Surname: 张三 → 张; compound surnames (欧阳娜娜 → 欧阳); names with \"·\" give their first part (阿依古丽·买买提 → 阿依古丽).",
		examples: [
			{
				input: "张三",
				output: "张"
			},
			{
				input: "欧阳娜娜",
				output: "欧阳"
			},
			{
				input: "司马相如",
				output: "司马"
			},
			{
				input: "阿依古丽·买买提",
				output: "阿依古丽"
			}
		],
		apply: surname
	}
]);
// src/core/render/errors.ts
/** Thrown by a domain filter wrapper: keeps the filter's name and its source offsets for the problem. */
var FilterFailure = class extends Error {
	filter;
	begin;
	end;
	constructor(filter, cause, token) {
		super(cause instanceof Error ? cause.message : String(cause));
		this.filter = filter;
		this.name = "FilterFailure";
		if (token) {
			this.begin = token.begin;
			this.end = token.end;
		}
	}
};
/** One output buffer (the message or a capture) grew past `outputLimit`. */
var OutputLimitError = class extends Error {
	constructor(limit) {
		super(`output limit exceeded (more than ${limit} characters)`);
		this.name = "OutputLimitError";
	}
};
// src/core/render/limits.ts
/**
* Defaults sized for SMS (a message is a few hundred characters; a long one ~1,000):
* - `parseLimit` 100,000 chars: 100× the longest real template, a 2 MB paste fails at once.
* - `renderLimit` 600 ms: real templates render in well under 1 ms; the check stops at the first sample that hits
*   a limit, so a bomb costs at most 0.6 s; lower values tripped cold renders on a loaded 2-core CI machine.
* - `memoryLimit` 50,000: `(1..100000000)` fails before allocating; nested range loops stop after ~50,000
*   inner iterations (a 3000×3000 loop after 16 rows); string growth by append stops at ~50,000 chars.
* - `outputLimit` 20,000 chars: 20× the longest SMS; stops output-heavy loops and `capture` doubling.
*/
var renderLimitsDefault = Object.freeze({
	parseLimit: 1e5,
	renderLimit: 600,
	memoryLimit: 5e4,
	outputLimit: 2e4
});
// src/core/render/engine.ts
/** UTC+8 as liquidjs expects it (minutes, sign as in Date#getTimezoneOffset); China has no DST. */
var CHINA_STANDARD_TIME = -480;
var stringify = (value) => typeof value === "string" ? value : value === null || value === void 0 ? "" : Array.isArray(value) ? value.map(stringify).join("") : String(value);
/** liquidjs' SimpleEmitter plus a cap on the buffer, so output-heavy loops and capture doubling stop early. */
var LimitedEmitter = class {
	limit;
	buffer = "";
	constructor(limit) {
		this.limit = limit;
	}
	write(html) {
		this.buffer += stringify(html);
		if (this.buffer.length > this.limit) throw new OutputLimitError(this.limit);
	}
};
function createEngine(strictVariables, limits) {
	const liquid = new Liquid({
		templates: {},
		strictFilters: true,
		strictVariables,
		lenientIf: true,
		ownPropertyOnly: true,
		parseLimit: limits.parseLimit,
		renderLimit: limits.renderLimit,
		memoryLimit: limits.memoryLimit,
		timezoneOffset: CHINA_STANDARD_TIME,
		locale: "zh-CN"
	});
	for (const doc of DOMAIN_FILTERS) liquid.registerFilter(doc.name, function(value, ...args) {
		try {
			return doc.apply(value, ...args);
		} catch (e) {
			throw new FilterFailure(doc.name, e, this.token);
		}
	});
	const engine = {
		liquid,
		limits,
		tracer: null
	};
	const renderer = liquid.renderer;
	const base = renderer.renderTemplates.bind(renderer);
	renderer.renderTemplates = function* (templates, ctx, emitter) {
		const out = emitter ?? new LimitedEmitter(limits.outputLimit);
		const trace = engine.tracer;
		if (!trace) return yield* base(templates, ctx, out);
		for (const template of templates) {
			const before = out.buffer.length;
			yield* base([template], ctx, out);
			trace(template, out, before);
			if (ctx.breakCalled || ctx.continueCalled) break;
		}
		return out.buffer;
	};
	return engine;
}
var engines = /* @__PURE__ */ new Map();
/** The cached engine for one option set (strictVariables + limits merged over `renderLimitsDefault`). */
function getEngine(opts = {}) {
	const strict = opts.strictVariables ?? false;
	if (opts.limits === void 0) return (strict ? defaultEngines.strict : defaultEngines.lenient) ?? engineFor(strict, renderLimitsDefault);
	return engineFor(strict, {
		...renderLimitsDefault,
		...opts.limits
	});
}
var defaultEngines = {};
function engineFor(strict, limits) {
	const key = JSON.stringify([
		strict,
		limits.parseLimit,
		limits.renderLimit,
		limits.memoryLimit,
		limits.outputLimit
	]);
	let engine = engines.get(key);
	if (!engine) {
		if (engines.size >= 16) engines.clear();
		engine = createEngine(strict, limits);
		engines.set(key, engine);
	}
	if (limits === renderLimitsDefault) defaultEngines[strict ? "strict" : "lenient"] = engine;
	return engine;
}
/** Renders parsed templates synchronously into a fresh capped buffer. Throws liquidjs errors. */
function renderParsed(engine, templates, data, root) {
	const scope = data !== null && typeof data === "object" && !Array.isArray(data) ? { ...data } : {};
	const ctx = new Context(scope, engine.liquid.options, { sync: true }, { liquid: engine.liquid });
	const emitter = root ?? new LimitedEmitter(engine.limits.outputLimit);
	toValueSync(engine.liquid.renderer.renderTemplates(templates, ctx, emitter));
	return emitter.buffer;
}
/** A root buffer with the engine's output cap, for callers that need to know which emitter is the message. */
var rootEmitter = (engine) => new LimitedEmitter(engine.limits.outputLimit);
// src/core/render/parse-cache.ts
/**
* Sources kept per engine. A check parses once and renders every sample from the tree; the editor re-checks
* the same text when only samples or meta change. Bounded by count and by total length (a parse tree costs
* many times its source).
*/
var CAPACITY = 8;
var MAX_CHARS = 2e5;
var caches = /* @__PURE__ */ new WeakMap();
/**
* Parses `source` with `engine`, reusing the tree of the same source parsed earlier (LRU per engine):
* parsed liquidjs templates hold no render state, so one tree serves every sample.
* Throws what `liquid.parse` throws; failures are not cached.
*/
function parseCached(engine, source) {
	let cache = caches.get(engine);
	if (!cache) {
		cache = /* @__PURE__ */ new Map();
		caches.set(engine, cache);
	}
	const hit = cache.get(source);
	if (hit) {
		cache.delete(source);
		cache.set(source, hit);
		return hit;
	}
	const parsed = { templates: engine.liquid.parse(source) };
	cache.set(source, parsed);
	let chars = 0;
	for (const key of cache.keys()) chars += key.length;
	for (const key of cache.keys()) {
		if (cache.size <= 1 || cache.size <= CAPACITY && chars <= MAX_CHARS) break;
		cache.delete(key);
		chars -= key.length;
	}
	return parsed;
}
// src/core/render/problems.ts
var LIMIT = /limit exceeded/;
var POSITION_SUFFIX = /, (file:[^,]*, )?line:\d+, col:\d+$/;
/** 1-based line and column of a 0-based offset. */
function lineColumn$1(source, offset) {
	let line = 1;
	let lineStart = 0;
	for (let i = source.indexOf("\n"); i !== -1 && i < offset; i = source.indexOf("\n", i + 1)) {
		line++;
		lineStart = i + 1;
	}
	return {
		line,
		column: offset - lineStart + 1
	};
}
function at$1(code, message, source, start, end) {
	const s = Math.max(0, Math.min(start, source.length));
	return {
		code,
		message,
		start: s,
		end: Math.max(s, Math.min(end, source.length)),
		...lineColumn$1(source, s)
	};
}
function isLimit(e) {
	if (e instanceof OutputLimitError) return true;
	if (e instanceof RangeError) return /call stack|string length|array length/i.test(e.message);
	return e instanceof Error && e.name === "AssertionError" && LIMIT.test(e.message);
}
/** Narrows an unknown filter error to the filter's name inside the tag (`undefined filter: foo`). */
function unknownFilterRange(message, token) {
	const name = /^undefined filter: (\S+)/.exec(message)?.[1];
	if (!name) return void 0;
	const text = token.input.slice(token.begin, token.end);
	const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
	const m = new RegExp(`\\|\\s*(${escaped})(?![\\w-])`).exec(text);
	if (!m || m[1] === void 0) return void 0;
	const start = token.begin + m.index + m[0].length - m[1].length;
	return [start, start + m[1].length];
}
/**
* Converts anything liquidjs (or a limit) throws into a Problem with 0-based offsets into `source`
* and 1-based line/column. Codes: template/parse, template/render, template/limit, template/undefined-variable.
*/
function problemFromError(e, source, parseLimit) {
	const err = e instanceof Error ? e : void 0;
	const token = err?.token && err.token.input === source ? err.token : void 0;
	const cause = err?.originalError ?? e;
	const detail = (cause instanceof Error ? cause.message : String(cause)).replace(POSITION_SUFFIX, "");
	if (!token) {
		if (err && err.name === "AssertionError" && /^parse length/.test(err.message)) return at$1("template/limit", `template is longer than ${parseLimit} characters`, source, parseLimit, source.length);
		const code = isLimit(cause) ? "template/limit" : "template/render";
		return at$1(code, code === "template/limit" ? `render stopped: ${detail}` : detail, source, 0, 0);
	}
	if (isLimit(cause)) return at$1("template/limit", `render stopped: ${detail}`, source, token.begin, token.end);
	if (cause instanceof FilterFailure) {
		const { begin = token.begin, end = token.end } = cause;
		return at$1("template/render", detail.startsWith(cause.filter) ? detail : `${cause.filter}: ${detail}`, source, begin, end);
	}
	switch (err?.name) {
		case "UndefinedVariableError": return at$1("template/undefined-variable", detail, source, token.begin, token.end);
		case "ParseError":
		case "TokenizationError": {
			const [start, end] = unknownFilterRange(detail, token) ?? [token.begin, token.end];
			return at$1("template/parse", detail, source, start, end);
		}
		default: return at$1("template/render", detail, source, token.begin, token.end);
	}
}
// src/core/result.ts
var ok = (value, problems) => problems && problems.length > 0 ? {
	ok: true,
	value,
	problems
} : {
	ok: true,
	value
};
var fail = (problems, partial) => partial === void 0 ? {
	ok: false,
	problems
} : {
	ok: false,
	problems,
	partial
};
/** Converts zod issues into problems that name the file and the JSON path. */
function problemsFromZod(issues, code, file) {
	return issues.map((issue) => {
		const path = issue.path.map((p) => typeof p === "number" ? p : String(p));
		const where = [file, path.length > 0 ? path.join(".") : void 0].filter(Boolean).join(" → ");
		return {
			code,
			message: where ? `${where}: ${issue.message}` : issue.message,
			...file === void 0 ? {} : { file },
			path
		};
	});
}
// src/core/render/analyze-refs.ts
/** `first`/`last` (and quoted indices) pick an element: `contacts.first.phone` reads `contacts.phone`. */
var ELEMENT_PICKERS = /* @__PURE__ */ new Set(["first", "last"]);
function segment(token) {
	if (TypeGuards.isWordToken(token) || TypeGuards.isQuotedToken(token)) return token.content;
}
/**
* Every variable read by one value token (pin-specific to liquidjs 10.30.1's token classes):
* `borrower.name` → root borrower, rest [name]; `contacts[0].phone` → root contacts, rest [phone];
* `a[b.c]` → a (flows) and b.c (does not flow).
*/
function refsOf(token, flows, out = []) {
	if (TypeGuards.isRangeToken(token)) {
		refsOf(token.lhs, false, out);
		refsOf(token.rhs, false, out);
	} else if (TypeGuards.isPropertyAccessToken(token)) {
		const [first, ...props] = token.props;
		if (token.variable !== void 0) refsOf(token.variable, false, out);
		const root = token.variable === void 0 ? segment(first) : void 0;
		const rest = [];
		for (const prop of token.variable === void 0 ? props : token.props) {
			const name = segment(prop);
			if (name !== void 0 && !ELEMENT_PICKERS.has(name) && !/^\d+$/.test(name)) rest.push(name);
			else if (name === void 0) refsOf(prop, false, out);
		}
		if (token.variable === void 0 && root === void 0) refsOf(first, false, out);
		if (root !== void 0) out.push({
			root,
			rest,
			start: token.begin,
			end: token.end,
			flows
		});
	}
	return out;
}
/** Reads of a filter argument (`append: borrower.phone`, or a keyword argument's value). */
function refsOfArg(arg, out = []) {
	return refsOf(Array.isArray(arg) ? arg[1] : arg, true, out);
}
// src/core/render/analyze.ts
var OUTPUT_TAGS = /* @__PURE__ */ new Set(["echo", "cycle"]);
var BRANCHING_TAGS = /* @__PURE__ */ new Set([
	"if",
	"unless",
	"case",
	"for",
	"tablerow"
]);
var LOOP_TAGS = /* @__PURE__ */ new Set(["for", "tablerow"]);
var join = (head, rest) => [head, ...rest].filter(Boolean).join(".");
var isValue = (v) => typeof v === "object" && v !== null && "initial" in v && "filters" in v && Array.isArray(v.filters);
/** Walks liquidjs's parse tree (pin-specific to 10.30.1), tracking assign/capture/for aliases. */
var Walker = class {
	uses = [];
	scopes = [/* @__PURE__ */ new Map()];
	branchDepth = 0;
	lookup(name) {
		for (let i = this.scopes.length - 1; i >= 0; i--) {
			const origins = this.scopes[i]?.get(name);
			if (origins) return origins;
		}
	}
	/** assign/capture write the template scope; inside a branch the old value may survive, so keep both. */
	bind(name, origins) {
		const root = this.scopes[0];
		const previous = this.branchDepth > 0 ? root.get(name) ?? [] : [];
		root.set(name, [...previous, ...origins]);
	}
	/** Records the uses of `refs` and returns the origins of the values that flow on. */
	read(refs, filters, output) {
		const origins = [];
		for (const ref of refs) {
			const flowing = ref.flows;
			const alias = this.lookup(ref.root);
			const sources = alias ? alias.map((o) => ({
				path: join(o.path, ref.rest),
				filters: o.filters
			})) : [{
				path: join(ref.root, ref.rest),
				filters: []
			}];
			for (const source of sources) {
				const chain = flowing ? [...source.filters, ...filters] : source.filters;
				const use = {
					path: source.path,
					start: ref.start,
					end: ref.end,
					filters: chain,
					output: output && flowing
				};
				if (alias) use.via = ref.root;
				this.uses.push(use);
				if (flowing) origins.push({
					path: source.path,
					filters: chain
				});
			}
		}
		return origins;
	}
	readValue(value, output) {
		const names = value.filters.map((f) => f.name);
		const refs = [];
		for (const token of value.initial.postfix) refsOf(token, true, refs);
		const origins = this.read(refs, names, output);
		value.filters.forEach((filter, i) => {
			const argRefs = [];
			for (const arg of filter.args) refsOfArg(arg, argRefs);
			origins.push(...this.read(argRefs, names.slice(i + 1), output));
		});
		return origins;
	}
	/** Reads of any tag argument: a filtered Value or a bare value token. */
	readArgument(arg, output) {
		return isValue(arg) ? this.readValue(arg, output) : this.read(refsOf(arg, true), [], output);
	}
	/** `sink` collects what a capture block prints; null means the message itself. */
	visit(node, sink) {
		if (TypeGuards.isHTMLToken(node.token)) return;
		if (TypeGuards.isOutputToken(node.token) || OUTPUT_TAGS.has(node.name ?? "")) {
			for (const arg of node.arguments?.() ?? []) {
				const origins = this.readArgument(arg, sink === null);
				sink?.push(...origins);
			}
			return;
		}
		const name = node.name ?? "";
		if (name === "assign" && isValue(node["value"])) {
			this.bind(String(node["key"]), this.readValue(node["value"], false));
			return;
		}
		if (name === "capture") {
			const captured = [];
			for (const child of this.children(node)) this.visit(child, captured);
			this.bind(String(node["variable"]), captured);
			return;
		}
		let loopOrigins = [];
		for (const arg of node.arguments?.() ?? []) {
			const origins = this.readArgument(arg, false);
			if (LOOP_TAGS.has(name) && arg === node["collection"]) loopOrigins = origins;
		}
		for (const ident of node.localScope?.() ?? []) this.bind(ident.content, []);
		const block = /* @__PURE__ */ new Map();
		for (const local of node.blockScope?.() ?? []) block.set(local, local === node["variable"] ? loopOrigins : []);
		this.scopes.push(block);
		if (BRANCHING_TAGS.has(name)) this.branchDepth++;
		for (const child of this.children(node)) this.visit(child, sink);
		if (BRANCHING_TAGS.has(name)) this.branchDepth--;
		this.scopes.pop();
	}
	children(node) {
		return node.children ? toValueSync(node.children(false, true)) : [];
	}
};
/** Variable uses of parsed templates (shared with renderWithTrace). */
function usesOf(templates) {
	const walker = new Walker();
	for (const template of templates) walker.visit(template, null);
	return walker.uses.sort((a, b) => a.start - b.start);
}
/**
* Every data path a template reads, with offsets, the filter chain up to the output and whether it
* is printed; assign/capture/for aliases resolved (`via`). Parse failure → template/parse problems.
*/
function analyzeTemplate(source) {
	const engine = getEngine({ strictVariables: true });
	try {
		return ok({ uses: usesOf(parseCached(engine, source).templates) });
	} catch (e) {
		return fail([problemFromError(e, source, engine.limits.parseLimit)]);
	}
}
// src/core/render/render-trace.ts
/** Source range copied verbatim to the output: text between tags (after whitespace control), raw blocks. */
function literalRange(template) {
	const token = template.token;
	if (TypeGuards.isHTMLToken(token)) return [token.begin + token.trimLeft, token.end - token.trimRight];
	const inner = template.tokens;
	if (template.name === "raw" && inner && inner.length > 0) return [inner[0]?.begin ?? 0, inner[inner.length - 1]?.end ?? 0];
}
/**
* renderTemplate plus the map from output back to source: leaf spans in output order. Output written
* inside containers directly (not by a leaf, e.g. tablerow's markup) is left uncovered. Never throws.
*/
function renderWithTrace(source, data, opts = {}) {
	const engine = getEngine(opts);
	const root = rootEmitter(engine);
	const spans = [];
	try {
		const parsed = parseCached(engine, source);
		const printed = parsed.printed ??= usesOf(parsed.templates).filter((u) => u.output);
		const tracer = (template, emitter, before) => {
			const end = emitter.buffer.length;
			if (emitter !== root || end === before || template.token.input !== source || "children" in template) return;
			const { begin, end: tokenEnd } = template.token;
			const literal = literalRange(template);
			if (literal && literal[1] - literal[0] === end - before) {
				spans.push({
					start: before,
					end,
					kind: "literal",
					sourceStart: literal[0],
					sourceEnd: literal[1]
				});
				return;
			}
			const variable = printed.find((u) => u.start >= begin && u.end <= tokenEnd)?.path;
			const span = {
				start: before,
				end,
				kind: "value",
				sourceStart: begin,
				sourceEnd: tokenEnd
			};
			if (variable) span.variable = variable;
			spans.push(span);
		};
		engine.tracer = tracer;
		return {
			ok: true,
			text: renderParsed(engine, parsed.templates, data, root),
			spans
		};
	} catch (e) {
		return {
			ok: false,
			problems: [problemFromError(e, source, engine.limits.parseLimit)]
		};
	} finally {
		engine.tracer = null;
	}
}
// src/core/sms/segments.ts
var GSM_BASIC = /* @__PURE__ */ new Set("@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà");
var GSM_EXTENSION = /* @__PURE__ */ new Set("\f^{}\\[~]|€");
var LIMITS = {
	"GSM-7": {
		single: 160,
		part: 153
	},
	"UCS-2": {
		single: 70,
		part: 67
	}
};
function isGsm(text) {
	for (let i = 0; i < text.length; i++) {
		const c = text.charAt(i);
		if (!GSM_BASIC.has(c) && !GSM_EXTENSION.has(c)) return false;
	}
	return true;
}
/** Cost of each unsplittable piece: an escape+char pair (2 septets) or a surrogate pair (2 units). */
function pieceCosts(text, encoding) {
	const costs = [];
	for (let i = 0; i < text.length; i++) {
		if (encoding === "GSM-7") {
			costs.push(GSM_EXTENSION.has(text.charAt(i)) ? 2 : 1);
			continue;
		}
		const code = text.charCodeAt(i);
		const next = text.charCodeAt(i + 1);
		const pair = code >= 55296 && code <= 56319 && next >= 56320 && next <= 57343;
		costs.push(pair ? 2 : 1);
		if (pair) i++;
	}
	return costs;
}
/**
* GSM-7 when every character is in the GSM 03.38 default alphabet or its extension table
* (^{}\[~]|€ and form feed cost 2 septets), otherwise UCS-2 counted in UTF-16 units. A single message
* holds 160 septets / 70 units; a concatenated one 153 / 67 per part, and an escape pair or a surrogate
* pair never splits across parts. An empty text is 1 segment of 0 units (what a carrier bills for it).
*/
function smsSegments(text) {
	const encoding = isGsm(text) ? "GSM-7" : "UCS-2";
	const costs = pieceCosts(text, encoding);
	const units = costs.reduce((sum, c) => sum + c, 0);
	const limits = LIMITS[encoding];
	if (units <= limits.single) return {
		encoding,
		units,
		segments: 1,
		unitsPerSegment: limits.single
	};
	let segments = 1;
	let used = 0;
	for (const cost of costs) {
		if (used + cost > limits.part) {
			segments++;
			used = 0;
		}
		used += cost;
	}
	return {
		encoding,
		units,
		segments,
		unitsPerSegment: limits.part
	};
}
// src/core/pii/cn-id.ts
var PROVINCES = /* @__PURE__ */ new Set([
	11,
	12,
	13,
	14,
	15,
	21,
	22,
	23,
	31,
	32,
	33,
	34,
	35,
	36,
	37,
	41,
	42,
	43,
	44,
	45,
	46,
	50,
	51,
	52,
	53,
	54,
	61,
	62,
	63,
	64,
	65,
	71,
	81,
	82,
	91
]);
var WEIGHTS = [
	7,
	9,
	10,
	5,
	8,
	4,
	2,
	1,
	6,
	3,
	7,
	9,
	10,
	5,
	8,
	4,
	2
];
var CHECK_CHARS = "10X98765432";
function isRealDate(year, month, day, today) {
	if (year < 1900 || month < 1 || month > 12 || day < 1) return false;
	const date = new Date(Date.UTC(year, month - 1, day));
	if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return false;
	return date.getTime() <= Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
}
/**
* Whether `s` is a valid 18-character CN resident ID number (GB 11643-1999): a real province code,
* a real birth date from 1900 up to `today` (default: now), and the MOD 11-2 check character
* (`X` or `x` for 10). `s` must be exactly the 18 characters, without separators.
*/
function isValidCnId(s, today = /* @__PURE__ */ new Date()) {
	if (!/^\d{17}[\dXx]$/.test(s)) return false;
	if (!PROVINCES.has(Number(s.slice(0, 2)))) return false;
	if (!isRealDate(Number(s.slice(6, 10)), Number(s.slice(10, 12)), Number(s.slice(12, 14)), today)) return false;
	let sum = 0;
	for (let i = 0; i < 17; i++) sum += (s.charCodeAt(i) - 48) * WEIGHTS[i];
	return CHECK_CHARS[sum % 11] === s[17].toUpperCase();
}
// src/core/pii/luhn.ts
/** Luhn (MOD 10) check over a string of ASCII digits; false for an empty or non-digit string. */
function luhnValid(digits) {
	if (!/^\d+$/.test(digits)) return false;
	let sum = 0;
	for (let i = 0; i < digits.length; i++) {
		let d = digits.charCodeAt(digits.length - 1 - i) - 48;
		if (i % 2 === 1) {
			d *= 2;
			if (d > 9) d -= 9;
		}
		sum += d;
	}
	return sum % 10 === 0;
}
// src/core/pii/digit-view.ts
var FORMAT = /^\p{Cf}$/u;
var SPACES = /* @__PURE__ */ new Set([
	" ",
	"	",
	"\xA0",
	" ",
	" ",
	" ",
	" ",
	"　"
]);
var HYPHENS = /* @__PURE__ */ new Set([
	"-",
	"‐",
	"‑",
	"‒",
	"–",
	"—",
	"−",
	"﹣",
	"－"
]);
function viewChar(unit) {
	const code = unit.charCodeAt(0);
	if (code >= 48 && code <= 57) return unit;
	if (code >= 65296 && code <= 65305) return String.fromCharCode(code - 65296 + 48);
	if (unit === "x" || unit === "X" || unit === "ｘ" || unit === "Ｘ") return "X";
	if (/^[A-Za-z\uff21-\uff3a\uff41-\uff5a]$/.test(unit)) return "a";
	if (SPACES.has(unit)) return " ";
	if (HYPHENS.has(unit)) return "-";
	if (unit === "+" || unit === "＋") return "+";
	if (FORMAT.test(unit)) return void 0;
	return "o";
}
var DROPPED = 65535;
/** per UTF-16 unit: 0 = not computed yet, DROPPED, else the view character's code */
var table$1 = /* @__PURE__ */ new Uint16Array(65536);
function viewCode(code) {
	let v = table$1[code];
	if (v === 0) v = table$1[code] = viewChar(String.fromCharCode(code))?.charCodeAt(0) ?? DROPPED;
	return v;
}
function digitView(original) {
	const units = new Uint16Array(original.length);
	const offsets = new Array(original.length);
	let n = 0;
	for (let i = 0; i < original.length; i++) {
		const v = viewCode(original.charCodeAt(i));
		if (v === DROPPED) continue;
		units[n] = v;
		offsets[n] = i;
		n++;
	}
	offsets.length = n;
	const chunks = [];
	for (let i = 0; i < n; i += 8192) chunks.push(String.fromCharCode(...units.subarray(i, Math.min(i + 8192, n))));
	return {
		text: chunks.join(""),
		offsets
	};
}
// src/core/pii/find-pii.ts
var RECOGNISERS = [
	{
		kind: "cn_id",
		pattern: /(?<![\dXa])\d{6}([ -]?)\d{8}\1\d{3}[\dX](?![\dXa])/g,
		accept: (digits) => isValidCnId(digits)
	},
	{
		kind: "bank_card",
		pattern: /(?<![\dXa])\d{16,19}(?![\dXa])/g,
		accept: luhnValid
	},
	{
		kind: "bank_card",
		pattern: /(?<![\dXa]|\d[ -])\d{4}(?:[ -]\d{4}){3}(?:[ -]\d{1,3})?(?![\dXa]|[ -]\d)/g,
		accept: luhnValid
	},
	{
		kind: "mobile",
		pattern: /(?<!\d)(?:(?:\+|00)?86[ -]?)?1[3-9]\d[ -]?\d{4}[ -]?\d{4}(?!\d)/g,
		accept: () => true
	}
];
function collect(original, view, r) {
	const found = [];
	for (const m of view.text.matchAll(r.pattern)) {
		const digits = m[0].replace(/[^\dX]/g, "");
		if (!r.accept(digits)) continue;
		const start = view.offsets[m.index];
		const end = view.offsets[m.index + m[0].length - 1] + 1;
		found.push({
			kind: r.kind,
			start,
			end,
			value: original.slice(start, end),
			masked: false
		});
	}
	return found;
}
/**
* Finds unmasked CN resident IDs (region + date + MOD 11-2), mainland mobiles (optionally +86/0086/86,
* 3-4-4 groups) and Luhn-valid 16–19 digit bank cards (plain or 4-4-4-4(-3) groups) in `text`.
* Full-width digits and zero-width characters inside a number are tolerated; numbers glued to further
* digits (or, for IDs and cards, ASCII letters) are not reported; masked forms (138****5678) never match.
* Earlier kinds win overlaps: cn_id, then bank_card, then mobile. Offsets point into `text`; sorted by start.
*/
function findPii(text) {
	const view = digitView(text);
	const kept = [];
	const taken = new Uint8Array(text.length);
	for (const r of RECOGNISERS) for (const m of collect(text, view, r)) {
		if (taken.subarray(m.start, m.end).includes(1)) continue;
		taken.fill(1, m.start, m.end);
		kept.push(m);
	}
	return kept.sort((a, b) => a.start - b.start);
}
// src/core/text/char-class.ts
var DROP = /^[\p{Cf}\p{Default_Ignorable_Code_Point}]$/u;
var SPACE = /^[\s\p{Z}\p{Cc}]$/u;
var PUNCT = /^[\p{P}\p{S}\p{M}\p{Co}\p{Cn}\p{Cs}]$/u;
var CJK = /^\p{Script=Han}$/u;
function classifySlow(char) {
	if (DROP.test(char)) return "drop";
	if (SPACE.test(char)) return "space";
	if (PUNCT.test(char)) return "punct";
	if (CJK.test(char)) return "cjk";
	if (char >= "0" && char <= "9") return "digit";
	return "other";
}
var bmpClasses = new Array(65536);
/** Classifies one code point (a string of 1–2 UTF-16 units). */
function classify(char) {
	if (char.length > 1) return classifySlow(char);
	const code = char.charCodeAt(0);
	return bmpClasses[code] ??= classifySlow(char);
}
var MARK = /^\p{M}$/u;
/** 0 = not computed, 1 = combining mark, 2 = not a mark */
var bmpMarks = /* @__PURE__ */ new Uint8Array(65536);
/** Whether the code point at `i` is a combining mark (glued to its base for NFKC composition). */
function isMarkAt(s, i) {
	const code = s.charCodeAt(i);
	if (code < 768) return false;
	if (code >= 55296 && code <= 56319) return MARK.test(String.fromCodePoint(s.codePointAt(i)));
	let known = bmpMarks[code];
	if (known === 0) known = bmpMarks[code] = MARK.test(s.charAt(i)) ? 1 : 2;
	return known === 1;
}
/** Content classes between which a run of noise is removed (at least one side must be CJK). */
function joinsAcross(left, right) {
	if (left === void 0 || right === void 0) return false;
	return (left === "cjk" || left === "digit") && (right === "cjk" || right === "digit") && (left === "cjk" || right === "cjk");
}
/** True for classes that are noise (not content). */
function isNoise(cls) {
	return cls === "drop" || cls === "space" || cls === "punct";
}
// src/core/text/to-simplified.ts
/** Only single-code-point entries, so one character always maps to one character. */
function parseSingleChars(dict) {
	const table = /* @__PURE__ */ new Map();
	for (const entry of dict.split("|")) {
		const [from, to] = entry.split(" ");
		if (!from || !to || [...from].length !== 1 || [...to].length !== 1) continue;
		if (!table.has(from)) table.set(from, to);
	}
	return table;
}
var table;
function buildTable() {
	const ts = parseSingleChars(tsCharacters);
	const variants = [parseSingleChars(twVariantsRev), parseSingleChars(hkVariantsRev)];
	const result = new Map(ts);
	for (const variant of variants) for (const [from, standard] of variant) {
		const simplified = ts.get(standard);
		if (!result.has(from) && simplified !== void 0 && simplified !== from) result.set(from, simplified);
	}
	return result;
}
/**
* Traditional → simplified for ONE character (a code point), via OpenCC's character tables
* (TSCharacters, plus TW/HK variants). Phrase-level conversion is deliberately not used: it can
* change lengths, and offsets must map back exactly.
*/
function toSimplifiedChar(char) {
	table ??= buildTable();
	return table.get(char) ?? char;
}
// src/core/text/normalise.ts
var bmpCache = new Array(65536);
function convertCodePoints(s) {
	let out = "";
	for (const c of s) out += c >= "A" && c <= "Z" ? c.toLowerCase() : toSimplifiedChar(c);
	return out;
}
/** NFKC, ASCII lower case and traditional → simplified for one character sequence. */
function convert(segment) {
	if (segment.length > 1) return convertCodePoints(segment.normalize("NFKC"));
	return bmpCache[segment.charCodeAt(0)] ??= convertCodePoints(segment.normalize("NFKC"));
}
function segmentEnd(original, start) {
	let i = start + (original.codePointAt(start) > 65535 ? 2 : 1);
	while (i < original.length && isMarkAt(original, i)) i += original.codePointAt(i) > 65535 ? 2 : 1;
	return i;
}
var Builder = class {
	map;
	ends;
	length = 0;
	units;
	/** pending noise run: characters, classes and original ranges */
	run = [];
	lastContent;
	constructor(capacity) {
		this.map = new Array(capacity + 1);
		this.ends = new Array(capacity);
		this.units = new Uint16Array(capacity);
	}
	add(char, cls, from, to) {
		if (isNoise(cls)) {
			this.run.push({
				char,
				cls,
				from,
				to
			});
			return;
		}
		if (this.run.length > 0) this.flush(cls);
		this.lastContent = cls;
		this.emit(char, from, to);
	}
	flush(right) {
		if (!joinsAcross(this.lastContent, right)) {
			let lastWasSpace = false;
			for (const { char, cls, from, to } of this.run) {
				if (cls === "punct") this.emit(char, from, to);
				else if (cls === "space" && !lastWasSpace) this.emit(" ", from, to);
				if (cls !== "drop") lastWasSpace = cls === "space";
			}
		}
		this.run = [];
	}
	text() {
		const chunks = [];
		for (let i = 0; i < this.length; i += 8192) chunks.push(String.fromCharCode(...this.units.subarray(i, Math.min(i + 8192, this.length))));
		return chunks.join("");
	}
	emit(char, from, to) {
		for (let u = 0; u < char.length; u++) {
			if (this.length === this.units.length) {
				const grown = new Uint16Array(this.units.length * 2 + 16);
				grown.set(this.units);
				this.units = grown;
			}
			this.units[this.length] = char.charCodeAt(u);
			this.map[this.length] = from;
			this.ends[this.length] = to;
			this.length++;
		}
	}
};
/**
* Normalises text for phrase matching: NFKC (full-width → half-width), traditional → simplified
* (character by character, OpenCC tables), ASCII lower case; format/zero-width characters are always
* removed; a run of whitespace, punctuation or symbols is removed entirely when it sits between two CJK
* characters or between a CJK character and a digit (坐 牢, 老*赖, 尾号 1234 → 尾号1234); elsewhere
* whitespace runs collapse to one space and punctuation stays (1,234.56, 6222 0212). Linear time.
*/
function normalise(original) {
	const b = new Builder(original.length);
	let i = 0;
	while (i < original.length) {
		const end = segmentEnd(original, i);
		const converted = convert(end - i === 1 ? original.charAt(i) : original.slice(i, end));
		if (converted.length === 1) b.add(converted, classify(converted), i, end);
		else for (const char of converted) b.add(char, classify(char), i, end);
		i = end;
	}
	b.flush(void 0);
	b.map.length = b.length + 1;
	b.map[b.length] = original.length;
	b.ends.length = b.length;
	return {
		text: b.text(),
		map: b.map,
		ends: b.ends
	};
}
/**
* Maps a normalised range [start, end) back to the original: from the first matched character's
* start to the last matched character's end. An empty range maps to an empty range.
*/
function toOriginalRange(n, start, end) {
	const s = Math.max(0, Math.min(start, n.text.length));
	const e = Math.max(s, Math.min(end, n.text.length));
	const origStart = n.map[s];
	if (e === s) return {
		start: origStart,
		end: origStart
	};
	return {
		start: origStart,
		end: n.ends[e - 1]
	};
}
// src/core/samples/schema.ts
var isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date as YYYY-MM-DD");
var money = z.number().finite().nonnegative();
var borrowerSchema = z.strictObject({
	name: z.string().min(1),
	gender: z.enum([
		"男",
		"女",
		"未知"
	]),
	id_number: z.string().min(1),
	phone: z.string().min(1),
	address: z.string().optional(),
	employer: z.string().optional()
});
var loanSchema = z.strictObject({
	contract_no: z.string().min(1),
	product: z.string().optional(),
	loan_date: isoDate.optional(),
	principal: money,
	interest: money,
	penalty: money,
	amount_due: money,
	due_date: isoDate,
	/** negative before the due date (D-1 = -1), 0 on the due date */
	overdue_days: z.number().int(),
	bank_card: z.string().min(1)
});
var platformSchema = z.strictObject({
	name: z.string().min(1),
	signature: z.string().min(1),
	hotline: z.string().min(1),
	app_name: z.string().min(1),
	website: z.string().optional()
});
var lenderSchema = z.strictObject({
	name: z.string().min(1),
	short_name: z.string().min(1)
});
var agencySchema = z.strictObject({
	name: z.string().min(1),
	short_name: z.string().min(1),
	hotline: z.string().optional()
});
var contactSchema = z.strictObject({
	name: z.string().min(1),
	relation: z.string().min(1),
	phone: z.string().min(1)
});
/** What a template sees: `{{ borrower.name }}`, `{{ loan.amount_due | rmb_upper }}` … */
var sampleDataSchema = z.strictObject({
	borrower: borrowerSchema,
	loan: loanSchema,
	platform: platformSchema,
	lender: lenderSchema,
	agency: agencySchema.optional(),
	contacts: z.array(contactSchema)
});
/** One file in samples/borrowers/: the data plus an id and a label for the preview. */
var sampleFileSchema = z.strictObject({
	id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "expected a kebab-case id"),
	label: z.string().min(1),
	...sampleDataSchema.shape
});
// src/core/samples/load.ts
/**
* Validates sample files: `path -> parsed JSON` (a string value is parsed here, and a syntax error is
* reported with its 1-based line and column, code `sample/json`). Each file holds one record or an array
* of records. Invalid records become `sample/invalid` problems naming the file and the JSON path; a
* repeated id becomes `sample/duplicate-id` (the first one, in path order, is kept). Valid records still
* load: on problems the result is `{ ok: false, problems, partial: validSamples }`. Samples are sorted by id.
*/
function loadSamples(files) {
	const problems = [];
	const samples = [];
	const firstFile = /* @__PURE__ */ new Map();
	for (const file of Object.keys(files).sort()) {
		const json = parseText(files[file], file, problems);
		if (json === INVALID) continue;
		const records = Array.isArray(json) ? json.map((r, i) => [r, [i]]) : [[json, []]];
		for (const [record, prefix] of records) {
			const parsed = sampleFileSchema.safeParse(record);
			if (!parsed.success) {
				const issues = parsed.error.issues.map((issue) => ({
					...issue,
					path: [...prefix, ...issue.path]
				}));
				problems.push(...problemsFromZod(issues, "sample/invalid", file));
				continue;
			}
			const { id, label, ...data } = parsed.data;
			const first = firstFile.get(id);
			if (first !== void 0) {
				problems.push({
					code: "sample/duplicate-id",
					message: `${file}: sample id "${id}" is already used in ${first}`,
					file,
					path: [...prefix, "id"]
				});
				continue;
			}
			firstFile.set(id, file);
			samples.push({
				id,
				label,
				data
			});
		}
	}
	samples.sort((a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
	return problems.length === 0 ? ok(samples) : fail(problems, samples);
}
var INVALID = Symbol("invalid");
function parseText(value, file, problems) {
	if (typeof value !== "string") return value;
	const bom = value.startsWith("﻿") ? 1 : 0;
	const text = value.slice(bom);
	try {
		return JSON.parse(text);
	} catch {
		const offset = jsonErrorOffset(text);
		const at = offset === void 0 ? void 0 : lineColumn(value, offset + bom);
		const where = at ? `:${at.line}:${at.column}` : "";
		problems.push({
			code: "sample/json",
			message: `${file}${where}: invalid JSON`,
			file,
			...at
		});
		return INVALID;
	}
}
function lineColumn(text, offset) {
	const before = text.slice(0, offset);
	return {
		line: before.split("\n").length,
		column: offset - (before.lastIndexOf("\n") + 1) + 1
	};
}
var NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
var HEX4 = /[0-9a-fA-F]{4}/y;
function jsonErrorOffset(text) {
	let i = 0;
	const stop = () => {
		throw i;
	};
	const ws = () => {
		while (i < text.length && " 	\n\r".includes(text[i])) i++;
	};
	const sticky = (re) => {
		re.lastIndex = i;
		if (!re.test(text)) stop();
		i = re.lastIndex;
	};
	const str = () => {
		i++;
		for (;;) {
			const c = text[i];
			if (c === void 0 || c < " ") stop();
			i++;
			if (c === "\"") return;
			if (c !== "\\") continue;
			if (text[i] === "u") {
				i++;
				sticky(HEX4);
			} else if ("\"\\/bfnrt".includes(text[i] ?? "x")) i++;
			else stop();
		}
	};
	const container = (close, member) => {
		i++;
		ws();
		if (text[i] === close) return void i++;
		for (;;) {
			member();
			ws();
			if (text[i] === ",") i++;
			else if (text[i] === close) return void i++;
			else stop();
		}
	};
	const value = () => {
		ws();
		const c = text[i];
		if (c === "{") container("}", () => {
			ws();
			if (text[i] !== "\"") stop();
			str();
			ws();
			if (text[i] !== ":") stop();
			i++;
			value();
		});
		else if (c === "[") container("]", value);
		else if (c === "\"") str();
		else if (c === "t" || c === "f" || c === "n") {
			const word = c === "t" ? "true" : c === "f" ? "false" : "null";
			if (!text.startsWith(word, i)) stop();
			i += word.length;
		} else sticky(NUMBER);
	};
	try {
		value();
		ws();
		if (i < text.length) stop();
		return;
	} catch (at) {
		return typeof at === "number" ? at : void 0;
	}
}
var ayiguli_maimaiti_default = {
	id: "ayiguli-maimaiti",
	label: "阿依古丽·买买提 · 带间隔号的姓名 · 逾期30天",
	borrower: {
		"name": "阿依古丽·买买提",
		"gender": "女",
		"id_number": "650102199508120426",
		"phone": "13600005555",
		"address": "新疆乌鲁木齐市天山区示例街5号"
	},
	loan: {
		"contract_no": "QZ20231120000419",
		"product": "钱站信用借",
		"loan_date": "2023-11-20",
		"principal": 5e3,
		"interest": 150,
		"penalty": 75.25,
		"amount_due": 5225.25,
		"due_date": "2024-05-20",
		"overdue_days": 30,
		"bank_card": "6228480000000012344"
	},
	platform: {
		"name": "钱站",
		"signature": "【钱站】",
		"hotline": "400-000-1234",
		"app_name": "钱站APP",
		"website": "https://www.example.com/qianzhan"
	},
	lender: {
		"name": "示例消费金融有限公司",
		"short_name": "示例消费金融"
	},
	contacts: [{
		"name": "买买提·艾力",
		"relation": "父亲",
		"phone": "13600006666"
	}]
};
var chen_zhiwei_traditional_default = {
	id: "chen-zhiwei-traditional",
	label: "陳志偉 · 繁体姓名 · 逾期10天",
	borrower: {
		"name": "陳志偉",
		"gender": "男",
		"id_number": "35020319870614189X",
		"phone": "15800002525"
	},
	loan: {
		"contract_no": "QZ20240101001328",
		"product": "钱站信用借",
		"loan_date": "2024-01-01",
		"principal": 4500,
		"interest": 90,
		"penalty": 22.5,
		"amount_due": 4612.5,
		"due_date": "2024-07-01",
		"overdue_days": 10,
		"bank_card": "6222020000000043216"
	},
	platform: {
		"name": "钱站",
		"signature": "【钱站】",
		"hotline": "400-000-1234",
		"app_name": "钱站APP",
		"website": "https://www.example.com/qianzhan"
	},
	lender: {
		"name": "样本小额贷款有限公司",
		"short_name": "样本小贷"
	},
	contacts: [{
		"name": "陳美玲",
		"relation": "母亲",
		"phone": "15800002626"
	}]
};
var he_zhiqiang_agency_default = {
	id: "he-zhiqiang-agency",
	label: "何志强 · 受托机构发送（示例安诚） · 逾期45天",
	borrower: {
		"name": "何志强",
		"gender": "男",
		"id_number": "500103198308271210",
		"phone": "15300002323"
	},
	loan: {
		"contract_no": "QZ20231010001227",
		"product": "钱站信用借",
		"loan_date": "2023-10-10",
		"principal": 8e3,
		"interest": 320,
		"penalty": 160,
		"amount_due": 8480,
		"due_date": "2024-04-10",
		"overdue_days": 45,
		"bank_card": "6214830000000098761"
	},
	platform: {
		"name": "钱站",
		"signature": "【钱站】",
		"hotline": "400-000-1234",
		"app_name": "钱站APP",
		"website": "https://www.example.com/qianzhan"
	},
	lender: {
		"name": "示例消费金融有限公司",
		"short_name": "示例消费金融"
	},
	agency: {
		"name": "示例安诚商务咨询有限公司",
		"short_name": "示例安诚",
		"hotline": "400-000-5678"
	},
	contacts: [{
		"name": "何晓丽",
		"relation": "配偶",
		"phone": "15300002424"
	}]
};
var li_na_card_16_default = {
	id: "li-na-card-16",
	label: "李娜 · 逾期1天 · 16位卡号",
	borrower: {
		"name": "李娜",
		"gender": "女",
		"id_number": "610113199602181526",
		"phone": "18600002929"
	},
	loan: {
		"contract_no": "QZ20240710001430",
		"product": "钱站分期",
		"loan_date": "2024-07-10",
		"principal": 1500,
		"interest": 18,
		"penalty": .75,
		"amount_due": 1518.75,
		"due_date": "2024-10-10",
		"overdue_days": 1,
		"bank_card": "4556000000000125"
	},
	platform: {
		"name": "钱站",
		"signature": "【钱站】",
		"hotline": "400-000-1234",
		"app_name": "钱站APP",
		"website": "https://www.example.com/qianzhan"
	},
	lender: {
		"name": "演示消费金融股份有限公司",
		"short_name": "演示消费金融"
	},
	contacts: [{
		"name": "李刚",
		"relation": "父亲",
		"phone": "18600003030"
	}]
};
var liu_zhang_zixuan_default = {
	id: "liu-zhang-zixuan",
	label: "刘张子轩 · 四字姓名 · 到期当天（D0）",
	borrower: {
		"name": "刘张子轩",
		"gender": "男",
		"id_number": "320102200101010515",
		"phone": "13500007777"
	},
	loan: {
		"contract_no": "QZ20240601000520",
		"product": "钱站分期",
		"loan_date": "2024-06-01",
		"principal": 600,
		"interest": 9,
		"penalty": 0,
		"amount_due": 609,
		"due_date": "2024-09-01",
		"overdue_days": 0,
		"bank_card": "6212260000000056788"
	},
	platform: {
		"name": "钱站",
		"signature": "【钱站】",
		"hotline": "400-000-1234",
		"app_name": "钱站APP",
		"website": "https://www.example.com/qianzhan"
	},
	lender: {
		"name": "演示消费金融股份有限公司",
		"short_name": "演示消费金融"
	},
	contacts: [{
		"name": "张玉兰",
		"relation": "母亲",
		"phone": "13500008888"
	}]
};
var long_name_worst_case_default = {
	id: "long-name-worst-case",
	label: "阿卜杜热合曼·艾合麦提江·买买提明 · 最长字段（长度最坏情况）",
	borrower: {
		"name": "阿卜杜热合曼·艾合麦提江·买买提明",
		"gender": "男",
		"id_number": "650102196109301410",
		"phone": "15900002727",
		"address": "新疆维吾尔自治区乌鲁木齐市天山区示例路示例小区12栋3单元401室",
		"employer": "示例国际物流供应链管理集团有限公司乌鲁木齐分公司"
	},
	loan: {
		"contract_no": "QZ20190101999999",
		"product": "钱站长期分期信用借款（六十期）",
		"loan_date": "2019-01-01",
		"principal": 9e7,
		"interest": 7e6,
		"penalty": 1765432.19,
		"amount_due": 98765432.19,
		"due_date": "2020-06-01",
		"overdue_days": 1500,
		"bank_card": "6217000000000099998"
	},
	platform: {
		"name": "钱站",
		"signature": "【钱站】",
		"hotline": "400-000-1234",
		"app_name": "钱站APP",
		"website": "https://www.example.com/qianzhan"
	},
	lender: {
		"name": "演示长名称消费金融股份有限公司",
		"short_name": "演示长名称消费金融"
	},
	agency: {
		"name": "示例安诚商务咨询服务有限公司乌鲁木齐分公司",
		"short_name": "示例安诚乌鲁木齐分公司",
		"hotline": "400-000-5678"
	},
	contacts: [{
		"name": "阿依努尔·买买提明",
		"relation": "配偶",
		"phone": "15900002828"
	}]
};
var ouyang_xiaoming_default = {
	id: "ouyang-xiaoming",
	label: "欧阳晓明 · 复姓 · 逾期1天",
	borrower: {
		"name": "欧阳晓明",
		"gender": "男",
		"id_number": "310104198506150218",
		"phone": "13900001111",
		"address": "上海市徐汇区示例路88弄"
	},
	loan: {
		"contract_no": "QZ20240110000217",
		"product": "钱站信用借",
		"loan_date": "2024-01-10",
		"principal": 3e3,
		"interest": 45.5,
		"penalty": 1.5,
		"amount_due": 3047,
		"due_date": "2024-07-10",
		"overdue_days": 1,
		"bank_card": "6214830000000004561"
	},
	platform: {
		"name": "钱站",
		"signature": "【钱站】",
		"hotline": "400-000-1234",
		"app_name": "钱站APP",
		"website": "https://www.example.com/qianzhan"
	},
	lender: {
		"name": "示例消费金融有限公司",
		"short_name": "示例消费金融"
	},
	contacts: [{
		"name": "欧阳小红",
		"relation": "姐妹",
		"phone": "13900002222"
	}]
};
var seed_zhang_san_default = {
	id: "seed-zhang-san",
	label: "张三 · 种子短信原型（壹万元整）",
	borrower: {
		"name": "张三",
		"gender": "男",
		"id_number": "110101199003070118",
		"phone": "13800001234",
		"address": "北京市东城区示例路1号",
		"employer": "示例科技有限公司"
	},
	loan: {
		"contract_no": "QZ20230301000001",
		"product": "钱站信用借",
		"loan_date": "2023-03-01",
		"principal": 9500,
		"interest": 500,
		"penalty": 0,
		"amount_due": 1e4,
		"due_date": "2023-03-25",
		"overdue_days": 7,
		"bank_card": "6217000000000001234"
	},
	platform: {
		"name": "钱站",
		"signature": "【钱站】",
		"hotline": "400-000-1234",
		"app_name": "钱站APP",
		"website": "https://www.example.com/qianzhan"
	},
	lender: {
		"name": "示例消费金融有限公司",
		"short_name": "示例消费金融"
	},
	contacts: [{
		"name": "李四",
		"relation": "配偶",
		"phone": "13800004321"
	}]
};
var shangguan_wan_d30_default = {
	id: "shangguan-wan-d30",
	label: "上官婉 · 复姓 · 逾期31天 · 工作单位字段",
	borrower: {
		"name": "上官婉",
		"gender": "女",
		"id_number": "130102199104041623",
		"phone": "18700003131",
		"employer": "示例文化传媒有限公司"
	},
	loan: {
		"contract_no": "QZ20240201001531",
		"product": "钱站信用借",
		"loan_date": "2024-02-01",
		"principal": 6e3,
		"interest": 240,
		"penalty": 93.6,
		"amount_due": 6333.6,
		"due_date": "2024-06-01",
		"overdue_days": 31,
		"bank_card": "6228480000000086421"
	},
	platform: {
		"name": "钱站",
		"signature": "【钱站】",
		"hotline": "400-000-1234",
		"app_name": "钱站APP",
		"website": "https://www.example.com/qianzhan"
	},
	lender: {
		"name": "示例消费金融有限公司",
		"short_name": "示例消费金融"
	},
	contacts: [{
		"name": "上官明",
		"relation": "兄弟",
		"phone": "18700003232"
	}]
};
var sima_jingjing_default = {
	id: "sima-jingjing",
	label: "司马静静 · 复姓 · 到期前1天（D-1）",
	borrower: {
		"name": "司马静静",
		"gender": "女",
		"id_number": "440305199202290327",
		"phone": "13700003333"
	},
	loan: {
		"contract_no": "QZ20240305000318",
		"product": "钱站分期",
		"loan_date": "2024-03-05",
		"principal": 1800,
		"interest": 21.6,
		"penalty": 0,
		"amount_due": 1821.6,
		"due_date": "2024-08-05",
		"overdue_days": -1,
		"bank_card": "6225880000007899"
	},
	platform: {
		"name": "钱站",
		"signature": "【钱站】",
		"hotline": "400-000-1234",
		"app_name": "钱站APP",
		"website": "https://www.example.com/qianzhan"
	},
	lender: {
		"name": "样本小额贷款有限公司",
		"short_name": "样本小贷"
	},
	contacts: [{
		"name": "司马文",
		"relation": "父亲",
		"phone": "13700004444"
	}]
};
var sun_lijuan_cents_default = {
	id: "sun-lijuan-cents",
	label: "孙丽娟 · 金额含角分（1,234.56） · 逾期15天",
	borrower: {
		"name": "孙丽娟",
		"gender": "女",
		"id_number": "110105199303030922",
		"phone": "15000001717"
	},
	loan: {
		"contract_no": "QZ20240501000924",
		"product": "钱站分期",
		"loan_date": "2024-05-01",
		"principal": 1200,
		"interest": 30.5,
		"penalty": 4.06,
		"amount_due": 1234.56,
		"due_date": "2024-07-01",
		"overdue_days": 15,
		"bank_card": "6225880000002460"
	},
	platform: {
		"name": "钱站",
		"signature": "【钱站】",
		"hotline": "400-000-1234",
		"app_name": "钱站APP",
		"website": "https://www.example.com/qianzhan"
	},
	lender: {
		"name": "示例消费金融有限公司",
		"short_name": "示例消费金融"
	},
	contacts: [{
		"name": "孙建华",
		"relation": "父亲",
		"phone": "15000001818"
	}]
};
var wang_fang_zero_interest_default = {
	id: "wang-fang-zero-interest",
	label: "王芳 · 免息借款（利息为0） · 逾期3天",
	borrower: {
		"name": "王芳",
		"gender": "女",
		"id_number": "51010719790420106X",
		"phone": "13300001212",
		"employer": "示例餐饮管理有限公司"
	},
	loan: {
		"contract_no": "QZ20240401000722",
		"product": "钱站新手免息券",
		"loan_date": "2024-04-01",
		"principal": 1e3,
		"interest": 0,
		"penalty": 0,
		"amount_due": 1e3,
		"due_date": "2024-05-01",
		"overdue_days": 3,
		"bank_card": "6217000000000007892"
	},
	platform: {
		"name": "钱站",
		"signature": "【钱站】",
		"hotline": "400-000-1234",
		"app_name": "钱站APP",
		"website": "https://www.example.com/qianzhan"
	},
	lender: {
		"name": "样本小额贷款有限公司",
		"short_name": "样本小贷"
	},
	contacts: [{
		"name": "王强",
		"relation": "兄弟",
		"phone": "13300001313"
	}]
};
var wu_haifeng_hundred_million_default = {
	id: "wu-haifeng-hundred-million",
	label: "吴海峰 · 应还1亿元（壹亿元整） · 逾期60天",
	borrower: {
		"name": "吴海峰",
		"gender": "男",
		"id_number": "440305197201111017",
		"phone": "15100001919",
		"employer": "示例贸易有限公司"
	},
	loan: {
		"contract_no": "QZ20230101001025",
		"product": "钱站企业主贷",
		"loan_date": "2023-01-01",
		"principal": 95e6,
		"interest": 4e6,
		"penalty": 1e6,
		"amount_due": 1e8,
		"due_date": "2024-01-01",
		"overdue_days": 60,
		"bank_card": "6217000000000024681"
	},
	platform: {
		"name": "钱站",
		"signature": "【钱站】",
		"hotline": "400-000-1234",
		"app_name": "钱站APP",
		"website": "https://www.example.com/qianzhan"
	},
	lender: {
		"name": "演示消费金融股份有限公司",
		"short_name": "演示消费金融"
	},
	contacts: [{
		"name": "吴海燕",
		"relation": "姐妹",
		"phone": "15100002020"
	}]
};
var zhao_jianguo_long_overdue_default = {
	id: "zhao-jianguo-long-overdue",
	label: "赵建国 · 逾期1200天 · 已委托催收机构",
	borrower: {
		"name": "赵建国",
		"gender": "男",
		"id_number": "420106196607180810",
		"phone": "13200001414",
		"address": "湖北省武汉市武昌区示例大道100号"
	},
	loan: {
		"contract_no": "QZ20200801000823",
		"product": "钱站信用借",
		"loan_date": "2020-08-01",
		"principal": 2e4,
		"interest": 1800,
		"penalty": 2400,
		"amount_due": 24200,
		"due_date": "2021-02-01",
		"overdue_days": 1200,
		"bank_card": "6227000000000013576"
	},
	platform: {
		"name": "钱站",
		"signature": "【钱站】",
		"hotline": "400-000-1234",
		"app_name": "钱站APP",
		"website": "https://www.example.com/qianzhan"
	},
	lender: {
		"name": "演示消费金融股份有限公司",
		"short_name": "演示消费金融"
	},
	agency: {
		"name": "示例安诚商务咨询有限公司",
		"short_name": "示例安诚",
		"hotline": "400-000-5678"
	},
	contacts: [{
		"name": "赵小明",
		"relation": "子女",
		"phone": "13200001515"
	}, {
		"name": "钱桂芬",
		"relation": "配偶",
		"phone": "13200001616"
	}]
};
var zheng_xiaoyan_minimal_default = {
	id: "zheng-xiaoyan-minimal",
	label: "郑小燕 · 最少字段（无地址/单位/产品/网址/联系人） · 逾期2天",
	borrower: {
		"name": "郑小燕",
		"gender": "女",
		"id_number": "370102199805211124",
		"phone": "15200002121"
	},
	loan: {
		"contract_no": "QZ20240620001126",
		"principal": 800,
		"interest": 12,
		"penalty": .8,
		"amount_due": 812.8,
		"due_date": "2024-08-20",
		"overdue_days": 2,
		"bank_card": "6228480000000035790"
	},
	platform: {
		"name": "钱站",
		"signature": "【钱站】",
		"hotline": "400-000-1234",
		"app_name": "钱站APP"
	},
	lender: {
		"name": "样本小额贷款有限公司",
		"short_name": "样本小贷"
	},
	contacts: []
};
var zhou_zimo_gender_unknown_default = {
	id: "zhou-zimo-gender-unknown",
	label: "周子墨 · 性别未知 · 逾期7天",
	borrower: {
		"name": "周子墨",
		"gender": "未知",
		"id_number": "33010619880909079X",
		"phone": "13400009999"
	},
	loan: {
		"contract_no": "QZ20240215000621",
		"product": "钱站信用借",
		"loan_date": "2024-02-15",
		"principal": 2e3,
		"interest": 60,
		"penalty": 14,
		"amount_due": 2074,
		"due_date": "2024-08-15",
		"overdue_days": 7,
		"bank_card": "6222020000000000984"
	},
	platform: {
		"name": "钱站",
		"signature": "【钱站】",
		"hotline": "400-000-1234",
		"app_name": "钱站APP",
		"website": "https://www.example.com/qianzhan"
	},
	lender: {
		"name": "示例消费金融有限公司",
		"short_name": "示例消费金融"
	},
	contacts: [{
		"name": "周大海",
		"relation": "兄弟",
		"phone": "13400001010"
	}]
};
// src/core/samples/defaults.ts
var cached$1;
/** Keys like `../../../samples/borrowers/x.json` become `samples/borrowers/x.json`. */
var repoPath = (globKey) => globKey.replace(/^(?:\.\.?\/)+/, "");
/**
* The repo's samples/borrowers/*.json, bundled at build time and sorted by id (parsed once; each call
* returns a new array of the same, shared sample objects: do not mutate them). Invalid bundled files are left out; a test keeps them valid.
*/
function defaultSamples() {
	if (cached$1) return cached$1.slice();
	const result = loadSamples(Object.fromEntries(Object.entries(/* @__PURE__ */ Object.assign({
		"../../../samples/borrowers/ayiguli-maimaiti.json": ayiguli_maimaiti_default,
		"../../../samples/borrowers/chen-zhiwei-traditional.json": chen_zhiwei_traditional_default,
		"../../../samples/borrowers/he-zhiqiang-agency.json": he_zhiqiang_agency_default,
		"../../../samples/borrowers/li-na-card-16.json": li_na_card_16_default,
		"../../../samples/borrowers/liu-zhang-zixuan.json": liu_zhang_zixuan_default,
		"../../../samples/borrowers/long-name-worst-case.json": long_name_worst_case_default,
		"../../../samples/borrowers/ouyang-xiaoming.json": ouyang_xiaoming_default,
		"../../../samples/borrowers/seed-zhang-san.json": seed_zhang_san_default,
		"../../../samples/borrowers/shangguan-wan-d30.json": shangguan_wan_d30_default,
		"../../../samples/borrowers/sima-jingjing.json": sima_jingjing_default,
		"../../../samples/borrowers/sun-lijuan-cents.json": sun_lijuan_cents_default,
		"../../../samples/borrowers/wang-fang-zero-interest.json": wang_fang_zero_interest_default,
		"../../../samples/borrowers/wu-haifeng-hundred-million.json": wu_haifeng_hundred_million_default,
		"../../../samples/borrowers/zhao-jianguo-long-overdue.json": zhao_jianguo_long_overdue_default,
		"../../../samples/borrowers/zheng-xiaoyan-minimal.json": zheng_xiaoyan_minimal_default,
		"../../../samples/borrowers/zhou-zimo-gender-unknown.json": zhou_zimo_gender_unknown_default
	})).map(([key, json]) => [repoPath(key), json])));
	cached$1 = result.ok ? result.value : result.partial ?? [];
	return cached$1.slice();
}
// src/core/meta/schema.ts
/** 'HH:MM', 00:00–23:59. */
var clock = z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, "expected a time as HH:MM between 00:00 and 23:59");
/**
* A template's metadata (strict: unknown keys are errors). Only `audience` is required;
* the window's order and bounds (08:00–22:00) are judged by the rules, not here.
*/
var templateMetaSchema = z.strictObject({
	id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "expected a kebab-case id").optional(),
	name: z.string().min(1).optional(),
	stage: z.string().min(1).optional(),
	audience: z.enum(AUDIENCES),
	sendWindow: z.strictObject({
		start: clock,
		end: clock
	}).optional(),
	maxPerDay: z.number().int().min(1).max(50).optional(),
	commercial: z.boolean().optional()
});
/**
* Fills in DEFAULT_META (audience debtor, sendWindow 09:00–20:00, maxPerDay 1, commercial false)
* for every field that is missing or undefined. Does not validate.
*/
function resolveMeta(meta) {
	const given = Object.fromEntries(Object.entries(meta ?? {}).filter(([, v]) => v !== void 0));
	const resolved = {
		...DEFAULT_META,
		...given
	};
	return {
		...resolved,
		sendWindow: { ...resolved.sendWindow }
	};
}
// src/core/rules/leading-lookbehind.ts
/** Index just past the group that opens at `start` (balanced parens; escapes and classes skipped), or -1. */
function groupEnd(src, start) {
	let depth = 0;
	let inClass = false;
	for (let i = start; i < src.length; i++) {
		const c = src[i];
		if (c === "\\") i++;
		else if (inClass) inClass = c !== "]";
		else if (c === "[") inClass = true;
		else if (c === "(") depth++;
		else if (c === ")" && --depth === 0) return i + 1;
	}
	return -1;
}
/** Whether `src` has an alternation `|` at its top level. */
function hasTopLevelAlternation(src) {
	let depth = 0;
	let inClass = false;
	for (let i = 0; i < src.length; i++) {
		const c = src[i];
		if (c === "\\") i++;
		else if (inClass) inClass = c !== "]";
		else if (c === "[") inClass = true;
		else if (c === "(") depth++;
		else if (c === ")") depth--;
		else if (c === "|" && depth === 0) return true;
	}
	return false;
}
/**
* Splits leading lookbehind assertions off a regex source: `(?<!A)(?<!B)REST` → guards [`(?<!A)`, `(?<!B)`] and
* `REST`. A match of the original at p is exactly a match of REST at p where every guard holds at p, and REST
* usually starts with literals V8 scans for quickly, while a leading lookbehind runs at every position.
* Returns undefined when the split would change the meaning (top-level `|`, nothing left).
*/
function splitLeadingLookbehinds(src) {
	const guards = [];
	let at = 0;
	while (src.startsWith("(?<!", at) || src.startsWith("(?<=", at)) {
		const end = groupEnd(src, at);
		if (end < 0) return void 0;
		guards.push(src.slice(at, end));
		at = end;
	}
	const rest = src.slice(at);
	if (guards.length === 0 || rest.length === 0 || hasTopLevelAlternation(rest) || /^[*+?{]/.test(rest)) return void 0;
	return {
		guards,
		rest
	};
}
// src/core/rules/factor-scan.ts
/**
* An Aho–Corasick automaton over UTF-16 code units whose nodes carry the slots of every literal ending there
* (its own and those on its suffix chain), so a scan allocates nothing and reports no positions: unlike
* text/aho-corasick.ts it answers only "which slots have a literal in this text".
*/
function buildFactorScan(literals, owners, slots) {
	const next = [void 0];
	const own = [[]];
	const rootNext = /* @__PURE__ */ new Int32Array(65536);
	literals.forEach((lit, i) => {
		if (lit.length === 0) return;
		let node = 0;
		for (let k = 0; k < lit.length; k++) {
			const code = lit.charCodeAt(k);
			const map = next[node] ??= /* @__PURE__ */ new Map();
			let child = map.get(code);
			if (child === void 0) {
				child = own.length;
				own.push([]);
				next.push(void 0);
				map.set(code, child);
				if (node === 0) rootNext[code] = child;
			}
			node = child;
		}
		own[node].push(...owners[i] ?? []);
	});
	const fail = new Int32Array(own.length);
	const step = (state, code) => {
		for (let s = state; s !== 0; s = fail[s]) {
			const child = next[s]?.get(code);
			if (child !== void 0) return child;
		}
		return rootNext[code];
	};
	const out = new Array(own.length);
	const queue = [...next[0]?.values() ?? []];
	for (const child of queue) out[child] = own[child].length > 0 ? own[child] : void 0;
	for (let head = 0; head < queue.length; head++) {
		const node = queue[head];
		for (const [code, child] of next[node] ?? []) {
			const f = step(fail[node], code);
			fail[child] = f;
			const merged = [.../* @__PURE__ */ new Set([...own[child], ...out[f] ?? []])];
			out[child] = merged.length > 0 ? merged : void 0;
			queue.push(child);
		}
	}
	return {
		slots,
		mark(text, into) {
			let state = 0;
			for (let i = 0; i < text.length; i++) {
				state = step(state, text.charCodeAt(i));
				const slotsHere = out[state];
				if (slotsHere !== void 0) for (let k = 0; k < slotsHere.length; k++) into[slotsHere[k]] = 1;
			}
		}
	};
}
// src/core/rules/regex-factors.ts
var CAP = 64;
var CLASS_CAP = 32;
var ANY = {};
var EMPTY$1 = { exact: [""] };
var DIGITS = [..."0123456789"];
var SYNTAX = "^$\\.*+?()[]{}|/-";
var CONTROL = {
	n: "\n",
	r: "\r",
	t: "	",
	v: "\v",
	f: "\f"
};
var Unsure = class extends Error {};
var score = (set) => set.reduce((sum, s) => sum + 32 ** -Math.min(s.length, 4), 0);
function best(cands) {
	let out;
	for (const c of cands) if (c && c.length > 0 && !c.includes("") && (!out || score(c) < score(out))) out = [...c];
	return out;
}
function cross(a, b) {
	if (a.length * b.length > CAP) return void 0;
	return [...new Set(a.flatMap((x) => b.map((y) => x + y)))];
}
var withReq = (i) => ({
	...i,
	req: best([i.req, i.exact])
});
function sequence(items) {
	const cands = [];
	let full = [""];
	let run = [""];
	for (const item of items) {
		cands.push(item.req);
		if (item.exact) {
			full = full && cross(full, item.exact);
			const next = cross(run, item.exact);
			if (!next) cands.push(run);
			run = next ?? item.exact;
		} else {
			full = void 0;
			cands.push(run);
			run = [""];
		}
	}
	cands.push(run);
	return withReq({
		...full ? { exact: full } : {},
		req: best(cands)
	});
}
function alternation(branches) {
	if (branches.length === 1) return branches[0] ?? ANY;
	const exact = branches.every((b) => b.exact) ? [...new Set(branches.flatMap((b) => b.exact ?? []))] : void 0;
	const req = branches.every((b) => b.req) ? [...new Set(branches.flatMap((b) => b.req ?? []))] : void 0;
	return withReq({
		...exact && exact.length <= CAP ? { exact } : {},
		...req ? { req } : {}
	});
}
function quantified(atom, min, max) {
	if (min === 1 && max === 1) return atom;
	if (min === 0) return max === 1 && atom.exact ? { exact: [.../* @__PURE__ */ new Set(["", ...atom.exact])] } : ANY;
	return atom.req ? { req: atom.req } : ANY;
}
var hex = (s) => {
	if (!/^[0-9a-fA-F]+$/.test(s)) throw new Unsure();
	return parseInt(s, 16);
};
/** A recursive-descent reader of `u`-mode regex syntax; anything it does not know makes it give up. */
var Reader = class {
	src;
	pos = 0;
	constructor(src) {
		this.src = src;
	}
	alternation() {
		const branches = [this.sequence()];
		while (this.src[this.pos] === "|") {
			this.pos++;
			branches.push(this.sequence());
		}
		return alternation(branches);
	}
	sequence() {
		const items = [];
		while (this.pos < this.src.length && this.src[this.pos] !== "|" && this.src[this.pos] !== ")") items.push(this.quantifier(this.atom()));
		return sequence(items);
	}
	quantifier(atom) {
		const c = this.src[this.pos];
		let min = 1;
		let max = 1;
		if (c === "*" || c === "+" || c === "?") {
			this.pos++;
			[min, max] = c === "*" ? [0, Infinity] : c === "+" ? [1, Infinity] : [0, 1];
		} else if (c === "{") {
			const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.pos));
			if (!m) throw new Unsure();
			this.pos += m[0].length;
			min = Number(m[1]);
			max = m[2] === void 0 ? min : m[3] ? Number(m[3]) : Infinity;
		} else return atom;
		if (this.src[this.pos] === "?") this.pos++;
		return quantified(atom, min, max);
	}
	atom() {
		const c = this.src[this.pos];
		if (c === "(") return this.group();
		if (c === "[") return this.charClass();
		if (c === ".") return this.pos++, ANY;
		if (c === "^" || c === "$") return this.pos++, EMPTY$1;
		if (c === "\\") {
			const e = this.escape(false);
			return e === "zero" ? EMPTY$1 : e === "any" ? ANY : {
				exact: e,
				req: e
			};
		}
		if (c === void 0 || "*+?{}])|".includes(c)) throw new Unsure();
		const ch = String.fromCodePoint(this.src.codePointAt(this.pos) ?? 0);
		this.pos += ch.length;
		return {
			exact: [ch],
			req: [ch]
		};
	}
	group() {
		const rest = this.src.slice(this.pos, this.pos + 4);
		let zeroWidth = false;
		if (/^\(\?(?:[=!]|<[=!])/.test(rest)) {
			zeroWidth = true;
			this.pos += rest[2] === "<" ? 4 : 3;
		} else if (rest.startsWith("(?:")) this.pos += 3;
		else if (rest.startsWith("(?<")) {
			const end = this.src.indexOf(">", this.pos);
			if (end < 0) throw new Unsure();
			this.pos = end + 1;
		} else if (rest[1] === "?") throw new Unsure();
		else this.pos += 1;
		const inner = this.alternation();
		if (this.src[this.pos] !== ")") throw new Unsure();
		this.pos++;
		return zeroWidth ? EMPTY$1 : inner;
	}
	/** One escape after `\`: the characters it stands for, 'any' (a large or unknown set) or 'zero' (an assertion). */
	escape(inClass) {
		const c = this.src[this.pos + 1] ?? "";
		this.pos += 2;
		if (c === "d") return DIGITS;
		if ("DwWsS".includes(c) && c !== "") return "any";
		if (c === "p" || c === "P") {
			const end = this.src.indexOf("}", this.pos);
			if (this.src[this.pos] !== "{" || end < 0) throw new Unsure();
			this.pos = end + 1;
			return "any";
		}
		if (c === "b") return inClass ? ["\b"] : "zero";
		if (c === "B" && !inClass) return "zero";
		if (c === "k" && !inClass) {
			const end = this.src.indexOf(">", this.pos);
			if (end < 0) throw new Unsure();
			this.pos = end + 1;
			return "any";
		}
		if (/[1-9]/.test(c) && !inClass) {
			while (/\d/.test(this.src[this.pos] ?? "")) this.pos++;
			return "any";
		}
		if (c === "0" && !/\d/.test(this.src[this.pos] ?? "")) return ["\0"];
		const control = CONTROL[c];
		if (control !== void 0) return [control];
		if (c === "c" && /[a-zA-Z]/.test(this.src[this.pos] ?? "")) return [String.fromCharCode((this.src.charCodeAt(this.pos++) ?? 0) % 32)];
		if (c === "x") return [this.codePoint(hex(this.take(2)))];
		if (c === "u") {
			if (this.src[this.pos] !== "{") return [this.codePoint(hex(this.take(4)))];
			const end = this.src.indexOf("}", this.pos);
			if (end < 0) throw new Unsure();
			const cp = hex(this.src.slice(this.pos + 1, end));
			this.pos = end + 1;
			return [this.codePoint(cp)];
		}
		if (c !== "" && SYNTAX.includes(c)) return [c];
		throw new Unsure();
	}
	take(n) {
		const s = this.src.slice(this.pos, this.pos + n);
		this.pos += n;
		return s;
	}
	/** Lone surrogates from `\u` escapes may pair up with the next escape in `u` mode: give up on them. */
	codePoint(cp) {
		if (cp > 1114111 || cp >= 55296 && cp <= 57343) throw new Unsure();
		return String.fromCodePoint(cp);
	}
	charClass() {
		this.pos++;
		const negated = this.src[this.pos] === "^";
		if (negated) this.pos++;
		const chars = /* @__PURE__ */ new Set();
		let unbounded = negated;
		while (this.src[this.pos] !== "]") {
			if (this.pos >= this.src.length) throw new Unsure();
			const lo = this.classAtom();
			if (this.src[this.pos] === "-" && this.src[this.pos + 1] !== "]" && typeof lo === "number") {
				this.pos++;
				const hi = this.classAtom();
				if (typeof hi !== "number" || hi < lo) throw new Unsure();
				if (hi - lo >= CLASS_CAP) unbounded = true;
				else for (let cp = lo; cp <= hi; cp++) chars.add(String.fromCodePoint(cp));
			} else if (typeof lo === "number") chars.add(String.fromCodePoint(lo));
			else if (lo === "any") unbounded = true;
			else lo.forEach((ch) => chars.add(ch));
		}
		this.pos++;
		if (unbounded || chars.size > CLASS_CAP || chars.size === 0) return ANY;
		const exact = [...chars];
		return {
			exact,
			req: exact
		};
	}
	/** A single character (as a code point) or a set from a class escape. */
	classAtom() {
		if (this.src[this.pos] === "\\") {
			const e = this.escape(true);
			if (e === "zero") throw new Unsure();
			return Array.isArray(e) && e.length === 1 && e !== DIGITS ? e[0]?.codePointAt(0) ?? 0 : e;
		}
		const cp = this.src.codePointAt(this.pos) ?? 0;
		this.pos += cp > 65535 ? 2 : 1;
		return cp;
	}
};
/**
* Literal strings one of which occurs in every match of `/source/flags` — a text containing none of them cannot
* match. Conservative: undefined whenever the analysis is unsure (flags other than g/u/y, unknown syntax, a part
* that can match an unbounded set of strings everywhere), so the regex must always run.
*/
function requiredFactors(source, flags) {
	if (!/^[guy]*$/.test(flags) || !flags.includes("u")) return void 0;
	try {
		const reader = new Reader(source);
		const info = reader.alternation();
		if (reader.pos !== source.length) return void 0;
		const req = best([info.req]);
		return req?.filter((f) => !req.some((g) => g !== f && f.includes(g)));
	} catch (e) {
		if (e instanceof Unsure) return void 0;
		throw e;
	}
}
// src/core/rules/prefilter.ts
var slotOf = /* @__PURE__ */ new Map();
var slots = 0;
var idOf = /* @__PURE__ */ new Map();
var fragments = [];
/** fragment id → slots of the regexes that need it */
var owners = [];
var scanner;
var recent = [];
var RECENT = 4;
/**
* The prefilter slot of a `u`-flag regex source, or undefined when its factors cannot be derived (it always runs).
* Sources with the same text share a slot.
*/
function prefilterSlot(source, flags) {
	const key = `${flags}/${source}`;
	const known = slotOf.get(key);
	if (known !== void 0) return known ?? void 0;
	const factors = requiredFactors(source, flags);
	if (!factors) {
		slotOf.set(key, null);
		return;
	}
	const slot = slots++;
	slotOf.set(key, slot);
	for (const f of factors) {
		let id = idOf.get(f);
		if (id === void 0) {
			id = fragments.length;
			fragments.push(f);
			owners.push([]);
			idOf.set(f, id);
		}
		owners[id].push(slot);
	}
	return slot;
}
/** Which slots may match `text` (1 = one of its factors occurs); the last few texts are remembered. */
function runnableSlots(text) {
	if (scanner?.slots !== slots) {
		scanner = buildFactorScan(fragments, owners, slots);
		recent.length = 0;
	}
	for (const r of recent) if (r.text === text) return r.runnable;
	const runnable = new Uint8Array(scanner.slots);
	scanner.mark(text, runnable);
	if (recent.length >= RECENT) recent.pop();
	recent.unshift({
		text,
		runnable
	});
	return runnable;
}
/** False only when the regex in `slot` cannot match the text `runnable` was computed for. */
function mayMatch(slot, runnable) {
	return slot === void 0 || runnable === void 0 || slot >= runnable.length || runnable[slot] === 1;
}
// src/core/rules/regexes.ts
var ESCAPES = /\\[pPk]\{[^}]*\}|\\k<[^>]*>|\(\?<[^>]*>|\\./g;
var CLASSES = /\[[^\]]*\]/g;
function compileOne(src) {
	const re = new RegExp(src, "gu");
	const slot = prefilterSlot(src, re.flags);
	const base = slot === void 0 ? { source: src } : {
		source: src,
		slot
	};
	const split = splitLeadingLookbehinds(src);
	if (!split) return {
		...base,
		re,
		guards: []
	};
	try {
		return {
			...base,
			re: new RegExp(split.rest, "gu"),
			guards: split.guards.map((g) => new RegExp(g, "uy"))
		};
	} catch {
		return {
			...base,
			re,
			guards: []
		};
	}
}
/**
* Compiles regex sources; a source that does not compile or matches the empty string is a fatal issue.
* `lowerCaseText` (default) lints uppercase ASCII, which can never match the lower-cased normalised text.
*/
function compileRegexes(sources, path, lowerCaseText = true) {
	const regexes = [];
	const issues = [];
	(sources ?? []).forEach((src, i) => {
		const at = [...path, i];
		let compiled;
		try {
			compiled = compileOne(src);
		} catch (e) {
			issues.push({
				code: "rule/bad-regex",
				message: `/${src}/ does not compile: ${e.message}`,
				path: at,
				fatal: true
			});
			return;
		}
		if (new RegExp(src, "u").test("")) {
			issues.push({
				code: "rule/bad-regex",
				message: `/${src}/ matches the empty string`,
				path: at,
				fatal: true
			});
			return;
		}
		if (lowerCaseText && /[A-Z]/.test(src.replace(ESCAPES, "").replace(CLASSES, ""))) issues.push({
			code: "rule/dead-pattern",
			message: `/${src}/ has uppercase ASCII letters but runs on lower-cased text`,
			path: at
		});
		regexes.push(compiled);
	});
	return {
		regexes,
		issues
	};
}
var nextIndex = (s, i) => {
	const c = s.charCodeAt(i);
	return i + (c >= 55296 && c <= 56319 ? 2 : 1);
};
function guardsHold(guards, text, at, clauseStart) {
	if (guards.length === 0) return true;
	const from = clauseStart?.(at) ?? 0;
	const scoped = from > 0 ? text.slice(from) : text;
	return guards.every((g) => {
		g.lastIndex = at - from;
		return g.test(scoped);
	});
}
/**
* Every non-empty match of every regex on `norm`, as ranges of `norm`. No per-call compilation.
* With `clauseStart`, leading lookbehind guards only see the match's own clause, so "我们不会上门，但会通知你的
* 紧急联系人" is not excused by the 不会 of the previous clause.
* A regex whose literal factors (regex-factors.ts) are all absent from `norm` is skipped: it cannot match.
* `prefilter: false` runs every regex (for one-off texts at load time, where rebuilding the factor scan costs more).
*/
function findRegexes(regexes, norm, clauseStart, prefilter = true) {
	const out = [];
	const runnable = prefilter ? runnableSlots(norm) : void 0;
	regexes.forEach(({ re, guards, slot }, index) => {
		if (!mayMatch(slot, runnable)) return;
		re.lastIndex = 0;
		for (let m = re.exec(norm); m !== null; m = re.exec(norm)) {
			if (m[0].length === 0 || !guardsHold(guards, norm, m.index, clauseStart)) {
				re.lastIndex = nextIndex(norm, m.index);
				continue;
			}
			out.push({
				start: m.index,
				end: m.index + m[0].length,
				index
			});
		}
	});
	return out;
}
/** Whether any regex matches `norm`. */
function anyRegex(regexes, norm, clauseStart) {
	const runnable = runnableSlots(norm);
	return regexes.some(({ re, guards, slot }) => {
		if (!mayMatch(slot, runnable)) return false;
		re.lastIndex = 0;
		for (let m = re.exec(norm); m !== null; m = re.exec(norm)) {
			if (m[0].length > 0 && guardsHold(guards, norm, m.index, clauseStart)) return true;
			re.lastIndex = nextIndex(norm, m.index);
		}
		return false;
	});
}
// src/core/rules/spans.ts
/** Whether `outer` fully covers `inner`. */
var covers = (outer, inner) => outer.start <= inner.start && inner.end <= outer.end;
/** Leftmost-longest selection of non-overlapping spans (identical ranges collapse to one). */
function pickNonOverlapping(spans) {
	const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
	const out = [];
	let reach = -1;
	for (const s of sorted) {
		if (s.start < reach) continue;
		out.push(s);
		reach = s.end;
	}
	return out;
}
/** Drops hits that an allow span covers (an allow phrase beats a shorter term inside it). */
function withoutAllowed(hits, allowed) {
	if (allowed.length === 0) return [...hits];
	return hits.filter((h) => !allowed.some((a) => covers(a, h)));
}
// src/core/rules/kinds/output-hits.ts
/** Maps ranges of the normalised text back to original offsets, with the original text as {match}. */
function toHits(text, spans, extra) {
	return spans.map((s) => {
		const o = text.toOriginal(s.start, s.end);
		return {
			start: o.start,
			end: o.end,
			match: text.text.slice(o.start, o.end),
			...extra?.(s)
		};
	});
}
// src/core/rules/kinds/conditional.ts
/** `conditional`: when an `if` regex matches the normalised output, one of `require` must match too. */
var conditionalParams = z.strictObject({
	if: z.array(z.string().min(1)).min(1),
	require: z.array(z.string().min(1)).min(1),
	/** max distance in normalised characters between the `if` match and a `require` match */
	within: z.number().int().min(0).optional()
});
function compile$6(p) {
	const a = compileRegexes(p.if, ["params", "if"]);
	const b = compileRegexes(p.require, ["params", "require"]);
	return {
		compiled: {
			when: a.regexes,
			need: b.regexes
		},
		issues: [...a.issues, ...b.issues]
	};
}
var distance = (a, b) => Math.max(0, a.start - b.end, b.start - a.end);
var conditionalKind = {
	name: "conditional",
	params: conditionalParams,
	targets: ["output"],
	compile: compile$6,
	run(ctx) {
		if (ctx.phase !== "output") return [];
		const { norm } = ctx.text;
		const ifs = findRegexes(ctx.compiled.when, norm);
		if (ifs.length === 0) return [];
		const needs = findRegexes(ctx.compiled.need, norm);
		const within = ctx.params.within;
		const unmet = pickNonOverlapping(ifs).filter((s) => !needs.some((n) => within === void 0 || distance(n, s) <= within));
		return toHits(ctx.text, unmet);
	}
};
// src/core/rules/kinds/length.ts
var limit = z.number().int().min(1).optional();
/** `length`: SMS segments / characters per rendered sample, or characters of the source (target source). */
var lengthParams = z.strictObject({
	maxSegments: limit,
	maxChars: limit,
	maxSourceChars: limit
}).refine((p) => p.maxSegments !== void 0 || p.maxChars !== void 0 || p.maxSourceChars !== void 0, { message: "set maxSegments, maxChars or maxSourceChars" });
function compile$5(p, target) {
	const issues = [];
	const bad = (key, why) => {
		issues.push({
			code: "rule/bad-target",
			message: why,
			path: ["params", key],
			fatal: true
		});
	};
	if (target === "source" && (p.maxSegments !== void 0 || p.maxChars !== void 0)) bad(p.maxSegments !== void 0 ? "maxSegments" : "maxChars", "maxSegments/maxChars need target “output”");
	if (target === "output" && p.maxSourceChars !== void 0) bad("maxSourceChars", "maxSourceChars needs target “source”");
	return {
		compiled: void 0,
		issues
	};
}
/** A hit from the first character past `max` (counted in code points) to the end. */
function overChars(text, max) {
	const chars = [...text];
	if (chars.length <= max) return [];
	return [{
		start: chars.slice(0, max).join("").length,
		end: text.length,
		vars: {
			value: String(chars.length),
			limit: String(max)
		}
	}];
}
var lengthKind = {
	name: "length",
	params: lengthParams,
	targets: ["output", "source"],
	compile: compile$5,
	run(ctx) {
		const p = ctx.params;
		if (ctx.phase === "source") return p.maxSourceChars === void 0 ? [] : overChars(ctx.source, p.maxSourceChars);
		if (ctx.phase !== "output") return [];
		const hits = [];
		if (p.maxSegments !== void 0 && ctx.segments > p.maxSegments) hits.push({ vars: {
			value: String(ctx.segments),
			limit: String(p.maxSegments)
		} });
		if (p.maxChars !== void 0) hits.push(...overChars(ctx.text.text, p.maxChars));
		return hits;
	}
};
// src/core/rules/kinds/meta-checks.ts
var minutes = (hhmm) => {
	const [h, m] = hhmm.split(":").map(Number);
	return (h ?? 0) * 60 + (m ?? 0);
};
/** Debt words in a message to a contact, per rendered sample; without patterns, any contact audience. */
function audience(ctx) {
	if (ctx.meta.audience !== "contact") return [];
	if (ctx.compiled.length === 0) return [{ vars: { value: ctx.meta.audience } }];
	return ctx.outputs.flatMap((o) => toHits(o.text, pickNonOverlapping(findRegexes(ctx.compiled, o.text.norm, o.text.clauseStart)), () => ({
		sampleId: o.sample.id,
		target: "output"
	})));
}
function sendWindow(ctx) {
	const { start, end } = ctx.meta.sendWindow;
	const p = ctx.params;
	const hits = [];
	if (minutes(start) >= minutes(end)) hits.push({ vars: { value: `${start}–${end}` } });
	if (p.earliest !== void 0 && minutes(start) < minutes(p.earliest)) hits.push({ vars: {
		value: start,
		limit: p.earliest
	} });
	if (p.latest !== void 0 && minutes(end) > minutes(p.latest)) hits.push({ vars: {
		value: end,
		limit: p.latest
	} });
	else if (p.warnAfter !== void 0 && minutes(end) > minutes(p.warnAfter)) hits.push({
		severity: "warning",
		vars: {
			value: end,
			limit: p.warnAfter
		}
	});
	return hits;
}
function dailyCap(ctx) {
	const max = ctx.params.maxPerDay;
	return max !== void 0 && ctx.meta.maxPerDay > max ? [{ vars: {
		value: String(ctx.meta.maxPerDay),
		limit: String(max)
	} }] : [];
}
/** A commercial message needs an opt-out phrase in every rendered sample. */
function optOut(ctx) {
	if (!ctx.meta.commercial) return [];
	return ctx.outputs.filter((o) => !anyRegex(ctx.compiled, o.text.norm)).map((o) => ({
		sampleId: o.sample.id,
		target: "output",
		vars: { sample: o.sample.id }
	}));
}
function complete(ctx) {
	return ctx.meta.stage === void 0 || ctx.meta.stage.trim() === "" ? [{ vars: { value: "stage" } }] : [];
}
// src/core/rules/kinds/meta.ts
var hhmm$1 = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "expected HH:MM");
/** `meta`: checks on the template's metadata (audience, send window, daily cap, opt-out, completeness). */
var metaParams = z.strictObject({
	check: z.enum([
		"audience",
		"send-window",
		"daily-cap",
		"opt-out",
		"complete"
	]),
	earliest: hhmm$1.optional(),
	latest: hhmm$1.optional(),
	warnAfter: hhmm$1.optional(),
	maxPerDay: z.number().int().min(1).optional(),
	patterns: z.array(z.string().min(1)).min(1).optional()
});
var NEEDS = {
	"send-window": [
		"earliest",
		"latest",
		"warnAfter"
	],
	"daily-cap": ["maxPerDay"],
	"opt-out": ["patterns"]
};
function compile$4(p) {
	const r = compileRegexes(p.patterns, ["params", "patterns"]);
	const issues = [...r.issues];
	const needs = NEEDS[p.check];
	if (needs && !needs.some((k) => p[k] !== void 0)) issues.push({
		code: "rule/invalid",
		message: `check “${p.check}” needs ${needs.join(" or ")}`,
		path: ["params"],
		fatal: true
	});
	return {
		compiled: r.regexes,
		issues
	};
}
var CHECKS = {
	audience,
	"send-window": sendWindow,
	"daily-cap": dailyCap,
	"opt-out": optOut,
	complete
};
var metaKind = {
	name: "meta",
	params: metaParams,
	targets: ["meta"],
	compile: compile$4,
	run(ctx) {
		if (ctx.phase !== "meta") return [];
		return CHECKS[ctx.params.check](ctx);
	}
};
// src/core/text/aho-corasick.ts
function buildTrie(patterns) {
	const a = {
		next: [/* @__PURE__ */ new Map()],
		fail: [0],
		out: [[]],
		outLink: [-1],
		rootNext: /* @__PURE__ */ new Int32Array(65536)
	};
	patterns.forEach((pattern, index) => {
		if (pattern.length === 0) return;
		let node = 0;
		for (let i = 0; i < pattern.length; i++) {
			const code = pattern.charCodeAt(i);
			let child = a.next[node].get(code);
			if (child === void 0) {
				child = a.next.length;
				a.next.push(/* @__PURE__ */ new Map());
				a.fail.push(0);
				a.out.push([]);
				a.outLink.push(-1);
				a.next[node].set(code, child);
			}
			node = child;
		}
		a.out[node].push(index);
	});
	for (const [code, child] of a.next[0]) a.rootNext[code] = child;
	return a;
}
function step(a, state, code) {
	let s = state;
	while (s !== 0) {
		const child = a.next[s].get(code);
		if (child !== void 0) return child;
		s = a.fail[s];
	}
	return a.rootNext[code];
}
function linkFailures(a) {
	const queue = [];
	for (const child of a.next[0].values()) queue.push(child);
	for (let head = 0; head < queue.length; head++) {
		const node = queue[head];
		for (const [code, child] of a.next[node]) {
			const f = step(a, a.fail[node], code);
			a.fail[child] = f;
			a.outLink[child] = a.out[f].length > 0 ? f : a.outLink[f];
			queue.push(child);
		}
	}
}
function scan(a, lengths, text) {
	const matches = [];
	let state = 0;
	for (let i = 0; i < text.length; i++) {
		state = step(a, state, text.charCodeAt(i));
		for (let node = a.out[state].length > 0 ? state : a.outLink[state]; node !== -1; node = a.outLink[node]) for (const pattern of a.out[node]) matches.push({
			start: i + 1 - lengths[pattern],
			end: i + 1,
			pattern
		});
	}
	return matches;
}
/**
* Builds an Aho–Corasick automaton over UTF-16 code units (Map transitions). Empty patterns never
* match; duplicate patterns each report their own index. Search is linear in text + matches.
*/
function buildMatcher(patterns) {
	const a = buildTrie(patterns);
	linkFailures(a);
	const lengths = patterns.map((p) => p.length);
	return { findAll(text) {
		return scan(a, lengths, text).sort((x, y) => x.start - y.start || y.end - x.end || x.pattern - y.pattern);
	} };
}
// src/core/rules/matchable.ts
var CLAUSE_END = /[，。；！？;!?\n\r…]|[,.](?!\d)/;
function clauseStarts(n, original) {
	const starts = [0];
	for (let i = 1; i < n.text.length; i++) {
		const gap = original.slice(n.ends[i - 1] ?? 0, n.map[i] ?? 0);
		if (gap.length > 0 && CLAUSE_END.test(gap) || CLAUSE_END.test(n.text[i - 1] ?? "")) starts.push(i);
	}
	return starts;
}
/** Normalises `text` once; `toOriginal` maps normalised ranges back to exact original offsets. */
function matchable(text) {
	const n = normalise(text);
	let starts;
	return {
		text,
		norm: n.text,
		toOriginal: (start, end) => toOriginalRange(n, start, end),
		clauseStart(at) {
			starts ??= clauseStarts(n, text);
			let lo = 0;
			let hi = starts.length - 1;
			while (lo < hi) {
				const mid = lo + hi + 1 >> 1;
				if ((starts[mid] ?? 0) <= at) lo = mid;
				else hi = mid - 1;
			}
			return starts[lo] ?? 0;
		}
	};
}
/** Normalised form of a lexicon entry (terms and allow phrases are normalised the same way as the text). */
function normaliseTerm(term) {
	return normalise(term).text;
}
// src/core/rules/lexicon.ts
var EMPTY = {
	origin: /* @__PURE__ */ new Map(),
	find: () => []
};
/** Normalises `phrases` the way the text is normalised and builds one matcher; empty ones are lint issues. */
function compileLexicon(phrases, path) {
	if (!phrases || phrases.length === 0) return {
		lexicon: EMPTY,
		issues: []
	};
	const origin = /* @__PURE__ */ new Map();
	const issues = [];
	phrases.forEach((p, i) => {
		const n = normaliseTerm(p);
		if (n.length === 0) issues.push({
			code: "rule/empty-term",
			message: `“${p}” normalises to nothing and can never match`,
			path: [...path, i]
		});
		else if (!origin.has(n)) origin.set(n, p);
	});
	const keys = [...origin.keys()];
	if (keys.length === 0) return {
		lexicon: EMPTY,
		issues
	};
	const matcher = buildMatcher(keys);
	return {
		lexicon: {
			origin,
			find: (norm) => matcher.findAll(norm).map((m) => ({
				start: m.start,
				end: m.end,
				phrase: keys[m.pattern] ?? ""
			}))
		},
		issues
	};
}
/**
* `pattern`: JS regexes (flags `gu`) on the normalised output, for what a lexicon cannot say.
* `on: "original"` runs them on the rendered text as written (case, punctuation, 【】, symbols, emoji kept).
*/
var patternParams = z.strictObject({
	patterns: z.array(z.string().min(1)).min(1),
	allow: z.array(z.string().min(1)).optional(),
	on: z.enum(["normalised", "original"]).optional()
});
/** Literal occurrences of allow phrases in the original text (no normalisation in `original` mode). */
function findLiteral(phrases, text) {
	const out = [];
	for (const p of phrases) for (let i = text.indexOf(p); i >= 0; i = text.indexOf(p, i + 1)) out.push({
		start: i,
		end: i + p.length
	});
	return out;
}
function compile$3(p) {
	const original = p.on === "original";
	const r = compileRegexes(p.patterns, ["params", "patterns"], !original);
	const a = original ? {
		lexicon: compileLexicon(void 0, []).lexicon,
		issues: []
	} : compileLexicon(p.allow, ["params", "allow"]);
	const issues = [...r.issues, ...a.issues];
	(p.allow ?? []).forEach((phrase, i) => {
		const n = original ? phrase : normaliseTerm(phrase);
		if (n.length > 0 && r.regexes.length > 0 && findRegexes(r.regexes, n, void 0, false).length === 0) issues.push({
			code: "rule/dead-allow",
			message: `allow phrase “${phrase}” matches no pattern`,
			path: [
				"params",
				"allow",
				i
			]
		});
	});
	return {
		compiled: {
			regexes: r.regexes,
			allow: a.lexicon,
			original
		},
		issues
	};
}
var patternKind = {
	name: "pattern",
	params: patternParams,
	targets: ["output"],
	compile: compile$3,
	run(ctx) {
		if (ctx.phase !== "output") return [];
		if (ctx.compiled.original) {
			const { text } = ctx.text;
			const found = findRegexes(ctx.compiled.regexes, text, void 0, false);
			if (found.length === 0) return [];
			return pickNonOverlapping(withoutAllowed(found, findLiteral(ctx.params.allow ?? [], text))).map((s) => ({
				start: s.start,
				end: s.end,
				match: text.slice(s.start, s.end)
			}));
		}
		const { norm, clauseStart } = ctx.text;
		const found = findRegexes(ctx.compiled.regexes, norm, clauseStart);
		if (found.length === 0) return [];
		return toHits(ctx.text, pickNonOverlapping(withoutAllowed(found, ctx.compiled.allow.find(norm))));
	}
};
// src/core/pii/kinds.ts
var PII_KINDS = [
	"cn_id",
	"mobile",
	"bank_card"
];
// src/core/rules/sample-values.ts
/** The value of a dotted field path (`platform.hotline`) in a sample, as a string; undefined when absent. */
function sampleValue(sample, path) {
	let cur = sample.data;
	for (const key of path.split(".")) {
		if (cur === null || typeof cur !== "object" || !Object.hasOwn(cur, key)) return void 0;
		cur = cur[key];
	}
	return typeof cur === "string" || typeof cur === "number" ? String(cur) : void 0;
}
var normCache = /* @__PURE__ */ new WeakMap();
/** The normalised value of a sample field ('' when absent), cached per sample object. */
function normalisedSampleValue(sample, path) {
	let bySample = normCache.get(sample);
	if (!bySample) {
		bySample = /* @__PURE__ */ new Map();
		normCache.set(sample, bySample);
	}
	let norm = bySample.get(path);
	if (norm === void 0) {
		const value = sampleValue(sample, path);
		norm = value === void 0 ? "" : normaliseTerm(value);
		bySample.set(path, norm);
	}
	return norm;
}
// src/core/rules/kinds/pii.ts
/** `pii`: unmasked resident IDs, mobiles or bank cards in the rendered output (masked forms never match). */
var piiParams = z.strictObject({
	kinds: z.array(z.enum(PII_KINDS)).min(1),
	allowFields: z.array(z.string().min(1)).optional()
});
var PII_CACHE = /* @__PURE__ */ new WeakMap();
var digits = (s) => s.replace(/\D/g, "");
function compile$2(p) {
	const issues = [];
	(p.allowFields ?? []).forEach((field, i) => {
		if (!FIELD_BY_PATH.has(field)) issues.push({
			code: "rule/invalid",
			message: `“${field}” is not a sample field`,
			path: [
				"params",
				"allowFields",
				i
			]
		});
	});
	return {
		compiled: void 0,
		issues
	};
}
var piiKind = {
	name: "pii",
	params: piiParams,
	targets: ["output"],
	compile: compile$2,
	run(ctx) {
		if (ctx.phase !== "output") return [];
		let all = PII_CACHE.get(ctx.text);
		if (!all) {
			all = findPii(ctx.text.text);
			PII_CACHE.set(ctx.text, all);
		}
		const matches = all.filter((m) => ctx.params.kinds.includes(m.kind));
		if (matches.length === 0) return [];
		const allowed = new Set((ctx.params.allowFields ?? []).map((f) => digits(sampleValue(ctx.sample, f) ?? "")).filter((d) => d.length > 0));
		return matches.filter((m) => !allowed.has(digits(m.value))).map((m) => ({
			start: m.start,
			end: m.end,
			match: m.value,
			vars: { value: m.kind }
		}));
	}
};
// src/core/rules/kinds/required-elements.ts
var ELEMENTS = [
	"signature",
	"amount",
	"date_or_days",
	"repayment_channel",
	"hotline",
	"institution",
	"custom"
];
var UPPER = "零壹贰叁肆伍陆柒捌玖拾佰仟万亿";
/** Built-in recognisers, tried on the normalised text and on the original (normalising can drop ¥ before digits). */
var BUILT_IN = {
	amount: [
		/\d[\d,]*(?:\.\d+)?\s*(?:元|块|rmb|人民币)/u,
		/(?:[¥￥]|rmb|人民币)\s*[\d０-９]/iu,
		new RegExp(`[${UPPER}]*[壹贰叁肆伍陆柒捌玖][${UPPER}]*元`, "u")
	],
	date_or_days: [
		/\d{4}年\d{1,2}月\d{1,2}[日号]/u,
		/\d{4}[-/.]\d{1,2}[-/.]\d{1,2}/u,
		/\d{1,2}月\d{1,2}[日号]/u,
		new RegExp(`逾期(?:已)?(?:\\d+|[一二三四五六七八九十百两]+)(?:天|日)`, "u")
	],
	repayment_channel: [/app|官方渠道|官方网站|官网|客户端|小程序|公众号|还款入口|还款页面|https?:|www\./iu],
	hotline: [
		/(?<!\d)400-?\d{3}-?\d{4}(?!\d)/u,
		/(?<!\d)95\d{3,6}(?!\d)/u,
		/(?<!\d)0\d{2,3}-?\d{7,8}(?!\d)/u
	],
	institution: [/有限公司|银行|消费金融|小额贷款|小贷|融资担保/u]
};
/** Sample fields whose value, when present in the text, satisfies the element. */
var FROM_SAMPLE = {
	repayment_channel: ["platform.app_name", "platform.website"],
	hotline: ["platform.hotline", "agency.hotline"],
	institution: [
		"platform.name",
		"lender.name",
		"lender.short_name",
		"agency.name",
		"agency.short_name"
	]
};
var testOne = (re, s) => {
	re.lastIndex = 0;
	return re.test(s);
};
/** Whether `element` is present in the rendered text of `sample`. */
function hasElement(element, text, sample, signature, extra) {
	if (anyRegex(extra, text.norm)) return true;
	if (element === "custom") return false;
	if (element === "signature") return signature.test(text.text);
	if (BUILT_IN[element].some((re) => testOne(re, text.norm) || testOne(re, text.text))) return true;
	return (FROM_SAMPLE[element] ?? []).some((path) => {
		const norm = normalisedSampleValue(sample, path);
		return norm.length > 0 && text.norm.includes(norm);
	});
}
/** Leading 【…】 of min–max characters (non-blank) at the very start of the original text. */
function signatureRegex(min, max) {
	return new RegExp(`^【(?=[^【】]*[^\\s【】])[^【】]{${min},${max}}】`, "u");
}
// src/core/rules/kinds/required.ts
/** `required`: an element that must be present and non-empty in every rendered sample. */
var requiredParams = z.strictObject({
	element: z.enum(ELEMENTS),
	patterns: z.array(z.string().min(1)).min(1).optional(),
	signature: z.strictObject({
		min: z.number().int().min(1),
		max: z.number().int().min(1)
	}).refine((s) => s.min <= s.max, "min must not exceed max").optional()
});
function compile$1(p) {
	const r = compileRegexes(p.patterns, ["params", "patterns"]);
	const issues = [...r.issues];
	if (p.element === "custom" && (p.patterns ?? []).length === 0) issues.push({
		code: "rule/invalid",
		message: "element “custom” needs patterns",
		path: ["params", "patterns"],
		fatal: true
	});
	if (p.signature && p.element !== "signature") issues.push({
		code: "rule/invalid",
		message: "“signature” only applies to element “signature”",
		path: ["params", "signature"]
	});
	const sig = p.signature ?? {
		min: 2,
		max: 12
	};
	return {
		compiled: {
			extra: r.regexes,
			signature: signatureRegex(sig.min, sig.max)
		},
		issues
	};
}
var requiredKind = {
	name: "required",
	params: requiredParams,
	targets: ["output"],
	compile: compile$1,
	run(ctx) {
		if (ctx.phase !== "output") return [];
		const { extra, signature } = ctx.compiled;
		if (hasElement(ctx.params.element, ctx.text, ctx.sample, signature, extra)) return [];
		return [{ vars: {
			value: ctx.params.element,
			sample: ctx.sample.id
		} }];
	}
};
// src/core/rules/kinds/terms.ts
/** `terms`: a lexicon matched with Aho–Corasick on the normalised output; `allow` phrases that cover a hit win. */
var termsParams = z.strictObject({
	terms: z.array(z.string().min(1)).min(1),
	allow: z.array(z.string().min(1)).optional(),
	suggestions: z.record(z.string(), z.string()).optional()
});
function compile(p) {
	const t = compileLexicon(p.terms, ["params", "terms"]);
	const a = compileLexicon(p.allow, ["params", "allow"]);
	const issues = [...t.issues, ...a.issues];
	if (t.lexicon.origin.size === 0) issues.push({
		code: "rule/invalid",
		message: "no term can ever match",
		path: ["params", "terms"],
		fatal: true
	});
	const normTerms = [...t.lexicon.origin.keys()];
	(p.allow ?? []).forEach((phrase, i) => {
		const n = [...a.lexicon.origin.entries()].find(([, orig]) => orig === phrase)?.[0];
		if (n !== void 0 && !normTerms.some((term) => n.includes(term))) issues.push({
			code: "rule/dead-allow",
			message: `allow phrase “${phrase}” contains no term`,
			path: [
				"params",
				"allow",
				i
			]
		});
	});
	Object.keys(p.suggestions ?? {}).forEach((key) => {
		if (!p.terms.includes(key)) issues.push({
			code: "rule/invalid",
			message: `suggestion for “${key}”, which is not a term`,
			path: [
				"params",
				"suggestions",
				key
			]
		});
	});
	return {
		compiled: {
			terms: t.lexicon,
			allow: a.lexicon
		},
		issues
	};
}
var termsKind = {
	name: "terms",
	params: termsParams,
	targets: ["output"],
	compile,
	run(ctx) {
		if (ctx.phase !== "output") return [];
		const { norm } = ctx.text;
		const found = ctx.compiled.terms.find(norm);
		if (found.length === 0) return [];
		const kept = pickNonOverlapping(withoutAllowed(found, ctx.compiled.allow.find(norm)));
		return toHits(ctx.text, kept, (s) => {
			const term = ctx.compiled.terms.origin.get(s.phrase) ?? s.phrase;
			const suggest = ctx.params.suggestions?.[term];
			return suggest === void 0 ? {} : { suggest };
		});
	}
};
// src/core/rules/kinds/variables-checks.ts
var ROOTS = new Set(SAMPLE_FIELDS.flatMap((f) => f.path.split(".").map((_, i, parts) => parts.slice(0, i + 1).join("."))));
var BANNED = SAMPLE_FIELDS.filter((f) => f.banned).map((f) => f.path);
var PSEUDO = /* @__PURE__ */ new Set([
	"size",
	"first",
	"last"
]);
/** Whether a variable path exists in the sample schema (objects, fields, and `.size/.first/.last` of them). */
function isKnownPath(path) {
	if (ROOTS.has(path)) return true;
	const cut = path.lastIndexOf(".");
	return cut > 0 && PSEUDO.has(path.slice(cut + 1)) && isKnownPath(path.slice(0, cut));
}
/** Banned: contacts' data (any path through `contacts`), address, employer. */
function isBanned(path) {
	if (path === "contacts" || path.startsWith("contacts.")) return true;
	return BANNED.some((b) => path === b || path.startsWith(`${b}.`));
}
/** A PII field that reaches the output without one of its masking filters. */
function isUnmaskedPii(use) {
	const field = FIELD_BY_PATH.get(use.path);
	if (!field?.pii || !use.output) return false;
	const masks = field.maskFilters ?? [];
	return !use.filters.some((f) => masks.includes(f));
}
// src/core/rules/kinds/index.ts
/** Every rule kind, by name. Adding a kind = one file here plus a row in rules/README.md. */
var KINDS = {
	terms: termsKind,
	pattern: patternKind,
	pii: piiKind,
	required: requiredKind,
	variables: {
		name: "variables",
		params: z.strictObject({ check: z.enum([
			"unknown",
			"banned",
			"pii-unmasked",
			"syntax"
		]) }),
		targets: ["source"],
		run(ctx) {
			if (ctx.phase !== "source") return [];
			const { check } = ctx.params;
			if (check === "syntax") return ctx.parseProblems.map((p) => ({
				...p.start === void 0 ? {} : {
					start: p.start,
					end: Math.max(p.end ?? p.start, p.start)
				},
				match: p.start === void 0 ? "" : ctx.source.slice(p.start, p.end ?? p.start),
				vars: { value: p.message }
			}));
			const test = check === "unknown" ? (u) => !isKnownPath(u.path) : check === "banned" ? (u) => isBanned(u.path) : isUnmaskedPii;
			return (ctx.analysis?.uses ?? []).filter((u) => test(u)).map((u) => ({
				start: u.start,
				end: u.end,
				match: ctx.source.slice(u.start, u.end),
				variable: u.path,
				vars: { variable: u.path }
			}));
		}
	},
	length: lengthKind,
	meta: metaKind,
	conditional: conditionalKind
};
// src/core/rules/compiled.ts
var cache = /* @__PURE__ */ new WeakMap();
/**
* The rule's kind with its precompiled matchers, built once per Rule object and cached
* (so a ruleset stays plain, cloneable data). `undefined` when the kind is not in the registry.
*/
function compiledRule(rule, registry = KINDS) {
	let byRule = cache.get(registry);
	if (!byRule) {
		byRule = /* @__PURE__ */ new WeakMap();
		cache.set(registry, byRule);
	}
	if (byRule.has(rule)) return byRule.get(rule);
	const def = Object.hasOwn(registry, rule.kind) ? registry[rule.kind] : void 0;
	const entry = def ? {
		def,
		...def.compile ? def.compile(rule.params, rule.target) : {
			compiled: void 0,
			issues: []
		}
	} : void 0;
	byRule.set(rule, entry);
	return entry;
}
// src/core/rules/json-source.ts
/** Parses a file's text as JSON; a syntax error becomes a problem with 1-based line/column where known. */
function parseJsonFile(text, file) {
	try {
		return {
			ok: true,
			value: JSON.parse(text)
		};
	} catch (e) {
		const message = e.message;
		const problem = {
			code: "rule/json",
			message: `${file}: ${message}`,
			file,
			path: []
		};
		const lc = /line (\d+) column (\d+)/.exec(message);
		const pos = /position (\d+)/.exec(message);
		if (lc) {
			problem.line = Number(lc[1]);
			problem.column = Number(lc[2]);
		} else if (pos) {
			const lines = text.slice(0, Number(pos[1])).split("\n");
			problem.line = lines.length;
			problem.column = (lines.at(-1)?.length ?? 0) + 1;
		}
		return {
			ok: false,
			problem
		};
	}
}
// src/core/rules/rule-schema.ts
/** Rule kinds (one file each in `kinds/`). */
var KIND_NAMES = [
	"terms",
	"pattern",
	"pii",
	"required",
	"variables",
	"length",
	"meta",
	"conditional"
];
/** Placeholders a rule message may use. */
var MESSAGE_PLACEHOLDERS = [
	"match",
	"value",
	"variable",
	"sample",
	"limit"
];
var RULE_ID_RE = /^[a-z0-9]+(-[a-z0-9]+)*$/;
var text = z.string().trim().min(1);
var localized = z.strictObject({
	zh: text,
	en: text
});
var basisSchema = z.strictObject({
	source: text,
	article: z.string().optional(),
	note: z.string().optional()
});
/** An example is a template source, or a source with a partial TemplateMeta (validated at check time). */
var exampleSchema = z.union([z.string(), z.strictObject({
	source: z.string(),
	meta: z.record(z.string(), z.unknown()).optional()
})]);
/**
* The common fields of a rule file (`rules/<id>.json`). Strict: unknown keys are errors.
* `params` is validated afterwards by the kind's own schema.
*/
var ruleFileSchema = z.strictObject({
	kind: z.enum(KIND_NAMES),
	severity: z.enum(SEVERITIES),
	category: z.enum(CATEGORIES),
	target: z.enum(TARGETS),
	title: localized,
	message: localized,
	basis: z.array(basisSchema).min(1),
	suggest: z.string().optional(),
	appliesTo: z.strictObject({ audience: z.array(z.enum(AUDIENCES)).min(1) }).optional(),
	params: z.unknown(),
	examples: z.strictObject({
		pass: z.array(exampleSchema).min(2),
		fail: z.array(exampleSchema).min(2)
	})
});
// src/core/rules/lint-messages.ts
var KNOWN = new Set(MESSAGE_PLACEHOLDERS);
/** Placeholders in a rule's messages that the engine never fills would show up literally. */
function lintMessages(rule) {
	const issues = [];
	for (const lang of ["zh", "en"]) for (const m of rule.message[lang].matchAll(/\{(\w+)\}/g)) {
		const name = m[1] ?? "";
		if (!KNOWN.has(name)) issues.push({
			code: "rule/invalid",
			message: `unknown placeholder {${name}} (use ${[...KNOWN].map((k) => `{${k}}`).join(" ")})`,
			path: ["message", lang]
		});
	}
	return issues;
}
// src/core/rules/load.ts
var basename = (path) => path.split(/[\\/]/).at(-1) ?? path;
var at = (file, path, ruleId, code, message) => ({
	code,
	message: `${[file, path.length > 0 ? path.join(".") : void 0].filter(Boolean).join(" → ")}: ${message}`,
	file,
	path,
	...ruleId === void 0 ? {} : { ruleId }
});
function loadOne(file, raw, registry) {
	const id = basename(file).replace(/\.json$/i, "");
	if (!RULE_ID_RE.test(id)) return { problems: [at(file, [], void 0, "rule/bad-id", `rule id “${id}” (the file name) must be kebab-case`)] };
	let value = raw;
	if (typeof raw === "string") {
		const parsed = parseJsonFile(raw, file);
		if (!parsed.ok) return { problems: [{
			...parsed.problem,
			ruleId: id
		}] };
		value = parsed.value;
	}
	const kind = value?.kind;
	if (typeof kind === "string" && !Object.hasOwn(registry, kind)) return { problems: [at(file, ["kind"], id, "rule/unknown-kind", `unknown rule kind “${kind}”`)] };
	const parsed = ruleFileSchema.safeParse(value);
	if (!parsed.success) return { problems: problemsFromZod(parsed.error.issues, "rule/invalid", file).map((p) => ({
		...p,
		ruleId: id
	})) };
	const def = registry[parsed.data.kind];
	if (!def) return { problems: [at(file, ["kind"], id, "rule/unknown-kind", `unknown rule kind “${parsed.data.kind}”`)] };
	const problems = [];
	if (!def.targets.includes(parsed.data.target)) {
		const fits = def.targets.join(" | ");
		problems.push(at(file, ["target"], id, "rule/bad-target", `target “${parsed.data.target}” does not fit kind ${def.name} (${fits})`));
	}
	const params = def.params.safeParse(parsed.data.params);
	if (!params.success) {
		const issues = params.error.issues.map((i) => ({
			...i,
			path: ["params", ...i.path]
		}));
		problems.push(...problemsFromZod(issues, "rule/invalid", file).map((p) => ({
			...p,
			ruleId: id
		})));
	}
	problems.push(...lintMessages(parsed.data).map((i) => at(file, i.path, id, i.code, i.message)));
	if (problems.length > 0 || !params.success) return { problems };
	const rule = {
		...parsed.data,
		params: params.data,
		id,
		file
	};
	let fatal = false;
	try {
		const compiled = compiledRule(rule, registry);
		for (const issue of compiled?.issues ?? []) {
			problems.push(at(file, issue.path, id, issue.code, issue.message));
			fatal ||= issue.fatal === true;
		}
	} catch (e) {
		problems.push(at(file, ["params"], id, "internal", `compiling the rule failed: ${e.message}`));
		fatal = true;
	}
	return fatal ? { problems } : {
		rule,
		problems
	};
}
/**
* Validates rule files (`path → parsed JSON`, or the file's text, which is parsed here). Only `*.json` paths
* are rules; the id is the file name. Problems (`rule/json`, `rule/invalid`, `rule/unknown-kind`, `rule/bad-target`,
* `rule/bad-regex`, `rule/empty-term`, `rule/dead-allow`, `rule/dead-pattern`, `rule/duplicate-id`, `rule/bad-id`)
* name the file and the JSON path; every valid rule keeps working (`fail(problems, partialRuleset)`).
* A lint problem (dead allow phrase…) keeps the rule; an invalid file or a regex that does not compile drops it.
*/
function loadRuleset(files, registry = KINDS) {
	const rules = /* @__PURE__ */ new Map();
	const problems = [];
	for (const file of Object.keys(files).sort()) {
		if (!/\.json$/i.test(file)) continue;
		const loaded = loadOne(file, files[file], registry);
		problems.push(...loaded.problems);
		if (!loaded.rule) continue;
		const prior = rules.get(loaded.rule.id);
		if (prior) {
			problems.push(at(file, [], loaded.rule.id, "rule/duplicate-id", `rule id “${loaded.rule.id}” is also defined by ${prior.file}`));
			continue;
		}
		rules.set(loaded.rule.id, loaded.rule);
	}
	const ruleset = {
		rules: [...rules.values()].sort((a, b) => a.id < b.id ? -1 : 1),
		problems
	};
	return problems.length === 0 ? ok(ruleset) : fail(problems, ruleset);
}
var agency_outsourcing_notice_default = {
	kind: "conditional",
	severity: "warning",
	category: "policy",
	target: "output",
	title: {
		"zh": "受托机构须写明委托方",
		"en": "Agency messages must name the entrusting institution"
	},
	message: {
		"zh": "“{match}”提及第三方/委外催收，须写明“受××委托”并确认已事先告知债务人",
		"en": "“{match}” mentions outsourced collection; name the entrusting institution and confirm the debtor was told"
	},
	basis: [{
		"source": "《银行保险机构消费者权益保护管理办法》",
		"article": "第41条",
		"note": "委托外部催收须告知债务人；禁止冒用行政、司法机关名义及暴力、恐吓、欺诈（V2，逐字未核实）"
	}, {
		"source": "中国互联网金融协会《互联网金融逾期债务催收自律公约（试行）》",
		"article": "第15条",
		"note": "表明所代表机构名称（V2）"
	}],
	params: {
		"if": ["(?<!(?:不会|不得(?!不)|绝不|决不|从不|从未|从来不|未曾|不再|不接受|不支持|不允许|不提供|不收取|无需|不需要|请勿|切勿|勿|严禁|禁止|谨防|警惕|防范|提防|拒绝|冒充|假冒|冒用|谎称|声称|宣称|号称|自称|未授权|未委托|请不要|千万不要|不要把|不要将|任何要求|凡是要求|凡要求)将?[^就将便则那否]{0,12})(?:委外|外包|第三方(?:催收|机构|公司)|催收(?:公司|机构)|资产管理公司|商务咨询|外部机构|合作机构)"],
		"require": ["受[^受]{2,16}委托|委托方|代表[\\p{Script=Han}]{2,12}(?:提醒|通知|联系)"]
	},
	examples: {
		"pass": ["【钱站】张先生您好，您在钱站的借款已逾期7天，应还10000.00元，请尽快通过钱站APP还款。如已还款请忽略，客服400-000-1234。", "【钱站】张先生您好，示例安诚受钱站委托，就您合同尾号0001的借款提醒：应还10000元，请仅通过钱站APP官方渠道还款。核实或投诉请拨钱站客服400-000-1234。"],
		"fail": ["【钱站】您的账户已交由第三方催收机构处理，请尽快还款。", "【钱站】您的欠款已委外处理，请配合。"]
	}
};
var allowed_variables_only_default = {
	kind: "variables",
	severity: "error",
	category: "template",
	target: "source",
	title: {
		"zh": "只允许已定义的变量",
		"en": "Only known variables"
	},
	message: {
		"zh": "变量{variable}不在样本字段中",
		"en": "Variable {variable} is not a sample field"
	},
	basis: [{
		"source": "《个人信息保护法》",
		"article": "第6条",
		"note": "最小必要（V1）"
	}, {
		"source": "《民法典》",
		"article": "第1035条",
		"note": "处理个人信息应合法、正当、必要（V1）"
	}],
	params: { "check": "unknown" },
	examples: {
		"pass": ["【钱站】{{ borrower.name | surname }}{{ borrower.gender | honorific }}，应还{{ loan.amount_due }}元。", "【钱站】张先生您好，您在钱站的借款已逾期7天，应还10000.00元，请尽快通过钱站APP还款。如已还款请忽略，客服400-000-1234。"],
		"fail": ["【钱站】{{ borrower.nickname }}，您的借款已逾期。", "【钱站】{{ loan.overdue }}天未还。"]
	}
};
var already_paid_disclaimer_default = {
	kind: "required",
	severity: "info",
	category: "missing_element",
	target: "output",
	title: {
		"zh": "建议含“如已还款请忽略”",
		"en": "Suggest an \"ignore if paid\" line"
	},
	message: {
		"zh": "样本{sample}未含“如已还款请忽略”类提示",
		"en": "Sample {sample} has no \"ignore if already paid\" line"
	},
	basis: [{
		"source": "合规设计推定",
		"note": "资料未直接规定，属设计选择，需合规复核（I）"
	}],
	suggest: "如已还款请忽略。",
	params: {
		"element": "custom",
		"patterns": ["已(?:经)?(?:还款|还清|结清|处理|支付|还)(?:的)?.{0,12}(?:忽略|无视|勿理会|不必理会)", "已(?:经)?还款或有疑问"]
	},
	examples: {
		"pass": ["【钱站】张先生您好，您在钱站的借款已逾期7天，应还10000.00元，请尽快通过钱站APP还款。如已还款请忽略，客服400-000-1234。", "【钱站】您的借款应还10000元，若您已结清请忽略本短信。"],
		"fail": ["【钱站】您的借款已逾期7天，应还10000元，请尽快在钱站APP还款。", "【钱站】您的借款今日到期，请还款。"]
	}
};
var amount_due_variable_default = {
	kind: "required",
	severity: "error",
	category: "missing_element",
	target: "output",
	title: {
		"zh": "须写明应还金额",
		"en": "Amount due required"
	},
	message: {
		"zh": "样本{sample}未写明应还金额",
		"en": "Sample {sample} does not state the amount due"
	},
	basis: [{
		"source": "《商业银行信用卡业务监督管理办法》",
		"article": "第69条",
		"note": "催收函须载明欠款余额、查询/还款/异议渠道及发卡机构联系方式（V2，类推适用）"
	}, {
		"source": "中国互联网金融协会《互联网金融逾期债务催收自律公约（试行）》",
		"note": "超过法定上限的资金成本不得催收（V2，中新网报道）"
	}],
	params: { "element": "amount" },
	examples: {
		"pass": ["【钱站】张先生您好，您在钱站的借款已逾期7天，应还10000.00元，请尽快通过钱站APP还款。如已还款请忽略，客服400-000-1234。", "【钱站】您的借款应还{{ loan.amount_due | rmb_upper }}，请在钱站APP还款。"],
		"fail": ["【钱站】您的借款已逾期7天，请尽快在钱站APP还款。", "【钱站】您有一笔欠款未还，请处理。"]
	}
};
var audience_debtor_only_default = {
	kind: "meta",
	severity: "error",
	category: "third_party",
	target: "meta",
	title: {
		"zh": "催收短信只发债务人本人",
		"en": "Collection SMS to the debtor only"
	},
	message: {
		"zh": "受众为联系人的短信出现债务信息“{match}”",
		"en": "A message to a contact carries debt information “{match}”"
	},
	basis: [
		{
			"source": "GB/T 45251-2025《互联网金融 个人网络消费信贷 贷后催收风控指引》",
			"note": "按内容引用：不向联系人催收，不向联系人披露逾期信息（V2，条号未核实）"
		},
		{
			"source": "《商业银行信用卡业务监督管理办法》",
			"article": "第68条",
			"note": "仅向债务人及担保人催收，禁止暴力、胁迫、恐吓等不正当手段（V2）"
		},
		{
			"source": "《消费金融公司管理办法》（2024修订）",
			"note": "按内容引用：禁止暴力、威胁、恐吓、骚扰，不得向与债务无关的第三人催收（V2，条号未核实）"
		},
		{
			"source": "中国互联网金融协会《互联网金融逾期债务催收自律公约（试行）》",
			"article": "第13条",
			"note": "不得骚扰无关人员（V2）"
		},
		{
			"source": "中国互联网金融协会《互联网金融逾期债务催收自律公约（试行）》",
			"article": "第14条",
			"note": "仅在无法联系债务人时联系其事先约定的联系人（V2）"
		},
		{
			"source": "中国银行业协会《金融机构个人消费类贷款催收工作指引（试行）》（2026）",
			"note": "按内容引用：无关第三方仅可请其转告，不得透露债务人金融信息；禁止“爆通讯录”（V2）"
		}
	],
	params: {
		"check": "audience",
		"patterns": ["欠款|欠费|欠钱|欠债|逾期|还款|还钱|借款|借钱|贷款|网贷|催收|催缴|债务|债权|账单|违约|应还|未还|结清|本金|利息|罚息|\\d[\\d,.]*元|额度|征信"]
	},
	examples: {
		"pass": [{
			"source": "【钱站】张先生您好，您在钱站的借款已逾期7天，应还10000.00元，请尽快通过钱站APP还款。如已还款请忽略，客服400-000-1234。",
			"meta": { "audience": "debtor" }
		}, {
			"source": "【钱站】您好，请转告张先生尽快回电钱站客服400-000-1234，谢谢。",
			"meta": { "audience": "contact" }
		}],
		"fail": [{
			"source": "【钱站】您好，您的朋友张先生在钱站的借款已逾期，请转告他尽快还款。",
			"meta": { "audience": "contact" }
		}, {
			"source": "【钱站】李女士，您的家人欠款10000元未还。",
			"meta": { "audience": "contact" }
		}]
	}
};
var charset_plain_default = {
	kind: "pattern",
	severity: "warning",
	category: "structure",
	target: "output",
	title: {
		"zh": "仅用简体中文和常规符号",
		"en": "Plain simplified Chinese and ordinary symbols only"
	},
	message: {
		"zh": "“{match}”是短信通道常不支持的符号、表情或繁体字",
		"en": "“{match}” is a symbol, emoji or traditional character SMS channels often reject"
	},
	basis: [{
		"source": "阿里云/华为云短信模板规范",
		"note": "不支持￥★等特殊符号与繁体（P）"
	}],
	params: {
		"on": "original",
		"patterns": [
			"[￥★☆※√♥♡❤■□▲△◆◇●○◎☎✓✔✗✘]",
			"\\p{Extended_Pictographic}",
			"[們這個來時會為對說還過後與於請經處擔帳號碼額證聯繫戶銀錢貸務電話]"
		]
	},
	examples: {
		"pass": ["【钱站】张先生您好，您在钱站的借款已逾期7天，应还10000.00元，请尽快通过钱站APP还款。如已还款请忽略，客服400-000-1234。", "【钱站】您好，本期应还1,234.56元，到期日6月15日。"],
		"fail": [
			"【钱站】★重要★您的借款已逾期。",
			"【钱站】请尽快还款😊",
			"【钱站】您好，您的借款已逾期，請儘快還款。",
			"【钱站】应还￥100。"
		]
	}
};
var credit_report_claims_accurate_default = {
	kind: "pattern",
	severity: "error",
	category: "false_consequence",
	target: "output",
	title: {
		"zh": "禁止黑名单、永久影响等夸大征信表述",
		"en": "No blacklist or \"permanent\" credit claims"
	},
	message: {
		"zh": "“{match}”夸大或虚构征信后果；不良信息保存5年，且须事先告知",
		"en": "“{match}” exaggerates or invents credit consequences; negative data is kept 5 years and needs prior notice"
	},
	basis: [
		{
			"source": "《征信业管理条例》",
			"article": "第15条",
			"note": "报送不良信息前应事先告知信息主体（V1）"
		},
		{
			"source": "《征信业管理条例》",
			"article": "第16条",
			"note": "不良信息保存期限为5年，届满删除（V1）"
		},
		{
			"source": "FDCPA § 1692e（美国，对比参考）",
			"note": "禁止虚假陈述、冒充政府或律师、虚构逮捕或扣押（V2）"
		},
		{
			"source": "催收质检违规话术清单（翼龙贷“软暴力”清单等）",
			"note": "冒充公检法律师、伪造传票律师函、爆通讯录、坐牢拘留恐吓（V2，行业实践）"
		}
	],
	suggest: "逾期信息可能由资金方依法报送征信系统",
	params: { "patterns": [
		"(?<!(?:不会|不得(?!不)|绝不|决不|从不|从未|从来不|未曾|不再|不接受|不支持|不允许|不提供|不收取|无需|不需要|请勿|切勿|勿|严禁|禁止|谨防|警惕|防范|提防|拒绝|冒充|假冒|冒用|谎称|声称|宣称|号称|自称|未授权|未委托|请不要|千万不要|不要把|不要将|任何要求|凡是要求|凡要求)将?[^就将便则那否]{0,12})(?:(?<!拦截|来电|短信|骚扰|营销|推广|屏蔽|通话|号码|电话)黑名单|黑户|拉黑|全国联网|全国通报|失信(?<!拦截|来电|短信|骚扰|营销|推广|屏蔽|通话|号码|电话)黑名单|老赖名单|信用(?<!拦截|来电|短信|骚扰|营销|推广|屏蔽|通话|号码|电话)黑名单|征信(?<!拦截|来电|短信|骚扰|营销|推广|屏蔽|通话|号码|电话)黑名单)",
		"(?:永久|永远|终身|终生|一辈子|这辈子|再也|以后都|以后再也|从此)(?:都)?(?:不能|无法|没法|别想|不可能|失去|禁止|影响|保留|记录|留存|留下|借不到|贷不到|办不了|贷不了)",
		"征信(?:已经?|都|全|早就|早已)?(?:彻底|完全|全部|基本|早)?(?:花|毁|黑|烂|废)(?:了|掉)?|征信(?:花了|已花|会花|花掉|毁了|毁掉|已毁|黑了|变黑|烂了|废了|污点|完蛋|报废|作废|会黑)|信用(?:破产|污点|黑户|完蛋|报废)|不良记录(?:永久|终身|一辈子)",
		"(?:已|已经|已被|均已|今日已|正式)(?:被)?(?:将|把)?(?:(?!将|可能|会|如|若)\\p{Script=Han}){0,14}?(?:上报|报送|录入|上传|提交|记入|写入|纳入|列入|拉入|加入)(?:至|到|进)?(?:(?!将|可能|会|如|若)\\p{Script=Han}){0,4}?(?:央行|人行|人民银行|征信|百行|失信|(?<!拦截|来电|短信|骚扰|营销|推广|屏蔽|通话|号码|电话)黑名单|全国)",
		"(?:共享|同步|推送|通报|群发)(?:给|至|到)?.{0,14}?(?:\\d+|[几数百千万二三四五六七八九十]+)?(?:多)?(?:家)?(?:金融机构|(?<!人民|中国人民)银行|同行|行业|机构)|(?:列为|认定为|定性为|标记为|视为)\\p{Script=Han}{0,6}?(?:失信|老赖|(?<!拦截|来电|短信|骚扰|营销|推广|屏蔽|通话|号码|电话)黑名单|恶意|欺诈|逃废债)|(?:已|已经)(?:将|把)?\\p{Script=Han}{0,8}?(?:被)?(?:列入|纳入|拉入|加入|录入|登记)(?:至|到|进)?\\p{Script=Han}{0,10}?(?:(?<!(?:拦截|来电|短信|骚扰|营销|推广|屏蔽|通话|号码|电话)黑?)名单|数据库|系统|库|平台)|(?:所有|全部|任何|其他)(?:的)?(?:银行|金融机构|平台|贷款机构|网贷)(?:都|均|全部|将|会){0,2}(?:拒绝|拒贷|拉黑|无法|不能|不会|不再|不给|停止|暂停)",
		"(?<!可能(?:会|导致|造成|使|让)?[^就将]{0,4})(?:无法|不能|没法|办不了|不可能|别想|休想|甭想)(?:再)?(?:办理|申请)?(?:任何)?(?:贷款|信用卡|房贷|车贷|买房|买车|办卡)",
		"(?<![a-z])(?:hei[\\s\\p{P}]?(?:名单|ming[\\s\\p{P}]?dan)|黑[\\s\\p{P}]?ming[\\s\\p{P}]?dan|blacklist(?:ed)?)(?![a-z])",
		"(?<!(?:not|never|no|n't|won't)\\s(?:[a-z]+\\s){0,3})(?<![a-z])(?:(?:ruin(?:ed|s)?|destroy(?:ed|s)?|damag(?:ed|es)?|stain(?:ed)?|blacklist(?:ed)?)\\s(?:[a-z]+\\s){0,2}?(?:forever|permanently|for\\slife|for\\sever)|(?:permanent(?:ly)?|lifelong|lifetime)\\s(?:bad\\s|negative\\s)?(?:credit|record|stain|mark|blacklist)|never\\s(?:again\\s)?(?:be\\sable\\sto\\s)?(?:get|obtain|borrow)\\s(?:a\\s|any\\s)?(?:loan|mortgage|credit\\scard|credit))(?![a-z])"
	] },
	examples: {
		"pass": [
			"【钱站】张先生您好，您在钱站的借款已逾期7天，应还10000.00元，请尽快通过钱站APP还款。如已还款请忽略，客服400-000-1234。",
			"【钱站】张先生您好，您的借款已逾期15天。按合同约定，逾期信息可能由示例消费金融依法报送征信系统，请尽快在钱站APP还款。",
			"【钱站】按时还款有助于保持良好的信用记录。"
		],
		"fail": [
			"【钱站】您已被列入征信黑名单，全国联网。",
			"【钱站】征信花了一辈子贷不到款。",
			"【钱站】逾期記錄將永久保留，所有銀行都會拒貸。",
			"【钱站】您的征信已经花了，以后所有银行都将拒绝您。",
			"【钱站】你已被列入hei名单。",
			"【钱站】Your credit will be destroyed permanently."
		]
	}
};
var credit_reporting_attribution_default = {
	kind: "conditional",
	severity: "warning",
	category: "policy",
	target: "output",
	title: {
		"zh": "征信表述须指明报送主体并复核",
		"en": "Credit-reporting wording must name the reporter"
	},
	message: {
		"zh": "“{match}”提及征信，但未指明由资金方依法报送；请复核是否已事先告知",
		"en": "“{match}” mentions credit reporting without naming the lender as reporter; confirm prior notice"
	},
	basis: [
		{
			"source": "《征信业管理条例》",
			"article": "第15条",
			"note": "报送不良信息前应事先告知信息主体（V1）"
		},
		{
			"source": "《征信业管理条例》",
			"article": "第16条",
			"note": "不良信息保存期限为5年，届满删除（V1）"
		},
		{
			"source": "合规设计推定",
			"note": "资料未直接规定，属设计选择，需合规复核（I）"
		}
	],
	suggest: "逾期信息可能由资金方依法报送征信系统",
	params: {
		"if": ["征信|信用报告|人行|人民银行|百行"],
		"require": ["依法(?:报送|上报|报告|提供)|资金方|出资方|放款机构|放款方|持牌|银行|消费金融|小额贷款|小贷|信托"]
	},
	examples: {
		"pass": [
			"【钱站】张先生您好，您在钱站的借款已逾期7天，应还10000.00元，请尽快通过钱站APP还款。如已还款请忽略，客服400-000-1234。",
			"【钱站】张先生您好，您的借款已逾期15天。按合同约定，逾期信息可能由示例消费金融依法报送征信系统，请尽快在钱站APP还款。",
			"【钱站】您的借款逾期信息可能由{{ lender.short_name }}依法报送征信系统。"
		],
		"fail": ["【钱站】您的借款已逾期，将影响您的个人征信。", "【钱站】请尽快还款，以免影响征信记录。"]
	}
};
var due_date_or_overdue_days_default = {
	kind: "required",
	severity: "error",
	category: "missing_element",
	target: "output",
	title: {
		"zh": "须写明到期日或逾期天数",
		"en": "Due date or days overdue required"
	},
	message: {
		"zh": "样本{sample}未写明到期日或逾期天数",
		"en": "Sample {sample} states neither the due date nor the days overdue"
	},
	basis: [{
		"source": "合规短信要素清单（ddtianqi p=16784）",
		"note": "金额、逾期天数、还款期限、债权人、渠道、热线（V2，行业实践）"
	}, {
		"source": "合规设计推定",
		"note": "资料未直接规定，属设计选择，需合规复核（I）"
	}],
	params: { "element": "date_or_days" },
	examples: {
		"pass": ["【钱站】张先生您好，您在钱站的借款已逾期7天，应还10000.00元，请尽快通过钱站APP还款。如已还款请忽略，客服400-000-1234。", "【钱站】您的借款将于{{ loan.due_date | date_cn }}到期，应还{{ loan.amount_due }}元。"],
		"fail": ["【钱站】您的借款应还10000元，请尽快在钱站APP还款。", "【钱站】您的账单已出，请及时还款。"]
	}
};
var frequency_cap_hard_default = {
	kind: "meta",
	severity: "error",
	category: "policy",
	target: "meta",
	title: {
		"zh": "每日催收短信不得超过3条",
		"en": "Never more than 3 collection SMS a day"
	},
	message: {
		"zh": "每日发送{value}条，超过上限{limit}条",
		"en": "{value} messages a day, above the limit of {limit}"
	},
	basis: [
		{
			"source": "中国互联网金融协会《互联网金融逾期债务催收自律公约（试行）》",
			"article": "第17条",
			"note": "适当时间催收，不得频繁骚扰（V2）"
		},
		{
			"source": "《治安管理处罚法》（2012年文本）",
			"article": "第42条第（五）项",
			"note": "多次发送侮辱、恐吓或其他信息干扰他人正常生活（V1；2025年修订后条号未核实）"
		},
		{
			"source": "《民法典》",
			"article": "第1033条第（一）项",
			"note": "不得以电话、短信等方式侵扰他人私人生活安宁（V1）"
		},
		{
			"source": "合规设计推定",
			"note": "资料未直接规定，属设计选择，需合规复核（I）"
		}
	],
	params: {
		"check": "daily-cap",
		"maxPerDay": 3
	},
	examples: {
		"pass": [{
			"source": "【钱站】张先生您好，您在钱站的借款已逾期7天，应还10000.00元，请尽快通过钱站APP还款。如已还款请忽略，客服400-000-1234。",
			"meta": { "maxPerDay": 3 }
		}, "【钱站】张先生您好，您在钱站的借款已逾期7天，应还10000.00元，请尽快通过钱站APP还款。如已还款请忽略，客服400-000-1234。"],
		"fail": [{
			"source": "【钱站】张先生您好，您在钱站的借款已逾期7天，应还10000.00元，请尽快通过钱站APP还款。如已还款请忽略，客服400-000-1234。",
			"meta": { "maxPerDay": 4 }
		}, {
			"source": "【钱站】张先生您好，您在钱站的借款已逾期7天，应还10000.00元，请尽快通过钱站APP还款。如已还款请忽略，客服400-000-1234。",
			"meta": { "maxPerDay": 10 }
		}]
	}
};
var frequency_cap_default = {
	kind: "meta",
	severity: "warning",
	category: "policy",
	target: "meta",
	title: {
		"zh": "每日催收短信建议不超过1条",
		"en": "At most 1 collection SMS a day (recommended)"
	},
	message: {
		"zh": "每日发送{value}条，超过建议的{limit}条",
		"en": "{value} messages a day, above the recommended {limit}"
	},
	basis: [
		{
			"source": "中国互联网金融协会《互联网金融逾期债务催收自律公约（试行）》",
			"article": "第17条",
			"note": "适当时间催收，不得频繁骚扰（V2）"
		},
		{
			"source": "《治安管理处罚法》（2012年文本）",
			"article": "第42条第（五）项",
			"note": "多次发送侮辱、恐吓或其他信息干扰他人正常生活（V1；2025年修订后条号未核实）"
		},
		{
			"source": "《民法典》",
			"article": "第1033条第（一）项",
			"note": "不得以电话、短信等方式侵扰他人私人生活安宁（V1）"
		},
		{
			"source": "合规设计推定",
			"note": "资料未直接规定，属设计选择，需合规复核（I）"
		}
	],
	params: {
		"check": "daily-cap",
		"maxPerDay": 1
	},
	examples: {
		"pass": [{
			"source": "【钱站】张先生您好，您在钱站的借款已逾期7天，应还10000.00元，请尽快通过钱站APP还款。如已还款请忽略，客服400-000-1234。",
			"meta": { "maxPerDay": 1 }
		}, "【钱站】张先生您好，您在钱站的借款已逾期7天，应还10000.00元，请尽快通过钱站APP还款。如已还款请忽略，客服400-000-1234。"],
		"fail": [{
			"source": "【钱站】张先生您好，您在钱站的借款已逾期7天，应还10000.00元，请尽快通过钱站APP还款。如已还款请忽略，客服400-000-1234。",
			"meta": { "maxPerDay": 2 }
		}, {
			"source": "【钱站】张先生您好，您在钱站的借款已逾期7天，应还10000.00元，请尽快通过钱站APP还款。如已还款请忽略，客服400-000-1234。",
			"meta": { "maxPerDay": 5 }
		}]
	}
};
var inquiry_dispute_channel_default = {
	kind: "required",
	severity: "warning",
	category: "missing_element",
	target: "output",
	title: {
		"zh": "应提供咨询/异议渠道",
		"en": "Provide an inquiry and dispute channel"
	},
	message: {
		"zh": "样本{sample}未提供官方客服热线",
		"en": "Sample {sample} gives no official hotline"
	},
	basis: [{
		"source": "《商业银行信用卡业务监督管理办法》",
		"article": "第69条",
		"note": "催收函须载明欠款余额、查询/还款/异议渠道及发卡机构联系方式（V2，类推适用）"
	}],
	params: { "element": "hotline" },
	examples: {
		"pass": ["【钱站】张先生您好，您在钱站的借款已逾期7天，应还10000.00元，请尽快通过钱站APP还款。如已还款请忽略，客服400-000-1234。", "【钱站】您的借款应还10000元，有疑问请致电{{ platform.hotline }}。"],
		"fail": ["【钱站】您的借款已逾期7天，应还10000元，请尽快在钱站APP还款。", "【钱站】您的借款已逾期，请处理。"]
	}
};
var institution_identified_default = {
	kind: "required",
	severity: "error",
	category: "missing_element",
	target: "output",
	title: {
		"zh": "须写明机构名称",
		"en": "Name the institution"
	},
	message: {
		"zh": "样本{sample}未写明平台、资金方或受托机构名称",
		"en": "Sample {sample} does not name the platform, lender or agency"
	},
	basis: [{
		"source": "中国互联网金融协会《互联网金融逾期债务催收自律公约（试行）》",
		"article": "第15条",
		"note": "表明所代表机构名称（V2）"
	}, {
		"source": "《银行保险机构消费者权益保护管理办法》",
		"article": "第41条",
		"note": "委托外部催收须告知债务人；禁止冒用行政、司法机关名义及暴力、恐吓、欺诈（V2，逐字未核实）"
	}],
	params: { "element": "institution" },
	examples: {
		"pass": ["【钱站】张先生您好，您在钱站的借款已逾期7天，应还10000.00元，请尽快通过钱站APP还款。如已还款请忽略，客服400-000-1234。", "【钱站】{{ agency.short_name | default: \"受托机构\" }}受{{ platform.name }}委托提醒：您的借款已逾期，请通过官方APP还款。"],
		"fail": ["您的借款已逾期，请尽快处理。", "【催收通知】您好，您的欠款已逾期，请尽快还款。"]
	}
};
var length_max_chars_default = {
	kind: "length",
	severity: "error",
	category: "length",
	target: "output",
	title: {
		"zh": "模板不得超过500字",
		"en": "At most 500 characters"
	},
	message: {
		"zh": "样本{sample}长{value}字，超过平台上限{limit}字",
		"en": "Sample {sample} has {value} characters, over the {limit} limit"
	},
	basis: [{
		"source": "短信平台计费规范（华为云、帆软）",
		"note": "70字一条、长短信67字/条，模板不超过500字（P）"
	}],
	params: { "maxChars": 500 },
	examples: {
		"pass": ["【钱站】张先生您好，您在钱站的借款已逾期7天，应还10000.00元，请尽快通过钱站APP还款。如已还款请忽略，客服400-000-1234。", "【钱站】您的借款已逾期，请尽快在钱站APP还款。您的借款已逾期，请尽快在钱站APP还款。您的借款已逾期，请尽快在钱站APP还款。您的借款已逾期，请尽快在钱站APP还款。您的借款已逾期，请尽快在钱站APP还款。您的借款已逾期，请尽快在钱站APP还款。您的借款已逾期，请尽快在钱站APP还款。您的借款已逾期，请尽快在钱站APP还款。您的借款已逾期，请尽快在钱站APP还款。您的借款已逾期，请尽快在钱站APP还款。您的借款已逾期，请尽快在钱站APP还款。您的借款已逾期，请尽快在钱站APP还款。"],
		"fail": ["【钱站】您的借款已逾期，请尽快在钱站APP还款。您的借款已逾期，请尽快在钱站APP还款。您的借款已逾期，请尽快在钱站APP还款。您的借款已逾期，请尽快在钱站APP还款。您的借款已逾期，请尽快在钱站APP还款。您的借款已逾期，请尽快在钱站APP还款。您的借款已逾期，请尽快在钱站APP还款。您的借款已逾期，请尽快在钱站APP还款。您的借款已逾期，请尽快在钱站APP还款。您的借款已逾期，请尽快在钱站APP还款。您的借款已逾期，请尽快在钱站APP还款。您的借款已逾期，请尽快在钱站APP还款。您的借款已逾期，请尽快在钱站APP还款。您的借款已逾期，请尽快在钱站APP还款。您的借款已逾期，请尽快在钱站APP还款。您的借款已逾期，请尽快在钱站APP还款。您的借款已逾期，请尽快在钱站APP还款。您的借款已逾期，请尽快在钱站APP还款。您的借款已逾期，请尽快在钱站APP还款。您的借款已逾期，请尽快在钱站APP还款。您的借款已逾期，请尽快在钱站APP还款。您的借款已逾期，请尽快在钱站APP还款。您的借款已逾期，请尽快在钱站APP还款。您的借款已逾期，请尽快在钱站APP还款。您的借款已逾期，请尽快在钱站APP还款。您的借款已逾期，请尽快在钱站APP还款。您的借款已逾期，请尽快在钱站APP还款。您的借款已逾期，请尽快在钱站APP还款。您的借款已逾期，请尽快在钱站APP还款。您的借款已逾期，请尽快在钱站APP还款。", "【钱站】提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒提醒"]
	}
};
var length_segments_default = {
	kind: "length",
	severity: "info",
	category: "length",
	target: "output",
	title: {
		"zh": "短信条数偏多",
		"en": "Many SMS segments"
	},
	message: {
		"zh": "样本{sample}共{value}条短信，超过{limit}条，建议精简",
		"en": "Sample {sample} needs {value} segments (more than {limit}); consider shortening"
	},
	basis: [{
		"source": "短信平台计费规范（华为云、帆软）",
		"note": "70字一条、长短信67字/条，模板不超过500字（P）"
	}],
	params: { "maxSegments": 3 },
	examples: {
		"pass": ["【钱站】张先生您好，您在钱站的借款已逾期7天，应还10000.00元，请尽快通过钱站APP还款。如已还款请忽略，客服400-000-1234。", "【钱站】王女士您好，您的借款本期应还1,234.56元，还款日2024年3月25日，请在钱站APP按时还款，已还请忽略。客服热线400-000-1234"],
		"fail": ["【钱站】您的借款已逾期，请尽快在钱站APP还款。您的借款已逾期，请尽快在钱站APP还款。您的借款已逾期，请尽快在钱站APP还款。您的借款已逾期，请尽快在钱站APP还款。您的借款已逾期，请尽快在钱站APP还款。您的借款已逾期，请尽快在钱站APP还款。您的借款已逾期，请尽快在钱站APP还款。您的借款已逾期，请尽快在钱站APP还款。您的借款已逾期，请尽快在钱站APP还款。您的借款已逾期，请尽快在钱站APP还款。您的借款已逾期，请尽快在钱站APP还款。您的借款已逾期，请尽快在钱站APP还款。", "【钱站】温馨提示温馨提示温馨提示温馨提示温馨提示温馨提示温馨提示温馨提示温馨提示温馨提示温馨提示温馨提示温馨提示温馨提示温馨提示温馨提示温馨提示温馨提示温馨提示温馨提示温馨提示温馨提示温馨提示温馨提示温馨提示温馨提示温馨提示温馨提示温馨提示温馨提示温馨提示温馨提示温馨提示温馨提示温馨提示温馨提示温馨提示温馨提示温馨提示温馨提示温馨提示温馨提示温馨提示温馨提示温馨提示温馨提示温馨提示温馨提示温馨提示温馨提示温馨提示温馨提示温馨提示温馨提示温馨提示温馨提示温馨提示温馨提示温馨提示温馨提示"]
	}
};
var links_official_domain_only_default = {
	kind: "pattern",
	severity: "warning",
	category: "structure",
	target: "output",
	title: {
		"zh": "链接须为官方域名",
		"en": "Links on official domains only"
	},
	message: {
		"zh": "链接“{match}”不是官方域名或是短链，请改为APP内路径",
		"en": "Link “{match}” is not an official domain or is a short link; point to the in-app path"
	},
	basis: [{
		"source": "短信平台模板规范",
		"note": "平台拒绝链接变量与短链（P）；防诈骗实践（I）"
	}],
	params: { "patterns": ["(?:https?://|www\\.)(?!(?:www\\.)?(?:example\\.com/qianzhan|qianzhan\\.com))[a-z0-9.-]+(?:/[\\w./?=&%-]*)?", "(?<![a-z0-9.])(?:t\\.cn|dwz\\.cn|url\\.cn|bit\\.ly|suo\\.im|tinyurl\\.com|is\\.gd|c7\\.gg)/[\\w-]+"] },
	examples: {
		"pass": ["【钱站】张先生您好，您在钱站的借款已逾期7天，应还10000.00元，请尽快通过钱站APP还款。如已还款请忽略，客服400-000-1234。", "【钱站】请登录官网https://www.example.com/qianzhan 或钱站APP还款。"],
		"fail": ["【钱站】您的借款已逾期，点击 t.cn/A6xYz 立即处理。", "【钱站】还款请访问 http://qz-huankuan.top/pay 。"]
	}
};
var moralising_wording_default = {
	kind: "pattern",
	severity: "warning",
	category: "insult",
	target: "output",
	title: {
		"zh": "避免说教式措辞",
		"en": "Avoid moralising wording"
	},
	message: {
		"zh": "“{match}”属于说教式措辞，建议改为中性提醒",
		"en": "“{match}” is moralising; prefer a neutral reminder"
	},
	basis: [{
		"source": "中国互联网金融协会《互联网金融逾期债务催收自律公约（试行）》",
		"article": "第16条",
		"note": "文明用语，禁止恐吓、威胁、辱骂及违背公序良俗（V2）"
	}, {
		"source": "合规设计推定",
		"note": "资料未直接规定，属设计选择，需合规复核（I）"
	}],
	params: { "patterns": ["做人(?:要|应该|得)?(?:讲|有|守)(?:诚信|良心|信用|底线)|欠债还钱(?:天经地义)?|天经地义|借钱不还|欠钱不还|良心|道德|人品|有借有还|说话算话|言而有信|一把年纪|为人父母|做父母的|做子女的"] },
	examples: {
		"pass": ["【钱站】张先生您好，您在钱站的借款已逾期7天，应还10000.00元，请尽快通过钱站APP还款。如已还款请忽略，客服400-000-1234。", "【钱站】按时还款有助于保持良好的信用记录。"],
		"fail": ["【钱站】欠债还钱天经地义，请尽快还款。", "【钱站】做人要讲诚信，请按时还款。"]
	}
};
var no_address_or_employer_default = {
	kind: "pattern",
	severity: "warning",
	category: "privacy",
	target: "output",
	title: {
		"zh": "住址、工作单位需复核",
		"en": "Addresses and employers need review"
	},
	message: {
		"zh": "“{match}”疑似住址或工作单位信息，请复核",
		"en": "“{match}” looks like an address or employer; review it"
	},
	basis: [{
		"source": "《民法典》",
		"article": "第1034条",
		"note": "身份证件号码、电话号码、住址等属于个人信息（V1）"
	}, {
		"source": "《个人信息保护法》",
		"article": "第6条",
		"note": "最小必要（V1）"
	}],
	params: { "patterns": ["[\\p{Script=Han}]{1,8}(?:省|市|区|县)[\\p{Script=Han}\\d]{1,12}(?:路|街|巷|弄|村|小区|号院|大厦|花园)[\\p{Script=Han}\\d]{0,8}?(?:\\d+号|栋|幢|单元|室|层)", "(?:工作单位|单位名称|公司名称|单位地址|家庭住址|家庭地址|居住地址|户籍地址|现住址)"] },
	examples: {
		"pass": ["【钱站】张先生您好，您在钱站的借款已逾期7天，应还10000.00元，请尽快通过钱站APP还款。如已还款请忽略，客服400-000-1234。", "【钱站】请在钱站APP-我的-还款页面操作。"],
		"fail": ["【钱站】已核实您的家庭住址，请尽快还款。", "【钱站】北京市东城区示例路1号3单元的住户张先生请还款。"]
	}
};
var no_authority_impersonation_default = {
	kind: "pattern",
	severity: "error",
	category: "impersonation",
	target: "output",
	title: {
		"zh": "禁止冒用或暗示公检法、政府参与",
		"en": "No impersonating police, courts or government"
	},
	message: {
		"zh": "“{match}”冒用或暗示公安、法院、司法、仲裁或政府机关参与",
		"en": "“{match}” impersonates or implies police, court, judicial, arbitration or government involvement"
	},
	basis: [
		{
			"source": "《刑法》",
			"article": "第279条",
			"note": "冒充国家机关工作人员招摇撞骗，冒充人民警察从重（V1）"
		},
		{
			"source": "《治安管理处罚法》（2012年文本）",
			"article": "第51条",
			"note": "冒充国家机关工作人员或以其他虚假身份招摇撞骗（V1；2025年修订后条号未核实）"
		},
		{
			"source": "中国银行业协会《金融机构个人消费类贷款催收工作指引（试行）》（2026）",
			"note": "按内容引用：禁止冒用政府或司法机关名义（V2）"
		},
		{
			"source": "《银行保险机构消费者权益保护管理办法》",
			"article": "第41条",
			"note": "委托外部催收须告知债务人；禁止冒用行政、司法机关名义及暴力、恐吓、欺诈（V2，逐字未核实）"
		},
		{
			"source": "FDCPA § 1692e（美国，对比参考）",
			"note": "禁止虚假陈述、冒充政府或律师、虚构逮捕或扣押（V2）"
		}
	],
	params: { "patterns": [
		"(?<!以|按|依照|依据|根据|经)(?<!冒充|假冒|冒用|谎称|伪装|自称|冒名|伪造)(?:公安(?:局|机关|部门|厅|分局)?|派出所|警方|警察|民警|刑警|经侦(?:大队|支队|部门)?|网警|特警|巡警|检察(?:院|官|机关)|法院|法官|人民法院|执行局|执行庭|执行法官|司法(?:局|所|中心|部门|机关|机构|人员|所长)|仲裁(?:委员会|委|庭|院|中心|机构)|公检法|调解(?:中心|委员会)|(?:金融)?监管(?:局|部门|机构)|银保监(?:会|局)?|金融办|政府|纪委|监察委|国家机关|(?<!\\d)110(?!\\d)|本院|本庭|本局|执法(?:部门|机关|人员|单位)|有关部门|相关部门)(?:的)?(?:工作人员|同志)?(?:已|已经|将|将会|即将|正在|会|马上|现|现已|依法|正式|特此|郑重|今日|明日|近期|也|都|就|直接|立即){0,3}(?:通知|提醒|告知|介入|受理|立案|备案|传唤|传讯|调查|协查|核查|审理|审查|处理|出动|签发|下达|发出|发函|督办|联系|追查|追究|上门|派员|冻结|查封|出警|抓|拘|来电|约谈|责令|裁定|判决|判令|公告|通报|提示|发布|函告|查询|查找|调取|协助|配合)",
		"(?<!冒充|假冒|冒用|谎称|伪装|自称|冒名|伪造)(?:经侦|网警|刑警|特警|公检法|刑侦|治安大队|缉查)(?!(?:机关|部门|人员|工作人员)?(?:均|都|也|从来)?(?:不会|从不|绝不|不得|从未|不可能|不要求|不存在))",
		"(?<!(?:约定|协议|合同|条款|争议解决)[^就将便则那否]{0,12})(?<!可能(?:会)?(?:被)?(?:依法)?)(?:移交|移送|提交|报送|交给|交由|转交|递交|上报|报给|转到|转给|转入|送交|报到|转至)(?:到|至|给)?(?:(?!将|可能|会|如|若|可)\\p{Script=Han}){0,10}?(?:公安|派出所|警方|经侦|网警|刑警|检察院|法院|司法|仲裁|公检法|执行局)",
		"(?<!冒充|假冒|冒用|谎称|伪装|自称|冒名|伪造)(?:配合|接受|协助)(?:公安|警方|法院|司法|经侦|检察|网警)(?:的)?(?:调查|执行|协查|传唤|询问)",
		"(?:请|要求|需要)(?:你|您)\\p{Script=Han}{0,12}?(?:配合|接受)(?:调查|询问|传唤|问询)",
		"(?:联合|会同|协同|联手)\\p{Script=Han}{0,6}?(?:执法|公安|警方|司法|法院|政府|部门|机关)",
		"(?:我们|我|我司|本中心|本部门|这里)(?:是|系|为|来自)(?:[\\p{Script=Han}]{0,8})?(?:公安(?:局|机关|部门|厅|分局)?|派出所|警方|警察|民警|刑警|经侦(?:大队|支队|部门)?|网警|特警|巡警|检察(?:院|官|机关)|法院|法官|人民法院|执行局|执行庭|执行法官|司法(?:局|所|中心|部门|机关|机构|人员|所长)|仲裁(?:委员会|委|庭|院|中心|机构)|公检法|调解(?:中心|委员会)|(?:金融)?监管(?:局|部门|机构)|银保监(?:会|局)?|金融办|政府|纪委|监察委|国家机关|(?<!\\d)110(?!\\d)|本院|本庭|本局|执法(?:部门|机关|人员|单位)|有关部门|相关部门)",
		"(?:公安(?:局|机关|部门|厅|分局)?|派出所|警方|警察|民警|刑警|经侦(?:大队|支队|部门)?|网警|特警|巡警|检察(?:院|官|机关)|法院|法官|人民法院|执行局|执行庭|执行法官|司法(?:局|所|中心|部门|机关|机构|人员|所长)|仲裁(?:委员会|委|庭|院|中心|机构)|公检法|调解(?:中心|委员会)|(?:金融)?监管(?:局|部门|机构)|银保监(?:会|局)?|金融办|政府|纪委|监察委|国家机关|(?<!\\d)110(?!\\d)|本院|本庭|本局|执法(?:部门|机关|人员|单位)|有关部门|相关部门)(?:已|已经)?(?:对(?:你|您|你们|您们)|对此|对该案|针对(?:你|您|你们|您们))",
		"(?<![a-z])(?:fa[\\s\\p{P}]?(?:yuan|院)|法[\\s\\p{P}]?yuan|jing[\\s\\p{P}]?(?:cha|察)|警[\\s\\p{P}]?cha|gong[\\s\\p{P}]?an|公[\\s\\p{P}]?an[\\s\\p{P}]?(?:局|ju|机关)|chuan[\\s\\p{P}]?(?:piao|票)|传[\\s\\p{P}]?piao|qi[\\s\\p{P}]?su|起[\\s\\p{P}]?su|qiang[\\s\\p{P}]?zhi|强[\\s\\p{P}]?zhi|court\\s(?:summons|order|case)|sheriff)(?![a-z])"
	] },
	examples: {
		"pass": [
			"【钱站】张先生您好，您在钱站的借款已逾期7天，应还10000.00元，请尽快通过钱站APP还款。如已还款请忽略，客服400-000-1234。",
			"【钱站】钱站工作人员不会冒充公检法要求您转账，如遇可疑来电请拨打官方客服核实。",
			"【钱站】如您认为被他人冒名借款，可向我司提交材料，必要时可向公安机关报案。"
		],
		"fail": [
			"【钱站】您的案件已移交当地公安机关处理。",
			"【钱站】XX区人民法院通知：请于三日内到庭。",
			"【钱站】经 侦 已介入调查，请配合调查。",
			"【钱站】110已備案，請盡快處理。",
			"【钱站】材料已经提交fa院，等着收传piao吧。",
			"【钱站】起su材料已递交，等着被强zhi执行。"
		]
	}
};
var no_banned_fields_default = {
	kind: "variables",
	severity: "error",
	category: "privacy",
	target: "source",
	title: {
		"zh": "禁止使用住址、单位、联系人字段",
		"en": "No address, employer or contact fields"
	},
	message: {
		"zh": "变量{variable}属于禁用字段（住址/单位/联系人），不得出现在催收短信中",
		"en": "Variable {variable} is a banned field (address/employer/contacts)"
	},
	basis: [
		{
			"source": "《个人信息保护法》",
			"article": "第6条",
			"note": "最小必要（V1）"
		},
		{
			"source": "《个人信息保护法》",
			"article": "第23条",
			"note": "向其他处理者提供个人信息需单独同意（V1）"
		},
		{
			"source": "《民法典》",
			"article": "第1038条",
			"note": "不得泄露或未经同意向他人提供个人信息（V1）"
		}
	],
	params: { "check": "banned" },
	examples: {
		"pass": ["【钱站】张先生您好，您在钱站的借款已逾期7天，应还10000.00元，请尽快通过钱站APP还款。如已还款请忽略，客服400-000-1234。", "【钱站】{{ borrower.name | surname }}先生，应还{{ loan.amount_due }}元。"],
		"fail": [
			"【钱站】我们将联系{{ contacts[0].name }}。",
			"【钱站】您的住址{{ borrower.address }}已登记。",
			"{% for c in contacts %}{{ c.phone }}{% endfor %}"
		]
	}
};
var no_brackets_in_body_default = {
	kind: "pattern",
	severity: "warning",
	category: "structure",
	target: "output",
	title: {
		"zh": "正文中不得出现【】",
		"en": "No 【】 in the body"
	},
	message: {
		"zh": "正文中的“{match}”会与短信签名混淆",
		"en": "“{match}” in the body is confused with the SMS signature"
	},
	basis: [{
		"source": "FanRuan 短信模板规则",
		"note": "签名外正文不得包含【】（P）"
	}, {
		"source": "华为云短信签名规范",
		"note": "仅支持前置签名（P）"
	}],
	params: {
		"on": "original",
		"patterns": ["(?<!^)【", "(?<!^【[^【】]{0,30})】"]
	},
	examples: {
		"pass": ["【钱站】张先生您好，您在钱站的借款已逾期7天，应还10000.00元，请尽快通过钱站APP还款。如已还款请忽略，客服400-000-1234。", "【钱站】您好，您的借款今日到期，请在钱站APP还款。"],
		"fail": [
			"【钱站】您好，【重要提醒】您的借款已逾期。",
			"【钱站】您好，请查收【还款通知】。",
			"您好】请还款。"
		]
	}
};
var no_coercive_pressure_default = {
	kind: "pattern",
	severity: "error",
	category: "threat",
	target: "output",
	title: {
		"zh": "禁止最后通牒式施压",
		"en": "No ultimatum-style pressure"
	},
	message: {
		"zh": "“{match}”属于最后通牒式施压",
		"en": "“{match}” is ultimatum-style pressure"
	},
	basis: [
		{
			"source": "中国互联网金融协会《互联网金融逾期债务催收自律公约（试行）》",
			"article": "第16条",
			"note": "文明用语，禁止恐吓、威胁、辱骂及违背公序良俗（V2）"
		},
		{
			"source": "GB/T 45251-2025《互联网金融 个人网络消费信贷 贷后催收风控指引》",
			"note": "按内容引用：禁止威胁恐吓、虚构法律后果等虚假陈述（V2，条号未核实）"
		},
		{
			"source": "催收质检违规话术清单（翼龙贷“软暴力”清单等）",
			"note": "冒充公检法律师、伪造传票律师函、爆通讯录、坐牢拘留恐吓（V2，行业实践）"
		}
	],
	params: { "patterns": [
		"最后通牒|再给(?:你|您)(?:一次|最后一次)?机会|(?:重点|特别)(?:催收)?(?:名单|关注|对象)|盯(?:着|上|紧)(?:了)?(?:你|您)|(?:看|看看)(?:你|您)能(?:躲|藏|逃|撑|拖)|(?:继续|接着|尽管)(?:躲|藏|逃)|过期不候|过时不候|仅限今[日天]|机不可失|最后(?:一次)?(?:机会|警告|通知书|的机会)|(?:没有|不会再有|不会再给|再也没有)(?:下次|下一次|第二次|机会)",
		"限(?:你|您|其)(?:在)?(?:今天|今日|今晚|明天|明日|本周|\\d+|[一二两三四五六七八九十半]+)",
		"给(?:你|您)(?:\\d+|[一二两三四五六七八九十半]+)(?:个)?(?:小时|钟头|分钟|天|日)|最后(?:\\d+|[一二两三四五六七八九十]+)(?:个)?(?:小时|钟头|天|日|分钟)|不是(?:打电话|发短信|打打电话|发发短信|这么|那么)(?:这么|那么)?简单",
		"(?:不还|不处理|不结清|还不上|不还钱|不还款|不联系|不回电|不回复|不配合|拒不还款|继续拖欠|继续逃避|再拖|再不还|再不处理)(?:的话)?(?:[^就将]{0,6})?(?:就|我们就|那就|马上就|立即就)",
		"别逼(?:我|我们)|不要逼(?:我|我们)|逼(?:我|我们)(?:采取|动手|用|上门)|敬酒不吃|给脸不要脸|不见棺材不掉泪|(?:耐心|忍耐)(?:有限|已经?(?:用完|耗尽|到头|到极限))|仁至义尽",
		"(?<!(?:不会|不得(?!不)|绝不|决不|从不|从未|从来不|未曾|不再|不接受|不支持|不允许|不提供|不收取|无需|不需要|请勿|切勿|勿|严禁|禁止|谨防|警惕|防范|提防|拒绝|冒充|假冒|冒用|谎称|声称|宣称|号称|自称|未授权|未委托|请不要|千万不要|不要把|不要将|任何要求|凡是要求|凡要求)将?[^就将便则那否]{0,12})(?:采取|启动|动用|用尽|实施)(?:包括但不限于\\p{Script=Han}{0,24}?在内的)?(?:一切|任何|所有)(?:(?:必要|可能|可行|可以|有效|进一步)的?)?(?:措施|手段|方式|办法|行动)",
		"(?:我们|我方|我司|本司|本公司)(?:认为)(?:适当|合适|必要|有效|可行|需要)的(?:方式|手段|措施|方法|办法)",
		"(?<!(?:不会|不得(?!不)|绝不|决不|从不|从未|从来不|未曾|不再|不接受|不支持|不允许|不提供|不收取|无需|不需要|请勿|切勿|勿|严禁|禁止|谨防|警惕|防范|提防|拒绝|冒充|假冒|冒用|谎称|声称|宣称|号称|自称|未授权|未委托|请不要|千万不要|不要把|不要将|任何要求|凡是要求|凡要求)将?[^就将便则那否]{0,12})(?:(?:非常规|非常|极端|强硬|激烈|别的)(?:的)?手段|(?:非常规|极端|强硬|激烈)(?:的)?(?:措施|方式|办法|行动))",
		"事态(?:升级|扩大|恶化|严重化)|(?:无可|不可|难以|无法)挽回|追悔莫及|后悔莫及|悔之晚矣|后悔都来不及|(?:请|望|务必)?(?:阁下|您|你)?三思(?:而行|而后行)?",
		"(?<!(?:不会|不得(?!不)|绝不|决不|从不|从未|从来不|未曾|不再|不接受|不支持|不允许|不提供|不收取|无需|不需要|请勿|切勿|勿|严禁|禁止|谨防|警惕|防范|提防|拒绝|冒充|假冒|冒用|谎称|声称|宣称|号称|自称|未授权|未委托|请不要|千万不要|不要把|不要将|任何要求|凡是要求|凡要求)将?[^就将便则那否]{0,12})(?:不再|无法|不能|不敢|难以)(?:继续)?保证\\p{Script=Han}{0,14}?(?:不受|不被|不会被|不会受)(?:到)?(?:打扰|影响|骚扰|牵连|联系|波及|惊动)",
		"(?<!(?:not|never|no|n't|won't)\\s(?:[a-z]+\\s){0,3})(?<![a-z])(?:take\\s(?:all|any|every)\\s(?:necessary\\s|further\\s|available\\s)?(?:measures|means|steps|action)|by\\sany\\smeans|(?:or\\selse|you\\swill\\sregret|last\\swarning|final\\swarning))(?![a-z])"
	] },
	examples: {
		"pass": [
			"【钱站】张先生您好，您在钱站的借款已逾期7天，应还10000.00元，请尽快通过钱站APP还款。如已还款请忽略，客服400-000-1234。",
			"【钱站】您的借款将于3月25日到期，请按时还款，保持良好信用记录。",
			"【钱站】如有困难，我司可协助您采取延期等方式解决。"
		],
		"fail": [
			"【钱站】最后通牒：限你今天18点前全额还款。",
			"【钱站】这是最后一次机会，不还就按流程处理。",
			"【钱站】給你2個小時考慮，別逼我們。",
			"【钱站】期满未还，我司将采取一切必要手段。",
			"【钱站】请阁下三思，以免事态扩大。"
		]
	}
};
var no_court_enforcement_consequences_default = {
	kind: "pattern",
	severity: "error",
	category: "false_consequence",
	target: "output",
	title: {
		"zh": "禁止宣称限高、失信、冻结、查封等执行后果",
		"en": "No claims of travel bans, frozen accounts or seizures"
	},
	message: {
		"zh": "“{match}”属于需生效判决和执行程序的后果，不得在催收短信中宣称",
		"en": "“{match}” requires a court judgment and enforcement; do not claim it"
	},
	basis: [
		{
			"source": "最高人民法院《关于限制被执行人高消费的若干规定》",
			"article": "第1条、第3条",
			"note": "限制高消费仅适用于经判决并进入执行程序的被执行人（V1）"
		},
		{
			"source": "最高人民法院《关于公布失信被执行人名单信息的若干规定》",
			"article": "第1条",
			"note": "失信被执行人名单以生效法律文书及执行程序为前提（V1）"
		},
		{
			"source": "FDCPA § 1692e（美国，对比参考）",
			"note": "禁止虚假陈述、冒充政府或律师、虚构逮捕或扣押（V2）"
		}
	],
	params: { "patterns": [
		"执行阶段|执行环节|(?:协助|配合)(?:扣款|扣划|扣工资|执行)|(?:房子|车子|房产|车辆|财产|资产|家产|名下\\p{Script=Han}{1,4})\\p{Script=Han}{0,6}?(?:保不住|都没了|被收走|被拖走|被收回|处置流程|处置程序|拖车|收车)|失信(?:被执行)?人|失信名单|老赖名单|被执行人|限高|限制(?:高)?消费|限消|高消费|强制执行|强制划扣|强制扣款|司法拍卖|执行局|执行程序|财产申报|边控|限制出境|不能出国|禁止出境",
		"(?:不能|无法|禁止|限制|不准|不许|坐不了|乘坐不了|上不了|买不了|订不了|不得)(?:再)?(?:坐|乘坐|乘|搭乘|购买|买|订)?(?:飞机|高铁|动车|火车|软卧|头等舱|机票|高铁票)|(?:出行|乘车|坐车|住酒店|住宾馆|旅游)(?:将)?受(?:限|到限制)",
		"(?<!(?:自助|自行|主动|申请|一键|挂失|您可|你可|本人)[^就将便则那否]{0,8})(?<!(?:不会|不得(?!不)|绝不|决不|从不|从未|从来不|未曾|不再|不接受|不支持|不允许|不提供|不收取|无需|不需要|请勿|切勿|勿|严禁|禁止|谨防|警惕|防范|提防|拒绝|冒充|假冒|冒用|谎称|声称|宣称|号称|自称|未授权|未委托|请不要|千万不要|不要把|不要将|任何要求|凡是要求|凡要求)将?[^就将便则那否]{0,12})冻结(?:你|您|你们|您们)?(?:名下)?的?(?:所有|全部|名下)?(?:银行卡|银行账户|银行账号|账户|微信|支付宝|资产|财产|存款|工资卡|工资|社保|公积金|医保|房产|车辆|名下账户|资金)",
		"(?:银行卡|银行账户|微信|支付宝|存款|资产|财产|名下账户|房产|房子|车子|车辆|工资|公积金|社保|账户)(?:都)?(?:将|会|已|已经|即将|马上)?(?:被)?(?:冻结|查封|扣押|拍卖|划扣|扣划|强制扣除|没收)",
		"(?:银行卡|银行账户|微信|支付宝|存款|资产|财产|名下账户|房产|房子|车子|车辆|工资|公积金|社保|账户).{0,12}?(?:被|予以|进行|申请)(?:依法|司法|强制)?(?:冻结|查封|扣押|拍卖|划扣|扣划|保全|没收)",
		"(?:零钱|余额|存款|工资|账户|银行卡|微信|支付宝).{0,12}?(?:将|会|已)?被(?:依法|司法|强制)?(?:冻结|扣划|划扣|扣除|查封|锁定|封停|停用|限制使用)",
		"(?:无法|不能|不得|禁止)(?:办理)?(?:出国|签证|护照|出境|港澳通行证)",
		"查封|(?:扣押|拍卖|没收|变卖)(?:你|您|你们|您们)?的?(?:房|车|财产|资产|家产|东西)|(?:划扣|扣划|扣)(?:你|您|你们|您们)?的?(?:存款|工资|账户|余额|公积金|社保|退休金)"
	] },
	examples: {
		"pass": ["【钱站】张先生您好，您在钱站的借款已逾期7天，应还10000.00元，请尽快通过钱站APP还款。如已还款请忽略，客服400-000-1234。", "【钱站】张先生您好，您的借款已逾期30天，应还10000元。如仍未还款，我们可能依法通过诉讼等途径主张权利，请尽快在钱站APP还款。"],
		"fail": [
			"【钱站】逾期不还将被列为失信被执行人，限制高消费。",
			"【钱站】你的微信支付宝马上会被冻结，以后坐 不了高铁。",
			"【钱站】名下房產將被查封拍賣。"
		]
	}
};
var no_criminal_liability_threat_default = {
	kind: "pattern",
	severity: "error",
	category: "false_consequence",
	target: "output",
	title: {
		"zh": "禁止以坐牢、拘留、刑事责任相威胁",
		"en": "No threats of jail, arrest or criminal liability"
	},
	message: {
		"zh": "“{match}”以刑事后果相威胁；普通借款逾期属民事违约",
		"en": "“{match}” threatens criminal consequences; an overdue loan is a civil matter"
	},
	basis: [
		{
			"source": "《治安管理处罚法》（2012年文本）",
			"article": "第42条第（三）项",
			"note": "捏造事实诬告陷害他人（V1；2025年修订后条号未核实）"
		},
		{
			"source": "两高两部《关于办理实施“软暴力”的刑事案件若干问题的意见》（2019）",
			"note": "按内容引用：滋扰、纠缠、哄闹、聚众造势，揭发隐私、贴报喷字、通过信息网络实施等（V2）"
		},
		{
			"source": "FDCPA § 1692e（美国，对比参考）",
			"note": "禁止虚假陈述、冒充政府或律师、虚构逮捕或扣押（V2）"
		},
		{
			"source": "合规设计推定",
			"note": "资料未直接规定，属设计选择，需合规复核（I）"
		}
	],
	params: { "patterns": [
		"(?:构成|属于|涉嫌|已经是|就是)\\p{Script=Han}{0,4}?(?:欺诈|诈骗|骗贷|违法|犯罪|逃废债)|恶意逃废债|逃废债|有期徒刑|无期徒刑|徒刑|刑法|立案侦查|(?<!(?:用于|从事|参与|打击|防范|远离|涉及|不法分子|诈骗分子)\\p{Script=Han}{0,6})违法犯罪|恶意拖欠|恶意欠款|恶意逃债|恶意逃避|(?:属于|构成|是|涉嫌)(?:违法|犯罪)|包庇|窝藏|坐牢|座牢|作牢|坐劳|牢饭|牢房|大牢|蹲监狱|进监狱|监狱|入狱|下狱|坐监|判刑|判(?:你|您)?(?:几|\\d+|[一二两三四五六七八九十]+)年|服刑|刑拘|刑事拘留|行政拘留|拘留|司法拘留|逮捕|抓捕|拘捕|批捕|拘传|强制措施|网上追逃|追逃|通缉|吃官司|进局子|蹲局子|局子里|手铐|铐走|铐起来|警车|zuolao|zuo lao",
		"(?:抓|逮|押|拘)(?:你|您|人|走)|带走|(?:把|将)(?:你|您)(?:抓|带走|押|送进|铐)|被(?:警察|公安|警方)?(?:抓|带走|押走|铐)",
		"刑事(?:责任|案件|立案|处罚|追诉|犯罪|拘留|诉讼)|追究(?:你|您)?的?刑事|犯罪(?:嫌疑|行为|记录|分子)|(?:是|属于|构成|已经|已|涉嫌|在)犯罪|涉嫌(?:诈骗|犯罪|违法|骗贷|恶意|欺诈|刑事|信用卡)|(?:诈骗|骗贷|贷款诈骗|合同诈骗|信用卡诈骗|拒执)罪|恶意透支|骗贷|骗取贷款|恶意逃废债|拒不执行(?:判决|裁定)|案底|前科",
		"(?<!(?:不会|不得(?!不)|绝不|决不|从不|从未|从来不|未曾|不再|不接受|不支持|不允许|不提供|不收取|无需|不需要|请勿|切勿|勿|严禁|禁止|谨防|警惕|防范|提防|拒绝|冒充|假冒|冒用|谎称|声称|宣称|号称|自称|未授权|未委托|请不要|千万不要|不要把|不要将|任何要求|凡是要求|凡要求)将?[^就将便则那否]{0,12})(?:我们|我司|我|平台|公司|将|会|已|已经|直接|马上|准备|要|去|就|帮你|替你|对你|对您)(?:向\\p{Script=Han}{0,10}?(?:公安|警方|派出所|公安机关))?(?:报警|报案|举报你|举报您)",
		"(?<![a-z])(?:zuo[\\s\\p{P}]?(?:lao|牢|jian[\\s\\p{P}]?yu)|坐[\\s\\p{P}]?lao|pan[\\s\\p{P}]?xing|判[\\s\\p{P}]?xing|ju[\\s\\p{P}]?liu|拘[\\s\\p{P}]?liu|dai[\\s\\p{P}]?bu|逮[\\s\\p{P}]?bu|zhua[\\s\\p{P}]?bu|抓[\\s\\p{P}]?bu|zhua[\\s\\p{P}]?(?:ni|nin)|zha[\\s\\p{P}]?(?:pian|骗)|诈[\\s\\p{P}]?pian|fan[\\s\\p{P}]?zui|犯[\\s\\p{P}]?zui|xing[\\s\\p{P}]?shi[\\s\\p{P}]?ze[\\s\\p{P}]?ren|刑[\\s\\p{P}]?shi)(?![a-z])",
		"(?<!(?:not|never|no|n't|won't)\\s(?:[a-z]+\\s){0,3})(?<![a-z])(?:arrest(?:ed)?|warrant|jail|prison|imprison(?:ed|ment)?|criminal(?:ly)?\\s(?:charges?|case|liability|record|offen[cs]e|prosecution)|police\\s(?:report|case|record|will)|fraud\\scharges?)(?![a-z])"
	] },
	examples: {
		"pass": [
			"【钱站】张先生您好，您在钱站的借款已逾期7天，应还10000.00元，请尽快通过钱站APP还款。如已还款请忽略，客服400-000-1234。",
			"【钱站】谨防电信诈骗犯罪，钱站不会要求您向个人账户转账，如遇可疑请报警。",
			"【Qianzhan】Overdue loans are a civil matter; you will not go to jail, but please repay in the App."
		],
		"fail": [
			"【钱站】再不还就等着坐 牢吧。",
			"【钱站】您已涉嫌恶意骗贷，将被追究刑事责任。",
			"【钱站】明天警方会把你带走。",
			"【钱站】我們已向公安報案。",
			"【钱站】再不还款就等着坐lao吧。",
			"【Qianzhan】Final notice: an arrest warrant is pending."
		]
	}
};
var no_debt_info_to_third_party_default = {
	kind: "pattern",
	severity: "error",
	category: "third_party",
	target: "output",
	title: {
		"zh": "不得向第三方透露他人债务",
		"en": "No debt information about someone else"
	},
	message: {
		"zh": "“{match}”向收信人透露他人的债务或要求其代为催还",
		"en": "“{match}” discloses someone else's debt to the recipient or asks them to chase or pay it"
	},
	basis: [
		{
			"source": "中国互联网金融协会《互联网金融逾期债务催收自律公约（试行）》",
			"article": "第14条、第18条",
			"note": "联系人仅用于恢复联系；不得向债务人以外的人透露债务信息（V2）"
		},
		{
			"source": "中国银行业协会《金融机构个人消费类贷款催收工作指引（试行）》",
			"note": "无关第三人仅可转达联系请求，不得透露债务人金融信息（V2）"
		},
		{
			"source": "《民法典》",
			"article": "第1038条",
			"note": "不得泄露或向他人提供个人信息（V1）"
		}
	],
	params: { "patterns": [
		"(?:你|您)的(?:朋友|好友|同事|亲戚|亲属|家人|同学|儿子|女儿|孩子|丈夫|妻子|老公|老婆|爱人|配偶|父亲|母亲|爸爸|妈妈|弟弟|哥哥|姐姐|妹妹|兄弟|姐妹|领导|下属|员工|室友|邻居|侄子|侄女|外甥|外甥女|叔叔|阿姨|舅舅|姑姑|伯伯|婶婶|岳父|岳母|公公|婆婆|儿媳|女婿|爷爷|奶奶|外公|外婆|孙子|孙女|表哥|表姐|表弟|表妹|堂哥|堂姐|堂弟|堂妹)(?:[\\p{Script=Han}a-z]{1,4})?(?:在(?:我司|我们|本平台|平台|本公司)\\p{Script=Han}{0,4}?)?(?:的)?(?:借款|欠款|欠钱|欠债|贷款|借的钱|欠的钱)?(?:已经?|仍|至今)?(?:逾期|未还|不还|拖欠|没还|失联|逃避|跑路|躲债|赖账|玩消失|联系不上|欠(?:我司|我们|本平台|平台|本公司))",
		"(?:请|麻烦|烦请|务必)?(?:您|你)?(?:转告|督促|提醒|通知|告诉|劝|叫|让)(?:一下)?(?:他|她|其|他们|她们|ta)(?:尽快|马上|立即|赶紧|及时|速)?(?:(?!不|没|别)\\p{Script=Han}){0,6}?(?:还款|还钱|还清|还了|还上|处理欠款|归还|结清|回电|联系我司|联系我们)",
		"(?:请|麻烦|烦请|需要|需|要求|应|应当|务必|必须)(?:您|你)?(?:来|先|帮忙|帮)?(?:代(?:为|他|她|其)|替(?:他|她|其|ta)|帮(?:他|她|其|ta))(?:偿还|还款|还钱|还清|归还|清偿|处理)",
		"(?:是|作为)\\p{Script=Han}{1,4}的(?:紧急)?联系人|(?:将|把)(?:您|你)(?:列为|填为|填成|登记为)(?:紧急)?联系人",
		"(?<!(?:不会|不得(?!不)|绝不|决不|从不|从未|从来不|未曾|不再|不接受|不支持|不允许|不提供|不收取|无需|不需要|请勿|切勿|勿|严禁|禁止|谨防|警惕|防范|提防|拒绝|冒充|假冒|冒用|谎称|声称|宣称|号称|自称|未授权|未委托|请不要|千万不要|不要把|不要将|任何要求|凡是要求|凡要求)将?[^就将便则那否]{0,12})(?:督促|提醒|转告|劝劝?|告诉|通知|叫|让|催催?)(?:一下)?(?:您|你)的?(?:家人|家属|家里人|全家|父母|爸妈|爸爸|妈妈|父亲|母亲|配偶|老婆|老公|媳妇|妻子|丈夫|爱人|表哥|表姐|表弟|表妹|堂哥|堂姐|堂弟|堂妹|侄子|侄女|外甥|外甥女|叔叔|阿姨|舅舅|姑姑|伯伯|婶婶|岳父|岳母|公公|婆婆|儿媳|女婿|爷爷|奶奶|外公|外婆|孙子|孙女|前夫|前妻|子女|孩子|儿子|女儿|兄弟|姐妹|哥哥|姐姐|弟弟|妹妹|亲戚|亲属|亲人|亲友|朋友|好友|同学|同事|领导|上司|老板|单位|室友|舍友|房东|邻居|女朋友|男朋友|女友|男友|前男友|前女友)\\p{Script=Han}{0,4}?(?:尽快|马上|立即|赶紧|及时|速|把钱|把欠款)?\\p{Script=Han}{0,4}?(?:偿还|还款|还钱|还清|还上|归还|结清|处理欠款|处理债务|把钱还)",
		"(?<!(?:保证|担保)[^就将便则那否]{0,16})(?<!(?:不会|不得(?!不)|绝不|决不|从不|从未|从来不|未曾|不再|不接受|不支持|不允许|不提供|不收取|无需|不需要|请勿|切勿|勿|严禁|禁止|谨防|警惕|防范|提防|拒绝|冒充|假冒|冒用|谎称|声称|宣称|号称|自称|未授权|未委托|请不要|千万不要|不要把|不要将|任何要求|凡是要求|凡要求)将?[^就将便则那否]{0,12})(?<!可|可以|有权)(?:替|帮|代)(?:他|她|其|ta)(?:偿还|垫付|垫还|清偿|还款|还钱|还清|还上|还掉|还一下|还了|还债|还欠款|还这笔|把钱还)",
		"(?:填写|预留|留下?|登记|填|写)(?:了)?(?:您|你)(?:的(?:电话|号码|手机号?))?(?:为|作为|做|是)(?:其|他|她)?的?(?:紧急)?联系人(?=.{0,24}?(?:逾期|欠款|欠费|欠债|未还|拖欠|借款|贷款|还款|账单))",
		"(?:您|你)(?:的)?(?:通讯录|联系人|手机通讯录|好友列表|微信好友|好友|家人|朋友|同事|亲戚)(?:里|中|当中)?的?\\p{Script=Han}{1,4}?(?:在(?:我们|我司|本平台|平台|本公司)(?:这里|这边|处)?)(?:有|还有|尚有)?(?:一笔|多笔|笔)?(?:欠款|借款|欠债|贷款|逾期)",
		"(?<!(?:not|never|no|n't|won't)\\s(?:[a-z]+\\s){0,3})(?<![a-z])your\\s(?:friend|colleague|co-?worker|relative|brother|sister|son|daughter|father|mother|dad|mum|mom|husband|wife|cousin|roommate|flatmate|neighbou?r|boss|employee)\\s(?:[a-z]+\\s){0,3}(?:owes|is\\s(?:\\d+\\sdays\\s)?overdue|has\\snot\\s(?:paid|repaid)|hasn't\\s(?:paid|repaid)|defaulted|borrowed|is\\sin\\sdebt)",
		"(?<!(?:not|never|no|n't|won't)\\s(?:[a-z]+\\s){0,3})(?<![a-z])(?:tell|remind|ask|urge|get)\\s(?:him|her|them)\\sto\\s(?:repay|pay|settle|call\\sus)(?![a-z])",
		"(?<!(?:不会|不得(?!不)|绝不|决不|从不|从未|从来不|未曾|不再|不接受|不支持|不允许|不提供|不收取|无需|不需要|请勿|切勿|勿|严禁|禁止|谨防|警惕|防范|提防|拒绝|冒充|假冒|冒用|谎称|声称|宣称|号称|自称|未授权|未委托|请不要|千万不要|不要把|不要将|任何要求|凡是要求|凡要求)将?[^就将便则那否]{0,12})(?:你|您)的?(?:家人|家属|家里人|父母|爸妈|爸爸|妈妈|父亲|母亲|配偶|老婆|老公|媳妇|妻子|丈夫|爱人|前夫|前妻|子女|孩子|儿子|女儿|兄弟|姐妹|哥哥|姐姐|弟弟|妹妹|表哥|表姐|表弟|表妹|堂哥|堂姐|堂弟|堂妹|侄子|侄女|外甥|外甥女|叔叔|阿姨|舅舅|姑姑|伯伯|婶婶|岳父|岳母|公公|婆婆|儿媳|女婿|爷爷|奶奶|外公|外婆|孙子|孙女|亲戚|亲属|亲人|朋友|好友|同学|同事|领导|老板|下属|员工|室友|舍友|邻居|女朋友|男朋友|女友|男友)[\\p{Script=Han}a-z]{0,4}?在(?:我司|我们|本平台|平台|本公司|我们平台|我行|本行)(?:这里|这边|处)?(?:的)?\\p{Script=Han}{0,8}?(?:逾期|没还|未还|不还|拖欠|欠款|欠了|欠钱|欠债|失联)"
	] },
	examples: {
		"pass": [
			"【钱站】张先生您好，您在钱站的借款已逾期7天，应还10000.00元，请尽快通过钱站APP还款。如已还款请忽略，客服400-000-1234。",
			"【钱站】您好，如您的紧急联系人信息有变化，请在钱站APP中更新。",
			"【钱站】您好，我们不会向您的家人透露任何借款信息。",
			"【钱站】您好，如您已委托家人代为还款，请确认还款已到账。",
			"【钱站】请您本人尽快还款，我们不会联系您的家人。"
		],
		"fail": [
			"【钱站】您好，您的朋友李四在我司借款已逾期，请转告他尽快还款。",
			"【钱站】您是王某的紧急联系人，他欠款不还，请您代为偿还。",
			"【钱站】您的同 事张某欠款未还，麻烦督促其还款。",
			"【钱站】麻烦您提醒一下她把欠款还了。",
			"【钱站】麻烦您督促一下您的表妹尽快还款。",
			"Your brother Li owes us ¥3,000, please remind him to pay."
		]
	}
};
var no_discriminatory_language_default = {
	kind: "pattern",
	severity: "error",
	category: "insult",
	target: "output",
	title: {
		"zh": "禁止歧视性用语",
		"en": "No discriminatory language"
	},
	message: {
		"zh": "“{match}”包含地域、民族、性别或残障歧视",
		"en": "“{match}” is a regional, ethnic, gender or disability slur"
	},
	basis: [
		{
			"source": "中国互联网金融协会《互联网金融逾期债务催收自律公约（试行）》",
			"article": "第16条",
			"note": "文明用语，禁止恐吓、威胁、辱骂及违背公序良俗（V2）"
		},
		{
			"source": "《消费者权益保护法》",
			"article": "第14条",
			"note": "人格尊严、个人信息受尊重和保护（V1）"
		},
		{
			"source": "合规设计推定",
			"note": "资料未直接规定，属设计选择，需合规复核（I）"
		}
	],
	params: { "patterns": ["(?:河南|东北|新疆|安徽|江西|农村|外地|山东|湖南|广西|福建|温州|潮汕|少数民族|回族|维族|藏族|乡下|山里|农民)(?:人|佬|的|来的)?(?:都|就|全|果然|就是|都是|本来就)(?:是)?(?:骗子|老赖|赖账|不还钱|没素质|垃圾|小偷|贼|穷鬼|穷|没文化|不讲信用|没信用)", "(?:你)?一个(?:女的|女人|娘们|男的)|在外面(?:乱来|乱搞|养人|鬼混)|乱搞|鬼混|不三不四|不正经|乡巴佬|土包子|外地佬|北佬|南蛮|蛮子|鞑子|回子|黑鬼|刁民|穷山恶水|盲流|残废|瘸子|瞎子|聋子|哑巴|弱智|智障|傻子|神经病|精神病|娘们|娘炮|臭婊子|老娘们|女人就是|女流之辈|小三|剩女|老处女|死基佬|基佬"] },
	examples: {
		"pass": ["【钱站】张先生您好，您在钱站的借款已逾期7天，应还10000.00元，请尽快通过钱站APP还款。如已还款请忽略，客服400-000-1234。", "【钱站】阿依古丽女士您好，您的借款已逾期，请在钱站APP还款。"],
		"fail": ["【钱站】你们外地人都是骗子，欠钱不还。", "【钱站】你这个乡 巴 佬赶紧还钱。"]
	}
};
var no_extra_collection_fees_default = {
	kind: "pattern",
	severity: "error",
	category: "fees_inducement",
	target: "output",
	title: {
		"zh": "禁止以催收名义收取额外费用",
		"en": "No extra collection fees"
	},
	message: {
		"zh": "“{match}”以催收名义收取或宣称额外费用",
		"en": "“{match}” charges or claims extra collection fees"
	},
	basis: [
		{
			"source": "中国互联网金融协会《互联网金融逾期债务催收自律公约（试行）》",
			"article": "第19条",
			"note": "机构指定还款渠道，不得以催收名义收取额外费用（V2）"
		},
		{
			"source": "中国互联网金融协会《互联网金融逾期债务催收自律公约（试行）》",
			"note": "超过法定上限的资金成本不得催收（V2，中新网报道）"
		},
		{
			"source": "中国银行业协会《金融机构个人消费类贷款催收工作指引（试行）》（2026）",
			"note": "按内容引用：禁止以催收名义收取额外费用（V2）"
		},
		{
			"source": "《民法典》",
			"article": "第680条",
			"note": "禁止高利放贷（V1）"
		}
	],
	params: {
		"patterns": [
			"(?<!(?:不会|不得(?!不)|绝不|决不|从不|从未|从来不|未曾|不再|不接受|不支持|不允许|不提供|不收取|无需|不需要|请勿|切勿|勿|严禁|禁止|谨防|警惕|防范|提防|拒绝|冒充|假冒|冒用|谎称|声称|宣称|号称|自称|未授权|未委托|请不要|千万不要|不要把|不要将|任何要求|凡是要求|凡要求)将?[^就将便则那否]{0,20})(?:催收费|催收服务费|外访费|上门费|差旅费|律师费|诉讼费(?!用?(?:可能|将|会)?(?:依法)?(?:以|按|依|由法院|由败诉))|保全费|执行费|仲裁费|调解费|处理费|结案费|销案费|撤案费|撤诉费|消档费|消除记录费|征信修复费|修复征信|洗白征信|通道费|工本费|罚款|罚金|违约罚金)",
			"(?<!(?:不会|不得(?!不)|绝不|决不|从不|从未|从来不|未曾|不再|不接受|不支持|不允许|不提供|不收取|无需|不需要|请勿|切勿|勿|严禁|禁止|谨防|警惕|防范|提防|拒绝|冒充|假冒|冒用|谎称|声称|宣称|号称|自称|未授权|未委托|请不要|千万不要|不要把|不要将|任何要求|凡是要求|凡要求)将?[^就将便则那否]{0,20})(?:违约金|滞纳金|利息|罚息|费用|欠款|债务|金额|本息|欠的钱)(?:(?!可能|如|若)\\p{Script=Han}){0,6}?(?:翻倍|加倍|翻番|翻一番|双倍|三倍|暴涨|成倍)",
			"(?<!(?:不会|不得(?!不)|绝不|决不|从不|从未|从来不|未曾|不再|不接受|不支持|不允许|不提供|不收取|无需|不需要|请勿|切勿|勿|严禁|禁止|谨防|警惕|防范|提防|拒绝|冒充|假冒|冒用|谎称|声称|宣称|号称|自称|未授权|未委托|请不要|千万不要|不要把|不要将|任何要求|凡是要求|凡要求)将?[^就将便则那否]{0,20})(?:保证金|押金|解冻费|审核费|验证费|激活费|(?:先|预先|提前)(?:支付|缴纳|交纳|交|转)\\d+|\\p{Script=Han}{0,2}(?:处置|违约处置|清收|委外|外包|外访|上门|加急|结案|销账|调解|催收|催缴|逾期管理|逾期服务|逾期处理|逾期手续|违约处理|违约管理|催告)费|利滚利|驴打滚|(?:每天|每日|天天|每月)(?:都)?(?:在)?(?:翻倍|加倍|翻番)|另(?:外)?(?:加收|收取|计收)|每天(?:另|再|额外)(?:加收|收取|收))",
			"(?<!(?:不会|不得(?!不)|绝不|决不|从不|从未|从来不|未曾|不再|不接受|不支持|不允许|不提供|不收取|无需|不需要|请勿|切勿|勿|严禁|禁止|谨防|警惕|防范|提防|拒绝|冒充|假冒|冒用|谎称|声称|宣称|号称|自称|未授权|未委托|请不要|千万不要|不要把|不要将|任何要求|凡是要求|凡要求)将?[^就将便则那否]{0,20})(?:额外|另行|另外|加收|追加|再收)(?:收取|支付|缴纳|承担|交纳|交)|(?:一切|所有|全部|产生的)(?:的)?(?:费用|开支|成本)(?:均|都|全部)?由(?:你|您|你们|您们)(?:自己|本人)?(?:承担|负担|支付|负责)",
			"(?<!(?:不会|不得(?!不)|绝不|决不|从不|从未|从来不|未曾|不再|不接受|不支持|不允许|不提供|不收取|无需|不需要|请勿|切勿|勿|严禁|禁止|谨防|警惕|防范|提防|拒绝|冒充|假冒|冒用|谎称|声称|宣称|号称|自称|未授权|未委托|请不要|千万不要|不要把|不要将|任何要求|凡是要求|凡要求)将?[^就将便则那否]{0,20})(?:支付|缴纳|交纳|交|付|收取|另收|加收|需付|需交)(?:\\d+元)?的?(?:手续费|服务费|处理费|办理费|加急费)",
			"(?<!(?:not|never|no|n't|won't)\\s(?:[a-z]+\\s){0,3})(?<![a-z])(?:lawyer'?s?|legal|attorney'?s?|visit(?:ing)?|home\\svisit|field\\svisit|collection|recovery|outsourc(?:ed|ing)|overdue\\smanagement)\\s(?:fees?|charges?|costs?)(?![a-z])"
		],
		"allow": ["不收取手续费", "不收取服务费"]
	},
	examples: {
		"pass": [
			"【钱站】张先生您好，您在钱站的借款已逾期7天，应还10000.00元，请尽快通过钱站APP还款。如已还款请忽略，客服400-000-1234。",
			"【钱站】钱站不会以任何名义向您收取额外费用，提前还款无手续费。",
			"【钱站】若仍未还款，我司将依法通过诉讼途径主张权利，诉讼费用可能依法由败诉方承担。",
			"【钱站】任何声称可以洗白征信的都是诈骗。"
		],
		"fail": [
			"【钱站】明日起外访费、律师费由您承担。",
			"【钱站】今日不还违约金翻 倍。",
			"【钱站】另需支付催收服務費500元。",
			"【钱站】A collection fee of ¥300 applies."
		]
	}
};
var no_fake_legal_documents_default = {
	kind: "pattern",
	severity: "error",
	category: "impersonation",
	target: "output",
	title: {
		"zh": "禁止出现或伪造法律文书",
		"en": "No (fake) legal documents"
	},
	message: {
		"zh": "“{match}”涉及传票、律师函、立案通知等法律文书或案号",
		"en": "“{match}” refers to a summons, lawyer’s letter, case notice or case number"
	},
	basis: [
		{
			"source": "《刑法》",
			"article": "第280条",
			"note": "伪造国家机关公文、印章（V1）"
		},
		{
			"source": "中国银行业协会《金融机构个人消费类贷款催收工作指引（试行）》（2026）",
			"note": "按内容引用：禁止在公共场所张贴催收通知或律师函，禁止散布他人隐私（V2）"
		},
		{
			"source": "FDCPA § 1692e（美国，对比参考）",
			"note": "禁止虚假陈述、冒充政府或律师、虚构逮捕或扣押（V2）"
		},
		{
			"source": "催收质检违规话术清单（翼龙贷“软暴力”清单等）",
			"note": "冒充公检法律师、伪造传票律师函、爆通讯录、坐牢拘留恐吓（V2，行业实践）"
		}
	],
	params: { "patterns": [
		"(?<!(?:不会|不得(?!不)|绝不|决不|从不|从未|从来不|未曾|不再|不接受|不支持|不允许|不提供|不收取|无需|不需要|请勿|切勿|勿|严禁|禁止|谨防|警惕|防范|提防|拒绝|冒充|假冒|冒用|谎称|声称|宣称|号称|自称|未授权|未委托|请不要|千万不要|不要把|不要将|任何要求|凡是要求|凡要求)将?[^就将便则那否]{0,12})(?:传票|拘传|逮捕令|逮捕证|拘留通知|拘留证|搜查令|通缉令|立案(?:通知|告知|决定)书?|受理(?:通知|案件通知)书|起诉(?:书|状)|判决书|裁定书|裁决书|调解书|执行(?:通知书?|裁定书?|令)|财产申报令|律师函|律师信|律师声明|协查(?:函|通知|通报)|公函|法律文书|司法文书|法院文书|法律告知函|催告函|催收函|告知函|警告函|应诉通知|开庭通知|出庭通知|传唤(?:通知|证)|冻结(?:通知|令)|查封令|限期履行通知)",
		"\\(?20\\d{2}\\)?[\\p{Script=Han}\\d]{0,6}(?:民|刑|执|破|行|仲)(?:初|终|保|恢|特|字|裁|调)?(?:第)?\\d+号",
		"(?:案件|案|立案|诉讼|仲裁)(?:编号|号)[:：]?\\s?[a-z0-9-]{4,}"
	] },
	examples: {
		"pass": ["【钱站】张先生您好，您在钱站的借款已逾期7天，应还10000.00元，请尽快通过钱站APP还款。如已还款请忽略，客服400-000-1234。", "【钱站】如需结清证明，可在钱站APP申请电子版。"],
		"fail": [
			"【钱站】您的传票已寄出，请注意签收。",
			"【钱站】律 师 函 已发送至您户籍所在地。",
			"【钱站】(2024)京0105民初12345号案件已受理。"
		]
	}
};
var no_family_or_social_consequences_default = {
	kind: "pattern",
	severity: "error",
	category: "false_consequence",
	target: "output",
	title: {
		"zh": "禁止宣称影响子女上学、考公、家人工作",
		"en": "No claims about children’s schooling or relatives’ jobs"
	},
	message: {
		"zh": "“{match}”虚构对家人、子女或工作的影响",
		"en": "“{match}” invents consequences for family, children or work"
	},
	basis: [
		{
			"source": "催收合规实践清单（ddtianqi 等质检清单）",
			"note": "子女上学、考公、黑名单等恐吓属违规话术（V2，行业实践）"
		},
		{
			"source": "FDCPA § 1692e（美国，对比参考）",
			"note": "禁止虚假陈述、冒充政府或律师、虚构逮捕或扣押（V2）"
		},
		{
			"source": "合规设计推定",
			"note": "资料未直接规定，属设计选择，需合规复核（I）"
		}
	],
	params: { "patterns": [
		"(?<!(?:不会|不得(?!不)|绝不|决不|从不|从未|从来不|未曾|不再|不接受|不支持|不允许|不提供|不收取|无需|不需要|请勿|切勿|勿|严禁|禁止|谨防|警惕|防范|提防|拒绝|冒充|假冒|冒用|谎称|声称|宣称|号称|自称|未授权|未委托|请不要|千万不要|不要把|不要将|任何要求|凡是要求|凡要求)将?[^就将便则那否]{0,12})(?:影响|连累|耽误|毁了|毁掉|断送|牵连|株连|殃及|波及|拖累|祸及|害了)(?:到)?(?:你|您|你们|您们)?的?(?:子女|孩子|家里人|家里|儿子|女儿|小孩|后代|下一代|家人|全家|亲属|直系亲属|家属|亲戚|配偶|父母|老人|家庭|子孙|前途|工作|饭碗|婚姻|名声|声誉|事业|升职|晋升|前程|政审|考公|考编|入党|参军|入伍|出国|签证)",
		"(?:子女|孩子|儿女|儿子|女儿|小孩|后代|下一代|子孙)(?:的)?\\p{Script=Han}{0,12}?(?:报考|就读|入读|重点学校|好学校|军校|考研|出国|留学|上学|入学|升学|读书|念书|高考|考学|考大学|考公|考编|公务员|事业编|参军|当兵|入伍|政审|入党|就业|前途|上好学校)",
		"(?:家人|亲属|配偶|父母|亲戚|家属)(?:的)?(?:工作|饭碗|政审|升职|晋升|前途)(?:会|将|也)?(?:受|被)?(?:影响|牵连|连累|不保)",
		"(?:家人|家属|担保人|配偶|父母|亲友|朋友|联系人|他|她|他们|她们|全家)(?:人)?的?(?:征信|信用)(?:也|都)?(?:会|将)?(?:受到|受|被)?(?:牵连|影响|连累|拖累)",
		"(?:你|您|你们|您们)(?:的)?(?:工作|饭碗|职位|前途|事业|婚姻)(?:也|都)?(?:会|将|就)?(?:受到|受|被)?(?:影响|不保|丢掉|丢了|毁了|完蛋|保不住)|丢(?:掉|了)?(?:工作|饭碗)|被(?:单位|公司)(?:开除|辞退)|株连|连坐|全家(?:遭殃|倒霉|受累)",
		"父债子(?:还|偿)|子债父(?:还|偿)|(?:算|记)(?:在|到)(?:你|您)?的?(?:父母|家人|家里人|孩子|子女|爸妈|家里|老婆|老公|配偶)(?:头上|身上)|(?:联系人|紧急联系人|父母|家人|亲属|朋友|同事|配偶|子女|做父母的|家里人|你们|您们)\\p{Script=Han}{0,6}?(?:承担|负|背)(?:连带|代偿|代还)(?:责任|义务)?",
		"(?<!(?:not|never|no|n't|won't)\\s(?:[a-z]+\\s){0,3})(?<![a-z])(?:kids|children|child|son|daughter|family)(?:'s|’s|')?\\s(?:[a-z'’]+\\s){0,3}?(?:can'?t|cannot|won'?t|will\\snot|unable\\sto|never|be\\s(?:barred|banned|rejected|refused|denied|affected)|lose)\\s(?:[a-z'’]+\\s){0,3}?(?:government|civil\\sservice|public\\sservice|military|university|school|college)(?![a-z])"
	] },
	examples: {
		"pass": ["【钱站】张先生您好，您在钱站的借款已逾期7天，应还10000.00元，请尽快通过钱站APP还款。如已还款请忽略，客服400-000-1234。", "【钱站】如因失业等原因暂时无法还款，可在钱站APP申请协商还款方案。"],
		"fail": [
			"【钱站】再拖下去会影响你孩子上学和考公。",
			"【钱站】您的工作也会受到影响，别连累家人。",
			"【钱站】子女將來政審受影響。",
			"【钱站】你欠的钱最后会算在你父母头上，父债子还。",
			"【钱站】您的孩子将因您逾期无法就读重点学校。"
		]
	}
};
var no_full_card_or_account_number_default = {
	kind: "pii",
	severity: "error",
	category: "privacy",
	target: "output",
	title: {
		"zh": "禁止完整银行卡号",
		"en": "No full bank-card number"
	},
	message: {
		"zh": "出现完整银行卡号“{match}”，只能显示尾号4位",
		"en": "Full card number “{match}”; show the last 4 digits only"
	},
	basis: [{
		"source": "《个人信息保护法》",
		"article": "第28条",
		"note": "金融账户属于敏感个人信息（V1）"
	}, {
		"source": "《个人信息保护法》",
		"article": "第51条第（三）项",
		"note": "加密、去标识化等安全技术措施（V1）"
	}],
	suggest: "尾号",
	params: { "kinds": ["bank_card"] },
	examples: {
		"pass": ["【钱站】张先生您好，您在钱站的借款已逾期7天，应还10000.00元，请尽快通过钱站APP还款。如已还款请忽略，客服400-000-1234。", "【钱站】您尾号1234的银行卡扣款失败，请在钱站APP还款。"],
		"fail": ["【钱站】您的银行卡6217000000000001234扣款失败。", "【钱站】还款卡 6217 0000 0000 0001 234 余额不足。"]
	}
};
var no_full_id_number_default = {
	kind: "pii",
	severity: "error",
	category: "privacy",
	target: "output",
	title: {
		"zh": "禁止完整身份证号",
		"en": "No full ID number"
	},
	message: {
		"zh": "出现完整身份证号“{match}”，只能显示脱敏形式",
		"en": "Full ID number “{match}”; show a masked form only"
	},
	basis: [
		{
			"source": "《民法典》",
			"article": "第1034条",
			"note": "身份证件号码、电话号码、住址等属于个人信息（V1）"
		},
		{
			"source": "《个人信息保护法》",
			"article": "第6条",
			"note": "最小必要（V1）"
		},
		{
			"source": "《个人信息保护法》",
			"article": "第51条第（三）项",
			"note": "加密、去标识化等安全技术措施（V1）"
		}
	],
	params: { "kinds": ["cn_id"] },
	examples: {
		"pass": ["【钱站】张先生您好，您在钱站的借款已逾期7天，应还10000.00元，请尽快通过钱站APP还款。如已还款请忽略，客服400-000-1234。", "【钱站】身份证110101********0118名下借款已逾期。"],
		"fail": ["【钱站】身份证110101199003070118名下借款已逾期。", "【钱站】证件号：１１０１０１１９９００３０７０１１８。"]
	}
};
var no_harassment_threat_default = {
	kind: "pattern",
	severity: "error",
	category: "threat",
	target: "output",
	title: {
		"zh": "禁止以持续骚扰相威胁",
		"en": "No threats of harassment"
	},
	message: {
		"zh": "“{match}”以持续骚扰相威胁",
		"en": "“{match}” threatens ongoing harassment"
	},
	basis: [
		{
			"source": "《治安管理处罚法》（2012年文本）",
			"article": "第42条第（五）项",
			"note": "多次发送侮辱、恐吓或其他信息干扰他人正常生活（V1；2025年修订后条号未核实）"
		},
		{
			"source": "《民法典》",
			"article": "第1033条第（一）项",
			"note": "不得以电话、短信等方式侵扰他人私人生活安宁（V1）"
		},
		{
			"source": "中国互联网金融协会《互联网金融逾期债务催收自律公约（试行）》",
			"article": "第17条",
			"note": "适当时间催收，不得频繁骚扰（V2）"
		},
		{
			"source": "两高两部《关于办理实施“软暴力”的刑事案件若干问题的意见》（2019）",
			"note": "按内容引用：滋扰、纠缠、哄闹、聚众造势，揭发隐私、贴报喷字、通过信息网络实施等（V2）"
		}
	],
	params: { "patterns": [
		"(?:天天|每天|24小时|全天|日夜|不停|轮番|持续|一直|随时)(?:给你|对你|找你|给您|对您)?(?:打电话|打爆|电话轰炸|轰炸|骚扰|催|上门|找你|找您|发短信)",
		"每(?:日|天)(?:都)?(?:联系|致电|打|拨打|发送|发|催)\\p{Script=Han}{0,3}?(?:\\d+|[二两三四五六七八九十])(?:\\s?(?:至|到|-|~)\\s?(?:\\d+|[二两三四五六七八九十]))?(?:次|遍|通|条)|直(?:至|到)(?:你|您)(?:还款|还清|还钱|结清|处理|还上)(?:为止)?|每隔(?:\\d+|[一两三四五半])(?:个)?(?:小时|分钟)|(?:每|一)(?:个)?(?:小时|分钟)(?:一次|一条|一通|一个)|呼死你|电话轰炸|短信轰炸|轰炸你|打爆你|打爆(?:你|您)的?电话",
		"让(?:你|您)(?:不得安宁|睡不着|睡不好|寝食难安|生活不下去|没法生活|没好日子过?|鸡犬不宁|天天不得安生|永无宁日)|鸡犬不宁|不得安宁|永无宁日"
	] },
	examples: {
		"pass": ["【钱站】张先生您好，您在钱站的借款已逾期7天，应还10000.00元，请尽快通过钱站APP还款。如已还款请忽略，客服400-000-1234。", "【钱站】我们会在合理时间联系您本人，您也可随时致电客服。"],
		"fail": ["【钱站】不还款就让你天天不得安宁。", "【钱站】从今天起每天给你打电话，直到你还清为止。"]
	}
};
var no_inducing_new_borrowing_default = {
	kind: "pattern",
	severity: "error",
	category: "fees_inducement",
	target: "output",
	title: {
		"zh": "禁止诱导借新还旧、借钱还款",
		"en": "No inducing new borrowing to repay"
	},
	message: {
		"zh": "“{match}”诱导或逼迫借款、套现还款",
		"en": "“{match}” induces or pushes new borrowing or cash-out to repay"
	},
	basis: [{
		"source": "中国银行业协会《金融机构个人消费类贷款催收工作指引（试行）》（2026）",
		"note": "按内容引用：禁止诱导或逼迫债务人借新还旧、通过非法渠道筹款（V2）"
	}],
	params: { "patterns": [
		"借(?:钱|款|点钱|点)?(?:来|去)还|借(?:钱|点钱|些钱|笔钱)(?:也要|也得|都要|都得|先)?还|借(?:一笔|一点|点|些|笔)(?:钱|款)?(?:先|来|去)?(?:把|将)?.{0,8}?还(?:了|上|清|掉)",
		"(?<!(?:不会|不得(?!不)|绝不|决不|从不|从未|从来不|未曾|不再|不接受|不支持|不允许|不提供|不收取|无需|不需要|请勿|切勿|勿|严禁|禁止|谨防|警惕|防范|提防|拒绝|冒充|假冒|冒用|谎称|声称|宣称|号称|自称|未授权|未委托|请不要|千万不要|不要把|不要将|任何要求|凡是要求|凡要求)将?[^就将便则那否]{0,12})(?:找|向|跟|问|求|让)(?:你|您|你们|您们)?的?(?:朋友|亲戚|亲友|家人|父母|爸妈|同事|同学|兄弟|姐妹|老婆|老公|身边的人|别人|其他人|任何人)(?:(?!透露|告知|说明|披露|联系)\\p{Script=Han}){0,6}?(?:先)?(?:借(?!款)|凑|周转|拆借|拿钱|要钱|要点|要些)",
		"(?<!(?:不会|不得(?!不)|绝不|决不|从不|从未|从来不|未曾|不再|不接受|不支持|不允许|不提供|不收取|无需|不需要|请勿|切勿|勿|严禁|禁止|谨防|警惕|防范|提防|拒绝|冒充|假冒|冒用|谎称|声称|宣称|号称|自称|未授权|未委托|请不要|千万不要|不要把|不要将|任何要求|凡是要求|凡要求)将?[^就将便则那否]{0,12})(?:去|从|到|在|找|用|靠)(?:其他|别的|其它|另外的?|任何|各大|各个)(?:网贷|贷款|借贷|借款|小贷|金融|平台|app|渠道|机构|口子|公司)+(?:上)?(?:先)?(?:借|贷|周转|套|申请|下款|拆借)",
		"(?<!(?:不会|不得(?!不)|绝不|决不|从不|从未|从来不|未曾|不再|不接受|不支持|不允许|不提供|不收取|无需|不需要|请勿|切勿|勿|严禁|禁止|谨防|警惕|防范|提防|拒绝|冒充|假冒|冒用|谎称|声称|宣称|号称|自称|未授权|未委托|请不要|千万不要|不要把|不要将|任何要求|凡是要求|凡要求)将?[^就将便则那否]{0,12})(?:去|找|上|在|用|靠|申请|借)(?:个|点|些|几个)?(?:网贷|小贷|高利贷|民间借贷)",
		"(?:用|从|去|找|拿|在|通过|开通|靠)(?:花呗|借呗|微粒贷|白条|金条|网商贷|美团借钱|信用卡)\\p{Script=Han}{0,8}?(?:筹|借|套|周转|资金|取现)|(?:办|申请|开|弄)(?:张|个|一张|几张)?(?:信用卡|网贷|贷款)|刷出来|套出来|代偿|代还|垫还|放款\\p{Script=Han}{0,6}?(?:偿还|还款|还清)|(?:新|再)(?:借|贷)一笔|(?:拿去|拿出去)(?:当|卖|典当|抵押)|(?:车|车子|房子|房|首饰|东西|家当)\\p{Script=Han}{0,2}?(?:卖了|卖掉|抵押了|当了)|当掉|以贷养贷|借新还旧|拆东墙补西墙|拆东补西|套现|刷卡还|撸口子|下款快|口子|高利贷|(?:用|开通|借|从|去|找|拿)(?:借呗|花呗|微粒贷|白条|京东金条|信用卡)(?:借|套|取现|还|刷)?(?=.{0,6}还)|信用卡(?:套现|取现)",
		"(?:想办法|自己想办法|四处)(?:去)?(?:借|凑|筹)(?:钱|款)?|砸锅卖铁|东拼西凑|(?:卖|卖掉|抵押|典当|变卖)(?:你|您)?的?(?:房|车|手机|东西|首饰|器官|肾|血)|卖肾|卖血|凑(?:钱|齐|够)",
		"(?<!(?:不会|不得(?!不)|绝不|决不|从不|从未|从来不|未曾|不再|不接受|不支持|不允许|不提供|不收取|无需|不需要|请勿|切勿|勿|严禁|禁止|谨防|警惕|防范|提防|拒绝|冒充|假冒|冒用|谎称|声称|宣称|号称|自称|未授权|未委托|请不要|千万不要|不要把|不要将|任何要求|凡是要求|凡要求)将?[^就将便则那否]{0,12})(?:申请|借|贷|办|下)(?:一笔|笔|个|一个)?新(?:的)?(?:贷款|借款|网贷|额度)(?=.{0,16}?(?:还上|还清|还掉|还我们|还钱|把\\p{Script=Han}{0,6}还|周转))",
		"(?<!(?:不会|不得(?!不)|绝不|决不|从不|从未|从来不|未曾|不再|不接受|不支持|不允许|不提供|不收取|无需|不需要|请勿|切勿|勿|严禁|禁止|谨防|警惕|防范|提防|拒绝|冒充|假冒|冒用|谎称|声称|宣称|号称|自称|未授权|未委托|请不要|千万不要|不要把|不要将|任何要求|凡是要求|凡要求)将?[^就将便则那否]{0,12})(?:先|就)?把(?:我们|我司|咱们)(?:这笔|这边|这里|这头)\\p{Script=Han}{0,2}?还(?:上|了|清|掉)",
		"(?<!(?:not|never|no|n't|won't)\\s(?:[a-z]+\\s){0,3})(?<![a-z])(?:take\\s(?:out\\s)?(?:a\\s|another\\s)?(?:new\\s)?loan|borrow\\s(?:money\\s)?from\\s(?:friends|family|relatives|another|other)|use\\s(?:a\\s|your\\s)?credit\\scard\\sto\\s(?:pay|repay))(?![a-z])"
	] },
	examples: {
		"pass": [
			"【钱站】张先生您好，您在钱站的借款已逾期7天，应还10000.00元，请尽快通过钱站APP还款。如已还款请忽略，客服400-000-1234。",
			"【钱站】如暂时还款困难，可在钱站APP申请协商还款方案，请勿通过其他借贷还款。",
			"【京东金条】您的借款已逾期，逾期将按合同约定收取罚息，详情请查看APP账单页面。如已还款请忽略。"
		],
		"fail": [
			"【钱站】没钱就找你 亲 戚借，今天必须还。",
			"【钱站】可以先去其他平台借点周转，把这笔结清。",
			"【钱站】信用卡套現也要還上。",
			"【钱站】去别家申请个新额度，先把我们这边还清。"
		]
	}
};
var no_insults_default = {
	kind: "pattern",
	severity: "error",
	category: "insult",
	target: "output",
	title: {
		"zh": "禁止侮辱性称呼",
		"en": "No insults"
	},
	message: {
		"zh": "包含侮辱性用语“{match}”",
		"en": "Insulting wording “{match}”"
	},
	basis: [
		{
			"source": "《民法典》",
			"article": "第1024条",
			"note": "不得以侮辱、诽谤等方式侵害名誉权（V1）"
		},
		{
			"source": "《治安管理处罚法》（2012年文本）",
			"article": "第42条第（二）项",
			"note": "公然侮辱他人或捏造事实诽谤他人（V1；2025年修订后条号未核实）"
		},
		{
			"source": "《刑法》",
			"article": "第246条",
			"note": "侮辱、诽谤（V1）"
		},
		{
			"source": "中国互联网金融协会《互联网金融逾期债务催收自律公约（试行）》",
			"article": "第16条",
			"note": "文明用语，禁止恐吓、威胁、辱骂及违背公序良俗（V2）"
		},
		{
			"source": "中国银行业协会《金融机构个人消费类贷款催收工作指引（试行）》（2026）",
			"note": "按内容引用：禁止恐吓、辱骂、欺诈、威胁、暴力、涉黑手段（V2，条号未核实）"
		},
		{
			"source": "FDCPA § 1692d（美国，对比参考）",
			"note": "禁止辱骂、公布欠债人名单（V2）"
		}
	],
	suggest: "您",
	params: {
		"patterns": [
			"(?:活得|做人|混得)(?:真|可真|太|这么|那么)?(?:失败|窝囊|可悲|可怜|差劲)|赖着不还|(?:怎么|如何|还怎么)(?:在社会上)?(?:立足|做人|见人|抬头)|装(?:什么|个)?(?:死|聋|哑|傻|糊涂|可怜)|欠钱的|欠债的|借钱不还的|赖账的|死赖|德行|一家子都|浪费空气|浪费粮食|活着(?:就是|干什么|有什么用)|老赖|老癞|老lai|赖皮|赖账鬼|赖子|无赖|泼皮|大骗子|骗子|人渣|败类|畜生|畜牲|禽兽|不要脸|臭不要脸|死皮赖脸|厚脸皮|脸皮(?:真|太|这么)?厚|没脸没皮|废物|去死|该死|死全家|全家死|死了算了|怎么不去死|贱人|犯贱|下贱|贱骨头|狗东西|狗娘|狗日|狗杂种|王八蛋|王八|龟孙|龟儿子|缩头乌龟|混蛋|混账|傻逼|傻b|傻x|傻叉|煞笔|沙比|脑残|白痴|蠢货|蠢猪|猪脑子|猪狗不如|禽兽不如|狼心狗肺|丧尽天良|良心(?:被狗吃|喂狗|让狗吃)|没良心|丧良心|黑心|下三滥|烂人|渣滓|杂种|野种|婊子|妈的|他妈|你妈|尼玛|操你|草你|卧槽|狗屎|寄生虫|蛀虫|废柴|窝囊废|穷鬼|穷逼|叫花子|要饭的|无耻|可耻之徒|恶心|下流|不是人|不配做人|不配为人|枉为人|还是人吗|是人吗|算什么东西|什么东西|什么玩意|货色|装孙子|装死|装聋作哑|人模狗样|垃圾(?!短信|邮件|信息|电话|分类)",
			"连[\\p{Script=Han}]{0,6}?都不如|不如(?:狗|猪|畜生)|滚(?:蛋|出去|开|犊子|远点|远|吧|粗)|(?:给|快)(?:我|老子)?滚|老子|你大爷|(?:你|您)(?:这种|这样的|这个|这号)(?:人|货|东西|玩意|德行)",
			"(?<![a-z])(?:sb|tmd|nmsl|cnm|nmb|mlgb|l[\\s\\p{P}]?a[\\s\\p{P}]?o[\\s\\p{P}]?l[\\s\\p{P}]?a[\\s\\p{P}]?i|lao[\\s\\p{P}]?赖|老[\\s\\p{P}]?lai|fuck)(?![a-z])",
			"劳赖|捞赖|佬赖|老濑|老徕|烙赖|(?<![a-z])(?:lai[\\s\\p{P}]?(?:pi|皮|zhang|账)|fei[\\s\\p{P}]?(?:wu|物)|废[\\s\\p{P}]?wu|pian[\\s\\p{P}]?(?:zi|子)|骗[\\s\\p{P}]?zi|ren[\\s\\p{P}]?(?:zha|渣)|人[\\s\\p{P}]?zha|sha[\\s\\p{P}]?(?:bi|b|逼|比)|傻[\\s\\p{P}]?(?:bi|b|x)|hun[\\s\\p{P}]?dan|混[\\s\\p{P}]?dan|bu[\\s\\p{P}]?yao[\\s\\p{P}]?(?:lian|脸)|不要[\\s\\p{P}]?(?:lian|face))(?![a-z])",
			"(?<!(?:not|never|no|n't|won't)\\s(?:[a-z]+\\s){0,3})(?<![a-z])(?:deadbeats?|liars?|scum(?:bag)?|losers?|idiots?|morons?|stupid|shameless|worthless|parasites?|leech(?:es)?|bastards?|bitch(?:es)?|pathetic|disgusting|low-?life)(?![a-z])"
		],
		"allow": [
			"谨防骗子",
			"警惕骗子",
			"防范骗子",
			"小心骗子",
			"骗子冒充"
		]
	},
	examples: {
		"pass": ["【钱站】张先生您好，您在钱站的借款已逾期7天，应还10000.00元，请尽快通过钱站APP还款。如已还款请忽略，客服400-000-1234。", "【钱站】谨防骗子冒充钱站客服，还款请认准钱站APP。"],
		"fail": [
			"【钱站】张三你这个老*赖，欠钱不还。",
			"【钱站】臭不要脸的骗 子，赶紧还钱。",
			"【钱站】你這種人渣怎麼還不去死。",
			"【钱站】你就是个l a o l a i。",
			"【钱站】你这个pian子。",
			"【钱站】You are a worthless deadbeat."
		]
	}
};
var no_labelled_id_or_account_number_default = {
	kind: "pattern",
	severity: "error",
	category: "privacy",
	target: "output",
	title: {
		"zh": "禁止完整证件号/账号",
		"en": "No full ID or account numbers"
	},
	message: {
		"zh": "“{match}”展示了完整证件号或账号，只能显示尾号",
		"en": "“{match}” shows a full ID or account number; last digits only"
	},
	basis: [
		{
			"source": "《民法典》",
			"article": "第1034条",
			"note": "身份证件号码、电话号码、住址等属于个人信息（V1）"
		},
		{
			"source": "《个人信息保护法》",
			"article": "第28条",
			"note": "金融账户属于敏感个人信息（V1）"
		},
		{
			"source": "《个人信息保护法》",
			"article": "第51条第（三）项",
			"note": "加密、去标识化等安全技术措施（V1）"
		}
	],
	params: { "patterns": [
		"(?:身份证|证件|身份)(?:号码|号)?(?:为|是)?[:：]?\\s?\\d{15,17}[\\dx]",
		"(?:卡号|账号|账户|银行卡|收款账户)(?:为|是)?[:：]?\\s?\\d{10,19}(?!\\d)",
		"(?<![\\d*-])\\d{4}[ -]?\\d{4}[ -]?\\d{4}[ -]?\\d{4}(?:\\d{1,3})?(?![\\d*])"
	] },
	examples: {
		"pass": ["【钱站】张先生您好，您在钱站的借款已逾期7天，应还10000.00元，请尽快通过钱站APP还款。如已还款请忽略，客服400-000-1234。", "【钱站】您尾号1234的卡扣款失败，身份证110101********0118。"],
		"fail": ["【钱站】收款账户：622202123456789012。", "【钱站】您的身份证号 110101199003070999 已登记。"]
	}
};
var no_lawyer_or_legal_dept_claims_default = {
	kind: "terms",
	severity: "warning",
	category: "impersonation",
	target: "output",
	title: {
		"zh": "律师、法务字样须复核真实性",
		"en": "Lawyer or legal-department mentions need attestation"
	},
	message: {
		"zh": "“{match}”须提交真实委托证明，真实律师函不应通过模板群发",
		"en": "“{match}” needs proof of a real mandate; real lawyer letters are not mass templates"
	},
	basis: [
		{
			"source": "《治安管理处罚法》（2012年文本）",
			"article": "第51条",
			"note": "冒充国家机关工作人员或以其他虚假身份招摇撞骗（V1；2025年修订后条号未核实）"
		},
		{
			"source": "FDCPA § 1692e（美国，对比参考）",
			"note": "禁止虚假陈述、冒充政府或律师、虚构逮捕或扣押（V2）"
		},
		{
			"source": "催收冒充法务评论（chengmianhao.com）",
			"note": "催收人员冒充法务、律师施压（V2）"
		}
	],
	params: { "terms": [
		"律师",
		"律所",
		"法务",
		"法律顾问",
		"诉讼专员",
		"法催",
		"法诉"
	] },
	examples: {
		"pass": ["【钱站】张先生您好，您在钱站的借款已逾期7天，应还10000.00元，请尽快通过钱站APP还款。如已还款请忽略，客服400-000-1234。", "【钱站】张先生您好，您的借款已逾期30天，应还10000元。如仍未还款，我们可能依法通过诉讼等途径主张权利，请尽快在钱站APP还款。"],
		"fail": ["【钱站】您的账户已转法务跟进，请尽快还款。", "【钱站】本案由王律师负责，请配合。"]
	}
};
var no_legal_sender_claims_default = {
	kind: "pattern",
	severity: "error",
	category: "impersonation",
	target: "output",
	title: {
		"zh": "禁止虚构法务、律所、调解或处置机构身份",
		"en": "No fake legal, law-firm, mediation or \"disposal centre\" sender"
	},
	message: {
		"zh": "“{match}”以法务、律所、司法/调解/处置中心等身份施压",
		"en": "“{match}” poses as a legal department, law firm or judicial-sounding centre"
	},
	basis: [
		{
			"source": "《治安管理处罚法》（2012年文本）",
			"article": "第51条",
			"note": "冒充国家机关工作人员或以其他虚假身份招摇撞骗（V1；2025年修订后条号未核实）"
		},
		{
			"source": "《刑法》",
			"article": "第279条",
			"note": "冒充国家机关工作人员招摇撞骗，冒充人民警察从重（V1）"
		},
		{
			"source": "FDCPA § 1692e（美国，对比参考）",
			"note": "禁止虚假陈述、冒充政府或律师、虚构逮捕或扣押（V2）"
		},
		{
			"source": "催收冒充法务评论（chengmianhao.com）",
			"note": "催收人员冒充法务、律师施压（V2）"
		}
	],
	params: { "patterns": [
		"(?<!(?:约定|协议|合同|条款|争议解决)[^就将便则那否]{0,12})(?<!(?:不会|不得(?!不)|绝不|决不|从不|从未|从来不|未曾|不再|不接受|不支持|不允许|不提供|不收取|无需|不需要|请勿|切勿|勿|严禁|禁止|谨防|警惕|防范|提防|拒绝|冒充|假冒|冒用|谎称|声称|宣称|号称|自称|未授权|未委托|请不要|千万不要|不要把|不要将|任何要求|凡是要求|凡要求)将?[^就将便则那否]{0,12})(?:司法(?:中心|援助中心|鉴定中心|调解中心|服务中心|处置中心)|调解(?:中心|委员会|办公室)|仲裁(?:中心|委员会|委)|(?:债务|资产|风险|案件|不良资产|逾期)(?:处置|清收|保全)(?:中心|部|部门|组)|执行(?:中心|部|组)|诉讼(?:部|组|中心|专员)|特别(?:催收|处置|行动)(?:组|部|小组)|专案组|处置(?:中心|部|部门|组)|清收(?:中心|部|组)|法务部(?!门?(?:核实|核查|答复|回复|审核|评估))|法务中心|律师事务所|律所|法务专员|律师团队)",
		"(?:法务|法务部|法务部门|法务中心|法务专员|法务组|律师事务所|律所|律师团队|律师团|律师|风控法务)(?:已|已经|将|将会|即将|正式|现|特此|郑重|依法)?(?:通知|提醒|告知|函告|发函|受理|介入|接手|接管|立案|起诉|出具|发出|寄出|准备|启动|跟进)",
		"(?<!(?:您|你|如|若|如果)(?:已经?|可以?|有权|自行|愿意)?)(?:移交|转交|转入|交由|转到|转给|委托)(?:到|至|给)?(?:我司|公司|平台)?(?:的)?(?:法务|律师|律所|律师事务所|诉讼)(?!部门?(?:核实|核查|答复|回复|审核|评估))",
		"^【(?:(?!如|若|您|你|请|可)[^【】]){0,6}?(?:法务|律师|律所|司法|调解|仲裁|法院|公安|警方|检察|执行局|执行中心|处置中心|清收|诉讼部|诉讼中心)"
	] },
	examples: {
		"pass": ["【钱站】张先生您好，您在钱站的借款已逾期7天，应还10000.00元，请尽快通过钱站APP还款。如已还款请忽略，客服400-000-1234。", "【钱站】张先生您好，您的借款已逾期30天，应还10000元。如仍未还款，我们可能依法通过诉讼等途径主张权利，请尽快在钱站APP还款。"],
		"fail": [
			"【钱站】钱站法务部通知：您的借款已逾期，请于今日处理。",
			"【钱站】您的欠款已移交律师事务所，律师将发函至您单位。",
			"【钱站】全国债务处置中心提醒您尽快结清。",
			"【法務中心】張先生，請盡快還款。"
		]
	}
};
var no_litigation_status_claims_default = {
	kind: "pattern",
	severity: "error",
	category: "false_consequence",
	target: "output",
	title: {
		"zh": "禁止宣称已立案、已起诉或即将执行",
		"en": "No claims of filed suits or imminent enforcement"
	},
	message: {
		"zh": "“{match}”宣称诉讼或执行状态；模板只能使用“可能依法通过诉讼等途径主张权利”等条件式表述",
		"en": "“{match}” asserts a litigation or enforcement status; templates may only use conditional wording"
	},
	basis: [
		{
			"source": "GB/T 45251-2025《互联网金融 个人网络消费信贷 贷后催收风控指引》",
			"note": "按内容引用：禁止威胁恐吓、虚构法律后果等虚假陈述（V2，条号未核实）"
		},
		{
			"source": "中国银行业协会《金融机构个人消费类贷款催收工作指引（试行）》（2026）",
			"note": "按内容引用：禁止恐吓、辱骂、欺诈、威胁、暴力、涉黑手段（V2，条号未核实）"
		},
		{
			"source": "FDCPA § 1692e（美国，对比参考）",
			"note": "禁止虚假陈述、冒充政府或律师、虚构逮捕或扣押（V2）"
		}
	],
	suggest: "可能依法通过诉讼等途径主张权利",
	params: { "patterns": [
		"(?:已|已经|现已|目前已|今日已|均已|已被|已正式|正式)(?:于(?:今日|今天|近日|昨日|本周|\\d+月\\d+日))?(?:被)?(?:向法院|向当地法院|依法)?(?:立案|起诉|提起诉讼|提起仲裁|申请仲裁|申请执行|申请强制执行|申请冻结|申请保全|申请财产保全|申请查封|移交(?:当地|属地|有关|相关|辖区)?(?:法院|司法|诉讼|法务|司法机关)|提交(?:法院|司法|仲裁)|进入(?:司法|诉讼|执行|仲裁|审判|法律|起诉|立案)(?:程序|阶段|流程)|排期开庭|开庭|判决|胜诉|下达判决|裁决|备案|上诉)",
		"(?:即将|马上|将被|将要|将会被|会被|立即|准备|正在|随时|明天|近期|今日|择日|已启动|启动)(?:被)?(?:依法|司法)?(?:起诉|立案|开庭|判决|宣判|强制执行|冻结|查封|扣押|拍卖|划扣|传唤|提起诉讼|移交法院|申请执行|进入(?:司法|诉讼|执行)(?:程序|阶段))",
		"(?<!可能(?:会)?(?:依法)?|避免|以免|防止|免于)被(?:依法)?(?:起诉|立案|告上法庭|强制执行|传唤|判决|列为被告|司法冻结|冻结)",
		"(?<!可能(?:会)?(?:依法)?)(?:转入|进入|启动|移交|走)(?:司法|诉讼|起诉|仲裁|审判|执行)(?:程序|流程|阶段)",
		"(?<!可能(?:会)?(?:依法)?(?:向法院)?)(?:起诉|告)(?:你|您)|把(?:你|您)告上|(?:去|到)法院(?:告|起诉)|告上法庭",
		"(?<!可能(?:会)?(?:依法)?)(?:提交|移交|递交|送交|转交)(?:给|到|至)?(?:当地|有关|相关)?法院|法院判(?:下来|了)|判下来|诉前(?:调解|程序|阶段|通知|保全)|立案前|到庭|出庭|应诉|庭审|开庭(?:日期|时间|通知)|(?<!可能(?:会)?(?:依法)?)申请(?:财产)?(?:保全|拍卖|查封|冻结|扣押|强制执行)",
		"(?:起诉|诉讼|立案|仲裁)(?:材料|资料|文书|手续|程序|流程)(?:已|已经|正在)?(?:准备|提交|递交|寄出|完成|齐全|启动|走完|办好)",
		"(?<!可能(?:会)?(?:被)?(?:依法)?)(?:诉至|告到|起诉到|送上|送进|拉上)法(?:院|庭)|法(?:庭|院)(?:上)?见|(?:坐|站)(?:上)?被告席|成为被告|当被告",
		"(?:案件|案子|你的案|您的案|此案|本案)(?:今日|今天|现|目前|于今日)?(?:已|已经|将|正在|即将)?(?:签发|受理|审理|立案|移交|排期|开庭|判决|进入|生效)|(?:法院|仲裁委|本院|仲裁庭)(?:已|已经)?(?:正式)?受理",
		"撤案|销案|撤诉|(?:已|已经|正式|今日)签发|网上立案|诉讼保全"
	] },
	examples: {
		"pass": [
			"【钱站】张先生您好，您在钱站的借款已逾期7天，应还10000.00元，请尽快通过钱站APP还款。如已还款请忽略，客服400-000-1234。",
			"【钱站】张先生您好，您的借款已逾期30天，应还10000元。如仍未还款，我们可能依法通过诉讼等途径主张权利，请尽快在钱站APP还款。",
			"【钱站】您的协商申请已受理，结果将通过短信通知。"
		],
		"fail": [
			"【钱站】您的案件已正式立案，请等待开庭。",
			"【钱站】起诉材料已准备完毕，即将提起诉讼。",
			"【钱站】你已被起 诉，法庭上见。",
			"【钱站】您的帳戶即將被強制執行。",
			"【钱站】您的案件今日已签发，如需撤案请尽快联系。",
			"【钱站】本案已于今日移交属地法务团队处理。"
		]
	}
};
var no_marketing_in_collection_default = {
	kind: "pattern",
	severity: "error",
	category: "marketing",
	target: "output",
	title: {
		"zh": "催收短信不得夹带营销",
		"en": "No marketing in collection messages"
	},
	message: {
		"zh": "“{match}”属于营销内容，催收模板不得夹带",
		"en": "“{match}” is marketing; collection templates may not carry it"
	},
	basis: [
		{
			"source": "《通信短信息服务管理规定》（工业和信息化部令第31号）",
			"note": "按内容引用：发送端口不得虚假；商业性短信须经同意并提供退订方式（V2）"
		},
		{
			"source": "《消费者权益保护法》",
			"article": "第29条",
			"note": "未经同意或请求不得发送商业性信息（V1）"
		},
		{
			"source": "《广告法》",
			"article": "第43条",
			"note": "电子信息广告须经同意并提供拒绝继续接收的方式（V1）"
		}
	],
	params: { "patterns": ["提额|额度(?:提升|提高|已提高|升级|翻倍|上调|恢复|更高|高达|最高)|(?:新|更高|更多|专属|临时|更大)额度|再借|再贷|复借|(?<!继)续借|秒到账|秒批|秒下款|极速放款|闪电放款|优惠券|免息券|减息券|利息券|提额券|红包|礼包|抽奖|中奖|邀请好友|推荐好友|立即申请|马上申请|立即借款|立即领取|点击领取|免费领|限时|特惠|新人福利|专属福利|返现|返利|低至|最高可借|(?:还|仍|即|再)可借|借款更(?:便捷|方便)", "(?:还款后|结清后|还清后|按时还款).{0,8}(?:恢复额度|提升额度|获得额度|可享|即可再借|即可借|领取)"] },
	examples: {
		"pass": [
			"【钱站】张先生您好，您在钱站的借款已逾期7天，应还10000.00元，请尽快通过钱站APP还款。如已还款请忽略，客服400-000-1234。",
			"【钱站】按时还款有助于保持良好的信用记录。",
			"【钱站】若长期不处理，您的账户将无法继续借款。"
		],
		"fail": [
			"【钱站】结清本期后立即恢复额度，更有提额机会！",
			"【钱站】您有一张免息券待领取，还款后最高可借20万。",
			"【钱站】限時特惠，再借享優惠。"
		]
	}
};
var no_private_account_repayment_default = {
	kind: "pattern",
	severity: "error",
	category: "policy",
	target: "output",
	title: {
		"zh": "禁止要求向个人账户还款",
		"en": "No repayment to personal accounts"
	},
	message: {
		"zh": "“{match}”引导向个人账户或收款码付款，只能通过官方渠道还款",
		"en": "“{match}” asks for payment to a personal account or QR code; official channels only"
	},
	basis: [
		{
			"source": "中国互联网金融协会《互联网金融逾期债务催收自律公约（试行）》",
			"article": "第19条",
			"note": "机构指定还款渠道，不得以催收名义收取额外费用（V2）"
		},
		{
			"source": "《商业银行信用卡业务监督管理办法》",
			"article": "第69条",
			"note": "催收函须载明欠款余额、查询/还款/异议渠道及发卡机构联系方式（V2，类推适用）"
		},
		{
			"source": "《个人信息保护法》",
			"article": "第28条",
			"note": "金融账户属于敏感个人信息（V1）"
		}
	],
	suggest: "请通过官方APP还款",
	params: { "patterns": [
		"(?<!(?:不会|不得(?!不)|绝不|决不|从不|从未|从来不|未曾|不再|不接受|不支持|不允许|不提供|不收取|无需|不需要|请勿|切勿|勿|严禁|禁止|谨防|警惕|防范|提防|拒绝|冒充|假冒|冒用|谎称|声称|宣称|号称|自称|未授权|未委托|请不要|千万不要|不要把|不要将|任何要求|凡是要求|凡要求)将?[^就将便则那否]{0,12})(?:转账|打款|汇款|转钱|打钱|付款|还款|还钱|转|打|汇|存)(?:到|至|给|进|入)(?:我|本人|个人|私人|对私|专员|经理|以下|下面|下列|指定|此|这个|该|如下)的?(?:个人|私人)?(?:账户|账号|卡|银行卡|卡号|支付宝|微信|收款码|二维码|户头)",
		"(?<!(?:不会|不得(?!不)|绝不|决不|从不|从未|从来不|未曾|不再|不接受|不支持|不允许|不提供|不收取|无需|不需要|请勿|切勿|勿|严禁|禁止|谨防|警惕|防范|提防|拒绝|冒充|假冒|冒用|谎称|声称|宣称|号称|自称|未授权|未委托|请不要|千万不要|不要把|不要将|任何要求|凡是要求|凡要求)将?[^就将便则那否]{0,12})(?:个人|私人|对私|专员|经理|催收员|审核专员)的?(?:账户|账号|银行卡|收款|户头|支付宝|微信)",
		"(?<!(?:不会|不得(?!不)|绝不|决不|从不|从未|从来不|未曾|不再|不接受|不支持|不允许|不提供|不收取|无需|不需要|请勿|切勿|勿|严禁|禁止|谨防|警惕|防范|提防|拒绝|冒充|假冒|冒用|谎称|声称|宣称|号称|自称|未授权|未委托|请不要|千万不要|不要把|不要将|任何要求|凡是要求|凡要求)将?[^就将便则那否]{0,12})(?:扫码(?:还款|支付|转账|付款)|收款码|收款二维码|线下(?:还款|转账|交钱|付款)|现金(?:还款|交付))",
		"(?<!(?:不会|不得(?!不)|绝不|决不|从不|从未|从来不|未曾|不再|不接受|不支持|不允许|不提供|不收取|无需|不需要|请勿|切勿|勿|严禁|禁止|谨防|警惕|防范|提防|拒绝|冒充|假冒|冒用|谎称|声称|宣称|号称|自称|未授权|未委托|请不要|千万不要|不要把|不要将|任何要求|凡是要求|凡要求)将?[^就将便则那否]{0,12})(?:转给我|打给我|还给我|转我|还到我)",
		"临时(?:收款)?(?:账户|账号|卡)|(?:户名|收款人)(?:为|是)?[:：]?\\s?\\p{Script=Han}{2,3}(?!\\p{Script=Han}{0,12}(?:公司|银行|中心|机构|集团))"
	] },
	examples: {
		"pass": [
			"【钱站】张先生您好，您在钱站的借款已逾期7天，应还10000.00元，请尽快通过钱站APP还款。如已还款请忽略，客服400-000-1234。",
			"【钱站】钱站不会要求您向任何个人账户转账，请仅通过钱站APP还款。",
			"【钱站】任何要求您转账至个人账户的都是诈骗，请认准钱站APP。"
		],
		"fail": [
			"【钱站】今天把10000元转账到专员个人账户6217000000000001234即可结清。",
			"【钱站】扫码还款，收款码已发您手机。",
			"【钱站】请将欠款打 到 以下卡号：王某 中国银行。"
		]
	}
};
var no_private_im_contact_default = {
	kind: "pattern",
	severity: "error",
	category: "policy",
	target: "output",
	title: {
		"zh": "禁止引导私人微信/QQ联系",
		"en": "No private WeChat/QQ contact"
	},
	message: {
		"zh": "“{match}”引导通过私人即时通讯联系，只能使用官方渠道",
		"en": "“{match}” points to private instant messaging; use official channels only"
	},
	basis: [{
		"source": "中国互联网金融协会《互联网金融逾期债务催收自律公约（试行）》",
		"article": "第19条",
		"note": "机构指定还款渠道，不得以催收名义收取额外费用（V2）"
	}, {
		"source": "短信平台内容规范（华为云、阿里云）",
		"note": "拒绝威胁暴力内容及QQ/微信等私人联系方式（P）"
	}],
	params: { "patterns": [
		"(?<!(?:不会|不得(?!不)|绝不|决不|从不|从未|从来不|未曾|不再|不接受|不支持|不允许|不提供|不收取|无需|不需要|请勿|切勿|勿|严禁|禁止|谨防|警惕|防范|提防|拒绝|冒充|假冒|冒用|谎称|声称|宣称|号称|自称|未授权|未委托|请不要|千万不要|不要把|不要将|任何要求|凡是要求|凡要求)将?[^就将便则那否]{0,12})(?<!官方)加(?:我|本人|专员|客服|经理|主管|老师|对接人)?的?(?:个人|私人)?\\s?(?:微信|v\\s?信|vx|wx|威信|薇信|徽信|微心|qq|扣扣|企业微信|企微|钉钉|飞机|telegram|whatsapp|好友)",
		"(?<!(?:不会|不得(?!不)|绝不|决不|从不|从未|从来不|未曾|不再|不接受|不支持|不允许|不提供|不收取|无需|不需要|请勿|切勿|勿|严禁|禁止|谨防|警惕|防范|提防|拒绝|冒充|假冒|冒用|谎称|声称|宣称|号称|自称|未授权|未委托|请不要|千万不要|不要把|不要将|任何要求|凡是要求|凡要求)将?[^就将便则那否]{0,12})(?:添加|加一下|通过|搜索)(?:我|本人|专员|经理)的?(?:微信|qq|vx|好友)",
		"(?:微信|vx|v信|wx)(?:号|账号|id)?[:：]?\\s?[a-z][a-z0-9_-]{5,}",
		"(?:qq|扣扣)(?:号)?[:：]?\\s?\\d{5,}",
		"(?<!(?:不会|不得(?!不)|绝不|决不|从不|从未|从来不|未曾|不再|不接受|不支持|不允许|不提供|不收取|无需|不需要|请勿|切勿|勿|严禁|禁止|谨防|警惕|防范|提防|拒绝|冒充|假冒|冒用|谎称|声称|宣称|号称|自称|未授权|未委托|请不要|千万不要|不要把|不要将|任何要求|凡是要求|凡要求)将?[^就将便则那否]{0,12})(?:私聊|私信我|私下(?:沟通|处理|解决|联系|协商|还款|转账|和解))"
	] },
	examples: {
		"pass": ["【钱站】张先生您好，您在钱站的借款已逾期7天，应还10000.00元，请尽快通过钱站APP还款。如已还款请忽略，客服400-000-1234。", "【钱站】您也可关注“钱站”官方微信公众号查询账单，请勿添加任何个人微信还款。"],
		"fail": [
			"【钱站】逾期未还，速加专员微信qz_wang888私下协商处理。",
			"【钱站】欠款处理请加扣扣：123456789。",
			"【钱站】加我 V 信，给你申请减免。"
		]
	}
};
var no_public_exposure_default = {
	kind: "pattern",
	severity: "error",
	category: "third_party",
	target: "output",
	title: {
		"zh": "禁止以曝光、公示相威胁",
		"en": "No threats of public exposure"
	},
	message: {
		"zh": "“{match}”以曝光、公示或网络公开相威胁",
		"en": "“{match}” threatens public exposure"
	},
	basis: [
		{
			"source": "中国银行业协会《金融机构个人消费类贷款催收工作指引（试行）》（2026）",
			"note": "按内容引用：禁止在公共场所张贴催收通知或律师函，禁止散布他人隐私（V2）"
		},
		{
			"source": "《个人信息保护法》",
			"article": "第25条",
			"note": "未经单独同意不得公开个人信息（V1）"
		},
		{
			"source": "两高两部《关于办理实施“软暴力”的刑事案件若干问题的意见》（2019）",
			"note": "按内容引用：滋扰、纠缠、哄闹、聚众造势，揭发隐私、贴报喷字、通过信息网络实施等（V2）"
		},
		{
			"source": "《治安管理处罚法》（2012年文本）",
			"article": "第42条第（二）项",
			"note": "公然侮辱他人或捏造事实诽谤他人（V1；2025年修订后条号未核实）"
		},
		{
			"source": "《治安管理处罚法》（2012年文本）",
			"article": "第42条第（六）项",
			"note": "散布他人隐私（V1；2025年修订后条号未核实）"
		},
		{
			"source": "FDCPA § 1692d（美国，对比参考）",
			"note": "禁止辱骂、公布欠债人名单（V2）"
		}
	],
	params: { "patterns": [
		"(?:业主群|家族群|同学群|朋友圈|微信群|工作群|村群|小区|村里|群里|公告栏|网上)\\p{Script=Han}{0,3}?(?:发布|张贴|公布|曝光|公示|通报|发了|贴了|挂了)",
		"(?<!(?:不会|不得(?!不)|绝不|决不|从不|从未|从来不|未曾|不再|不接受|不支持|不允许|不提供|不收取|无需|不需要|请勿|切勿|勿|严禁|禁止|谨防|警惕|防范|提防|拒绝|冒充|假冒|冒用|谎称|声称|宣称|号称|自称|未授权|未委托|请不要|千万不要|不要把|不要将|任何要求|凡是要求|凡要求)将?[^就将便则那否]{0,12})(?:公告墙|曝光墙|公示墙|红黑榜|上新闻|上电视|上报纸|(?:让|叫)(?:你|您)\\p{Script=Han}{0,6}?出名|(?:被|遭)公开|贴满|贴到|贴在|喷漆|喷字|刷漆|寻人启事|寻人公告|(?<!(?:诈骗|骗局|骗子|反诈|防诈|防骗|案例|不法分子|不法|违规|违法|黑产)\\p{Script=Han}{0,4})曝光|公之于众|大字报|拉横幅|挂横幅|横幅|悬赏|通缉令|上热搜|登报|喇叭|公告栏|游街|张贴|朋友圈|海报)",
		"(?<!(?:不会|不得(?!不)|绝不|决不|从不|从未|从来不|未曾|不再|不接受|不支持|不允许|不提供|不收取|无需|不需要|请勿|切勿|勿|严禁|禁止|谨防|警惕|防范|提防|拒绝|冒充|假冒|冒用|谎称|声称|宣称|号称|自称|未授权|未委托|请不要|千万不要|不要把|不要将|任何要求|凡是要求|凡要求)将?[^就将便则那否]{0,12})(?:公示|公开|张贴|发布|公布|散布|传播|挂出|贴出|晒出?)(?:你|您|你们|您们)?的?(?:个人)?(?:信息|照片|相片|头像|身份|身份证|欠款|欠债|债务|逾期|失信|资料|名字|姓名|丑事|隐私|公告|通告|告示|催收单)",
		"(?<!(?:不会|不得(?!不)|绝不|决不|从不|从未|从来不|未曾|不再|不接受|不支持|不允许|不提供|不收取|无需|不需要|请勿|切勿|勿|严禁|禁止|谨防|警惕|防范|提防|拒绝|冒充|假冒|冒用|谎称|声称|宣称|号称|自称|未授权|未委托|请不要|千万不要|不要把|不要将|任何要求|凡是要求|凡要求)将?[^就将便则那否]{0,12})(?:发|挂|贴|传|公布|公示|曝|晒|放|登)(?:到|在|至|上)?(?:你|您|你们|您们)?的?(?:网上|网络|互联网|朋友圈|微博|抖音|快手|贴吧|论坛|群里|微信群|业主群|家族群|同学群|工作群|公司群|村群|村里|小区|单位门口|公司门口|家门口|公告栏|电视台|报纸|媒体)",
		"(?:在|到)(?:你|您|你们|您们)?的?(?:朋友圈|微信群|家族群|业主群|同学群|村里|小区|公司|单位|老家|学校|媒体|网上|网络)(?:门口|里|群里)?(?:发布|张贴|公布|曝光|公示|通报|宣传|广播)",
		"(?:对|将)(?:你|您|你们|您们)(?:的?(?:信息|情况|欠款|逾期情况))?(?:进行)?(?:公开)?(?:公示|曝光|通报|公开)|(?:特此|予以|进行|公开|对外|全网|网上|张贴)(?:公示|通报)|公示名单|曝光名单|(?<!(?:诈骗|骗局|骗子|反诈|防诈|防骗|案例|不法分子|不法|违规|违法|黑产)\\p{Script=Han}{0,4})曝光台|失信公告|全网(?:通报|曝光|公示|公开|发布)"
	] },
	examples: {
		"pass": ["【钱站】张先生您好，您在钱站的借款已逾期7天，应还10000.00元，请尽快通过钱站APP还款。如已还款请忽略，客服400-000-1234。", "【钱站】您的个人信息受法律保护，我们不会公开您的任何信息。"],
		"fail": [
			"【钱站】三天内不还，将在您老家村里张贴欠款公告并发到家族群。",
			"【钱站】再拖就把你的照片发 朋 友 圈 曝 光。",
			"【钱站】逾期名單將全網公示。"
		]
	}
};
var no_sensitive_details_default = {
	kind: "pattern",
	severity: "warning",
	category: "privacy",
	target: "output",
	title: {
		"zh": "避免敏感或无关信息",
		"en": "Avoid sensitive or unrelated details"
	},
	message: {
		"zh": "“{match}”涉及敏感或与催收无关的个人信息",
		"en": "“{match}” touches sensitive or unrelated personal data"
	},
	basis: [{
		"source": "《个人信息保护法》",
		"article": "第6条",
		"note": "最小必要（V1）"
	}, {
		"source": "《个人信息保护法》",
		"article": "第28条",
		"note": "金融账户属于敏感个人信息（V1）"
	}],
	params: { "patterns": ["住院|病历|病情|疾病|怀孕|流产|离婚|婚外|出轨|借款用途|消费记录|交易明细|流水|网赌|赌博|赌债|吸毒|嫖娼|性病|艾滋|精神病史|宗教信仰|政治面貌"] },
	examples: {
		"pass": ["【钱站】张先生您好，您在钱站的借款已逾期7天，应还10000.00元，请尽快通过钱站APP还款。如已还款请忽略，客服400-000-1234。", "【钱站】如有特殊困难可申请协商还款方案。"],
		"fail": ["【钱站】我们已查到您的消费记录，全是网赌。", "【钱站】您借款用途不明，请还款。"]
	}
};
var no_shaming_moralising_default = {
	kind: "pattern",
	severity: "error",
	category: "insult",
	target: "output",
	title: {
		"zh": "禁止羞辱、道德审判",
		"en": "No shaming or moral judgement"
	},
	message: {
		"zh": "“{match}”属于羞辱或道德审判式措辞",
		"en": "“{match}” shames or passes moral judgement"
	},
	basis: [
		{
			"source": "中国互联网金融协会《互联网金融逾期债务催收自律公约（试行）》",
			"article": "第16条",
			"note": "文明用语，禁止恐吓、威胁、辱骂及违背公序良俗（V2）"
		},
		{
			"source": "《民法典》",
			"article": "第1024条",
			"note": "不得以侮辱、诽谤等方式侵害名誉权（V1）"
		},
		{
			"source": "《治安管理处罚法》（2012年文本）",
			"article": "第42条第（二）项",
			"note": "公然侮辱他人或捏造事实诽谤他人（V1；2025年修订后条号未核实）"
		},
		{
			"source": "《消费者权益保护法》",
			"article": "第14条",
			"note": "人格尊严、个人信息受尊重和保护（V1）"
		}
	],
	params: { "patterns": [
		"丢人现眼|丢人|指指点点|戳(?:你的?)?脊梁骨|被人(?:笑话|看不起|议论|嘲笑|唾弃|指点)|让人(?:笑话|看不起|唾弃)|看不起|丢脸|丢尽|(?:全家|家人|祖宗|父母|子女|孩子|祖上|八辈子|先人|列祖列宗)(?:都|也)?(?:为你|因你|跟着你|被你)?(?:蒙羞|脸上无光|抬不起头|丢脸|丢人|没脸|跟着丢脸|感到羞耻|感到丢脸)|蒙羞|抬不起头|无地自容|颜面扫地|脸面(?:何在|丢尽)|还有脸|有何脸面",
		"(?<!(?:不会|不得(?!不)|绝不|决不|从不|从未|从来不|未曾|不再|不接受|不支持|不允许|不提供|不收取|无需|不需要|请勿|切勿|勿|严禁|禁止|谨防|警惕|防范|提防|拒绝|冒充|假冒|冒用|谎称|声称|宣称|号称|自称|未授权|未委托|请不要|千万不要|不要把|不要将|任何要求|凡是要求|凡要求)将?[^就将便则那否]{0,12})(?:没有?|毫无|不讲|不守|丧失|缺乏|不顾)(?:一点|半点|任何)?(?:诚信|信用|信誉|人品|底线|道德|廉耻|羞耻心)(?!卡|社|贷|额|评|记录|报告)|人品(?:差|有问题|低劣|太差|堪忧|极差|败坏)|品行(?:恶劣|不端|低劣)|社会的?败类|败坏(?:家风|门风)|失信之人|言而无信|出尔反尔|背信弃义|(?:你|您)(?:就是个|就是|这种|这样的?)(?:失信|不守信|不讲信用|没信用)",
		"名声(?:扫地|臭了|败坏|全毁)|身败名裂|声名狼藉|臭名昭著|(?:丢|丢了)(?:你|您)?的?(?:父母|家人|全家|祖宗|孩子)的?(?:脸|人)|(?:父母|家人|孩子)(?:知道了?)?(?:会|也|都)?(?:为你|因为你|替你)(?:感到)?(?:羞耻|丢脸|失望|难过)|(?:可耻|羞耻|耻辱)"
	] },
	examples: {
		"pass": ["【钱站】张先生您好，您在钱站的借款已逾期7天，应还10000.00元，请尽快通过钱站APP还款。如已还款请忽略，客服400-000-1234。", "【钱站】珍惜个人信用，请按时还款。"],
		"fail": [
			"【钱站】欠钱不还，让全家跟着你蒙羞。",
			"【钱站】你这种没 诚 信的人真丢人。",
			"【钱站】你的父母會為你感到羞恥。"
		]
	}
};
var no_surveillance_claims_default = {
	kind: "pattern",
	severity: "error",
	category: "threat",
	target: "output",
	title: {
		"zh": "禁止以掌握行踪、住址相威胁",
		"en": "No \"we know where you are\" threats"
	},
	message: {
		"zh": "“{match}”以掌握行踪、住址或家人信息相威胁",
		"en": "“{match}” threatens by claiming knowledge of whereabouts or family"
	},
	basis: [
		{
			"source": "《刑法》",
			"article": "第293条之一",
			"note": "催收非法债务罪：暴力胁迫、侵入住宅、恐吓跟踪骚扰（V1）"
		},
		{
			"source": "两高两部《关于办理实施“软暴力”的刑事案件若干问题的意见》（2019）",
			"note": "按内容引用：滋扰、纠缠、哄闹、聚众造势，揭发隐私、贴报喷字、通过信息网络实施等（V2）"
		},
		{
			"source": "《治安管理处罚法》（2012年文本）",
			"article": "第42条第（一）项",
			"note": "写恐吓信或以其他方法威胁他人人身安全（V1；2025年修订后条号未核实，按内容引用）"
		},
		{
			"source": "《个人信息保护法》",
			"article": "第10条",
			"note": "不得非法提供、公开个人信息（V1）"
		}
	],
	params: { "patterns": [
		"(?:已|已经|早已|早就)(?:全部|全面)?(?:掌握|获取|查到|查清|找到|锁定|定位|摸清|知道)(?:了)?(?:你|您)?的?(?:最新|实时|当前|具体|详细)?(?:住址|地址|住处|家庭|家在哪|行踪|位置|定位|单位|工作单位|公司|家人|父母|老家|户籍|全部信息|所有信息|个人信息|通讯录|孩子|学校|一举一动|活动轨迹)",
		"知道(?:你|您)(?:住|家|在哪|在哪里|在哪儿|的住址|的单位|在哪上班|孩子在哪|每天)",
		"(?:查到|知道|找到|掌握|摸清)(?:了)?(?:你|您)(?:在|住在|住)[\\p{Script=Han}a-z0-9]{0,10}(?:上班|工作|住|读书|上学)",
		"(?:在哪|在哪里|在哪儿|住哪|住在哪|哪个单位|哪个公司|哪个学校|哪上班)[\\p{Script=Han}]{0,4}?(?:我们|我)?(?:都|全都|早就|全|已经)?(?:知道|清楚|查到|掌握|有数)",
		"(?:孩子|儿子|女儿|小孩|老婆|老公|妻子|丈夫|父母|爸妈)(?:在)[\\p{Script=Han}a-z0-9]{0,10}?(?:小学|中学|幼儿园|学校|大学|年级|班|上班|工作)",
		"(?:躲|藏|逃避|失联|不接电话)(?:着|也|起来)?(?:是)?(?:没用|没有用|解决不了)",
		"(?:新号码|新号|号码|住址|地址|定位|位置|行踪|单位|信息|资料|情况|底细)\\p{Script=Han}{0,3}?(?:我们)?(?:都|全都|早就|已经|全)(?:拿到|查到|找到|掌握|核实|知道|摸清|查清)(?:过)?(?:了)?",
		"换(?:了)?(?:个)?(?:号|号码|手机|手机号|住处|地方)\\p{Script=Han}{0,2}?(?:也|就)?(?:没用|没事|躲不掉|照样|一样)",
		"住在\\p{Script=Han}{0,10}?(?:小区|\\d+栋|\\d+号楼|单元|花园|公寓)",
		"(?:你|您)(?:跑|躲|逃)(?:不掉|不了|得了初一|到哪)|跑得了和尚|躲得过初一|天涯海角|掘地三尺|(?:你|您)的?一举一动",
		"(?<!(?:not|never|no|n't|won't)\\s(?:[a-z]+\\s){0,3})(?<![a-z])(?:we|i)\\s(?:already\\s)?(?:know|found|have\\sfound|tracked|located)\\s(?:where\\syou\\s(?:live|work|are|stay)|your\\s(?:address|location|home|workplace|office))(?![a-z])|(?<![a-z])(?:you\\s)?can'?t\\shide(?![a-z])|(?<![a-z])(?:we|i)\\s(?:already\\s)?know\\swhere\\syour\\s(?:kids|children|son|daughter|wife|husband|parents|family|mother|father)\\s(?:live|lives|work|works|study|studies|go|goes|are|is)(?![a-z])"
	] },
	examples: {
		"pass": ["【钱站】张先生您好，您在钱站的借款已逾期7天，应还10000.00元，请尽快通过钱站APP还款。如已还款请忽略，客服400-000-1234。", "【钱站】我们已收到您的还款申请，将在1个工作日内处理。"],
		"fail": [
			"【钱站】我们已经掌握你的住址和单位，别想躲。",
			"【钱站】跑得了和尚跑不了庙，你躲不掉的。",
			"【钱站】We know where you work."
		]
	}
};
var no_third_party_details_in_body_default = {
	kind: "pattern",
	severity: "error",
	category: "third_party",
	target: "output",
	title: {
		"zh": "正文不得出现联系人信息",
		"en": "No contact details in the body"
	},
	message: {
		"zh": "“{match}”涉及联系人或第三方的个人信息",
		"en": "“{match}” involves a contact’s or third party’s personal data"
	},
	basis: [
		{
			"source": "《个人信息保护法》",
			"article": "第6条",
			"note": "最小必要（V1）"
		},
		{
			"source": "《个人信息保护法》",
			"article": "第23条",
			"note": "向其他处理者提供个人信息需单独同意（V1）"
		},
		{
			"source": "《民法典》",
			"article": "第1038条",
			"note": "不得泄露或未经同意向他人提供个人信息（V1）"
		}
	],
	params: {
		"patterns": ["(?<!(?:不会|不得(?!不)|绝不|决不|从不|从未|从来不|未曾|不再|不接受|不支持|不允许|不提供|不收取|无需|不需要|请勿|切勿|勿|严禁|禁止|谨防|警惕|防范|提防|拒绝|冒充|假冒|冒用|谎称|声称|宣称|号称|自称|未授权|未委托|请不要|千万不要|不要把|不要将|任何要求|凡是要求|凡要求)将?[^就将便则那否]{0,12})(?:紧急联系人(?!仅|只|信息仅|不会|的作用)|联系人(?:姓名|电话|手机|号码)|担保人(?:电话|手机))", "(?:你|您|你们|您们)的?(?:父亲|母亲|爸爸|妈妈|妻子|丈夫|老婆|老公|配偶|哥哥|姐姐|弟弟|妹妹|儿子|女儿|同事|朋友|领导)[\\p{Script=Han}]{0,4}(?:的)?(?:电话|手机|号码|单位|住址|地址|工作)"],
		"allow": ["更新紧急联系人", "更新您的紧急联系人"]
	},
	examples: {
		"pass": ["【钱站】张先生您好，您在钱站的借款已逾期7天，应还10000.00元，请尽快通过钱站APP还款。如已还款请忽略，客服400-000-1234。", "【钱站】我们仅与您本人沟通借款事宜，不会联系您的紧急联系人。"],
		"fail": ["【钱站】您的紧急联系人李四已登记在案。", "【钱站】您妻子李四的电话我们已经拿到。"]
	}
};
var no_third_party_phone_default = {
	kind: "pii",
	severity: "error",
	category: "privacy",
	target: "output",
	title: {
		"zh": "禁止出现非官方手机号",
		"en": "No non-official mobile numbers"
	},
	message: {
		"zh": "出现手机号“{match}”，只允许官方客服号码",
		"en": "Mobile number “{match}”; only official numbers are allowed"
	},
	basis: [
		{
			"source": "《民法典》",
			"article": "第1034条",
			"note": "身份证件号码、电话号码、住址等属于个人信息（V1）"
		},
		{
			"source": "《民法典》",
			"article": "第1038条",
			"note": "不得泄露或未经同意向他人提供个人信息（V1）"
		},
		{
			"source": "《个人信息保护法》",
			"article": "第6条",
			"note": "最小必要（V1）"
		}
	],
	params: {
		"kinds": ["mobile"],
		"allowFields": ["platform.hotline", "agency.hotline"]
	},
	examples: {
		"pass": ["【钱站】张先生您好，您在钱站的借款已逾期7天，应还10000.00元，请尽快通过钱站APP还款。如已还款请忽略，客服400-000-1234。", "【钱站】您尾号1234的手机已登记，客服400-000-1234。"],
		"fail": ["【钱站】您的紧急联系人13800004321已被登记。", "【钱站】回电１３８００００１２３４。"]
	}
};
var no_threat_to_notify_others_default = {
	kind: "pattern",
	severity: "error",
	category: "third_party",
	target: "output",
	title: {
		"zh": "禁止威胁告知家人、单位或通讯录",
		"en": "No threats to tell family, employer or contacts"
	},
	message: {
		"zh": "“{match}”以告知第三方相威胁或披露债务信息",
		"en": "“{match}” threatens to tell, or tells, third parties about the debt"
	},
	basis: [
		{
			"source": "中国互联网金融协会《互联网金融逾期债务催收自律公约（试行）》",
			"article": "第16条",
			"note": "文明用语，禁止恐吓、威胁、辱骂及违背公序良俗（V2）"
		},
		{
			"source": "中国互联网金融协会《互联网金融逾期债务催收自律公约（试行）》",
			"article": "第18条",
			"note": "不得向债务人以外的人披露债务信息（V2）"
		},
		{
			"source": "中国银行业协会《金融机构个人消费类贷款催收工作指引（试行）》（2026）",
			"note": "按内容引用：无关第三方仅可请其转告，不得透露债务人金融信息；禁止“爆通讯录”（V2）"
		},
		{
			"source": "两高两部《关于办理实施“软暴力”的刑事案件若干问题的意见》（2019）",
			"note": "按内容引用：滋扰、纠缠、哄闹、聚众造势，揭发隐私、贴报喷字、通过信息网络实施等（V2）"
		},
		{
			"source": "《治安管理处罚法》（2012年文本）",
			"article": "第42条第（六）项",
			"note": "散布他人隐私（V1；2025年修订后条号未核实）"
		},
		{
			"source": "《民法典》",
			"article": "第1032条",
			"note": "隐私权，包括私人生活安宁（V1）"
		},
		{
			"source": "《个人信息保护法》",
			"article": "第10条",
			"note": "不得非法提供、公开个人信息（V1）"
		}
	],
	params: /* @__PURE__ */ JSON.parse("{\"patterns\":[\"(?<!(?:不会|不得(?!不)|绝不|决不|从不|从未|从来不|未曾|不再|不接受|不支持|不允许|不提供|不收取|无需|不需要|请勿|切勿|勿|严禁|禁止|谨防|警惕|防范|提防|拒绝|冒充|假冒|冒用|谎称|声称|宣称|号称|自称|未授权|未委托|请不要|千万不要|不要把|不要将|任何要求|凡是要求|凡要求)将?[^就将便则那否]{0,12})(?:联系|联络|通知|告知|告诉|通报|知会|找|找到|找上|打给|打电话给|致电|电联|发给|发到|发至|发往|传到|发送给|短信给|转告|上报给?|反映给|反馈给|汇报给|约谈|走访|拜访|发函(?:给|至|到)?|同步(?:给|至|到)?|共享(?:给|至|到)?|分享给?|抄送给?|推送给?|转发给?|提供给)(?:到)?(?:(?!客服|官方|热线|我们|我司|本人|本平台).){0,8}?(?:家人|jia\\\\s?ren|jia\\\\s?人|家\\\\s?ren|家属|家里人|家里|全家|父母|爸妈|爸爸|妈妈|父亲|母亲|老爸|老妈|配偶|老婆|老公|媳妇|妻子|丈夫|爱人|对象|子女|孩子|儿子|女儿|小孩|兄弟姐妹|兄弟|姐妹|哥哥|姐姐|弟弟|妹妹|亲戚|亲属|亲人|亲友|朋友|好友|同学|同事|领导|上司|上级|老板|单位|(?<![本我贵该此])公司(?!客服|官方|热线|电话|app|客户|账户|账号)|人事|hr|学校|老师|辅导员|村委会?|村干部|村长|居委会?|社区|街道办|物业|邻居|紧急联系人|联系人|通讯录|身边的?人|周围的?人|所有人|表哥|表姐|表弟|表妹|堂哥|堂姐|堂弟|堂妹|侄子|侄女|外甥|外甥女|叔叔|阿姨|舅舅|姑姑|伯伯|婶婶|岳父|岳母|公公|婆婆|儿媳|女婿|爷爷|奶奶|外公|外婆|孙子|孙女|前夫|前妻|前男友|前女友|女朋友|男朋友|女友|男友|室友|舍友|房东|业委会|业主|合作伙伴|工作单位|微信好友|qq好友)\",\"(?<!(?:不会|不得(?!不)|绝不|决不|从不|从未|从来不|未曾|不再|不接受|不支持|不允许|不提供|不收取|无需|不需要|请勿|切勿|勿|严禁|禁止|谨防|警惕|防范|提防|拒绝|冒充|假冒|冒用|谎称|声称|宣称|号称|自称|未授权|未委托|请不要|千万不要|不要把|不要将|任何要求|凡是要求|凡要求)将?[^就将便则那否]{0,12})(?:向|对|跟|和|给|与|同)(?:你|您|你们|您们)?的?.{0,4}?(?:家人|jia\\\\s?ren|jia\\\\s?人|家\\\\s?ren|家属|家里人|家里|全家|父母|爸妈|爸爸|妈妈|父亲|母亲|老爸|老妈|配偶|老婆|老公|媳妇|妻子|丈夫|爱人|对象|子女|孩子|儿子|女儿|小孩|兄弟姐妹|兄弟|姐妹|哥哥|姐姐|弟弟|妹妹|亲戚|亲属|亲人|亲友|朋友|好友|同学|同事|领导|上司|上级|老板|单位|(?<![本我贵该此])公司(?!客服|官方|热线|电话|app|客户|账户|账号)|人事|hr|学校|老师|辅导员|村委会?|村干部|村长|居委会?|社区|街道办|物业|邻居|紧急联系人|联系人|通讯录|身边的?人|周围的?人|所有人|表哥|表姐|表弟|表妹|堂哥|堂姐|堂弟|堂妹|侄子|侄女|外甥|外甥女|叔叔|阿姨|舅舅|姑姑|伯伯|婶婶|岳父|岳母|公公|婆婆|儿媳|女婿|爷爷|奶奶|外公|外婆|孙子|孙女|前夫|前妻|前男友|前女友|女朋友|男朋友|女友|男友|室友|舍友|房东|业委会|业主|合作伙伴|工作单位|微信好友|qq好友).{0,4}?(?:透露|披露|告知|说明|通报|讲明|说|讲|反映|曝光|公开|核实|了解|群发|发送|推送|发短信|发信息|打电话|寄|取得联系|聊聊|聊|谈谈|要钱|催|发函|致函|寄送|送达|出具)\",\"(?<![我本该])(?:家人|jia\\\\s?ren|jia\\\\s?人|家\\\\s?ren|家属|家里人|家里|全家|父母|爸妈|爸爸|妈妈|父亲|母亲|老爸|老妈|配偶|老婆|老公|媳妇|妻子|丈夫|爱人|对象|子女|孩子|儿子|女儿|小孩|兄弟姐妹|兄弟|姐妹|哥哥|姐姐|弟弟|妹妹|亲戚|亲属|亲人|亲友|朋友|好友|同学|同事|领导|上司|上级|老板|单位|(?<![本我贵该此])公司(?!客服|官方|热线|电话|app|客户|账户|账号)|人事|hr|学校|老师|辅导员|村委会?|村干部|村长|居委会?|社区|街道办|物业|邻居|紧急联系人|联系人|通讯录|身边的?人|周围的?人|所有人|表哥|表姐|表弟|表妹|堂哥|堂姐|堂弟|堂妹|侄子|侄女|外甥|外甥女|叔叔|阿姨|舅舅|姑姑|伯伯|婶婶|岳父|岳母|公公|婆婆|儿媳|女婿|爷爷|奶奶|外公|外婆|孙子|孙女|前夫|前妻|前男友|前女友|女朋友|男朋友|女友|男友|室友|舍友|房东|业委会|业主|合作伙伴|工作单位|微信好友|qq好友)(?:们)?\\\\p{Script=Han}{0,3}?(?:也|都|全都|马上|很快|即将|今天|明天|就)?(?:会|将|将会|都会|会被|将被|已|已经)(?:收到|接到|知道|得知|获知|知晓|被告知|被通知|被联系|了解到)\",\"(?<![我本该])(?:家人|jia\\\\s?ren|jia\\\\s?人|家\\\\s?ren|家属|家里人|家里|全家|父母|爸妈|爸爸|妈妈|父亲|母亲|老爸|老妈|配偶|老婆|老公|媳妇|妻子|丈夫|爱人|对象|子女|孩子|儿子|女儿|小孩|兄弟姐妹|兄弟|姐妹|哥哥|姐姐|弟弟|妹妹|亲戚|亲属|亲人|亲友|朋友|好友|同学|同事|领导|上司|上级|老板|单位|(?<![本我贵该此])公司(?!客服|官方|热线|电话|app|客户|账户|账号)|人事|hr|学校|老师|辅导员|村委会?|村干部|村长|居委会?|社区|街道办|物业|邻居|紧急联系人|联系人|通讯录|身边的?人|周围的?人|所有人|表哥|表姐|表弟|表妹|堂哥|堂姐|堂弟|堂妹|侄子|侄女|外甥|外甥女|叔叔|阿姨|舅舅|姑姑|伯伯|婶婶|岳父|岳母|公公|婆婆|儿媳|女婿|爷爷|奶奶|外公|外婆|孙子|孙女|前夫|前妻|前男友|前女友|女朋友|男朋友|女友|男友|室友|舍友|房东|业委会|业主|合作伙伴|工作单位|微信好友|qq好友)\\\\p{Script=Han}{0,4}?(?:已|已经|都|均|也)?被(?:我们|我司|本司|平台)?(?:告知|通知|联系|约谈|打扰|找过)\",\"通话记录|通话详单|联系最多的|挨个(?:打电话|联系|通知|打|找)|逐一(?:联系|通知|致电|告知)|一个一个(?:打|联系|通知)|(?:不想|不愿|不希望)(?:去|再)?(?:打扰|惊动|麻烦|联系|找|牵扯|连累)\",\"让(?:你|您|你们|您们)?(?:的)?(?:家人|jia\\\\s?ren|jia\\\\s?人|家\\\\s?ren|家属|家里人|家里|全家|父母|爸妈|爸爸|妈妈|父亲|母亲|老爸|老妈|配偶|老婆|老公|媳妇|妻子|丈夫|爱人|对象|子女|孩子|儿子|女儿|小孩|兄弟姐妹|兄弟|姐妹|哥哥|姐姐|弟弟|妹妹|亲戚|亲属|亲人|亲友|朋友|好友|同学|同事|领导|上司|上级|老板|单位|(?<![本我贵该此])公司(?!客服|官方|热线|电话|app|客户|账户|账号)|人事|hr|学校|老师|辅导员|村委会?|村干部|村长|居委会?|社区|街道办|物业|邻居|紧急联系人|联系人|通讯录|身边的?人|周围的?人|所有人|表哥|表姐|表弟|表妹|堂哥|堂姐|堂弟|堂妹|侄子|侄女|外甥|外甥女|叔叔|阿姨|舅舅|姑姑|伯伯|婶婶|岳父|岳母|公公|婆婆|儿媳|女婿|爷爷|奶奶|外公|外婆|孙子|孙女|前夫|前妻|前男友|前女友|女朋友|男朋友|女友|男友|室友|舍友|房东|业委会|业主|合作伙伴|工作单位|微信好友|qq好友)(?:们)?(?:都|全都|也)?(?:知道|了解|看看|评评理|帮你还|替你还|来还)\",\"(?:与|和|跟|同|向)\\\\p{Script=Han}{0,6}?(?:家人|jia\\\\s?ren|jia\\\\s?人|家\\\\s?ren|家属|家里人|家里|全家|父母|爸妈|爸爸|妈妈|父亲|母亲|老爸|老妈|配偶|老婆|老公|媳妇|妻子|丈夫|爱人|对象|子女|孩子|儿子|女儿|小孩|兄弟姐妹|兄弟|姐妹|哥哥|姐姐|弟弟|妹妹|亲戚|亲属|亲人|亲友|朋友|好友|同学|同事|领导|上司|上级|老板|单位|(?<![本我贵该此])公司(?!客服|官方|热线|电话|app|客户|账户|账号)|人事|hr|学校|老师|辅导员|村委会?|村干部|村长|居委会?|社区|街道办|物业|邻居|紧急联系人|联系人|通讯录|身边的?人|周围的?人|所有人|表哥|表姐|表弟|表妹|堂哥|堂姐|堂弟|堂妹|侄子|侄女|外甥|外甥女|叔叔|阿姨|舅舅|姑姑|伯伯|婶婶|岳父|岳母|公公|婆婆|儿媳|女婿|爷爷|奶奶|外公|外婆|孙子|孙女|前夫|前妻|前男友|前女友|女朋友|男朋友|女友|男友|室友|舍友|房东|业委会|业主|合作伙伴|工作单位|微信好友|qq好友)\\\\p{Script=Han}{0,2}?沟通\\\\p{Script=Han}{0,4}?(?:还款|欠款|逾期|借款|债务|情况)\",\"(?:跟|和|找|与)(?:她|他|他们|她们)(?:聊聊|聊|谈谈|说说|讲讲)(?:你|您)\",\"(?<!(?:不会|不得(?!不)|绝不|决不|从不|从未|从来不|未曾|不再|不接受|不支持|不允许|不提供|不收取|无需|不需要|请勿|切勿|勿|严禁|禁止|谨防|警惕|防范|提防|拒绝|冒充|假冒|冒用|谎称|声称|宣称|号称|自称|未授权|未委托|请不要|千万不要|不要把|不要将|任何要求|凡是要求|凡要求)将?[^就将便则那否]{0,12})(?:爆(?:你|您|你们|您们)?的?通讯录|通讯录(?:所有人|好友|联系人|里的人|全部|名单)|(?:打爆|轰炸|群发)(?:你|您|你们|您们)?的?(?:通讯录|家人|亲友|朋友|单位|同事))\",\"(?:寄|发|送|投递|邮寄)(?:到|至|往)(?:你|您|你们|您们)?的?(?:单位|公司|老家|户籍地|户籍所在地|家里|家中|村委|居委|学校|社区)\",\"(?<!(?:not|never|no|n't|won't)\\\\s(?:[a-z]+\\\\s){0,3})(?<![a-z])(?:contact(?:ed|ing|s)?|call(?:ed|ing|s)?|notif(?:y|ied|ies|ying)|inform(?:ed|ing|s)?|tell(?:s|ing)?|told|visit(?:ed|ing|s)?|text(?:ed|ing)?|messag(?:e|ed|ing)|email(?:ed|ing)?|reach(?:ed|ing)?(?:\\\\sout\\\\sto)?)\\\\s(?:to\\\\s)?(?:your\\\\s)?(?:employer|family|relatives|friends|colleagues|co-workers|coworkers|boss|contacts|references|neighbou?rs|parents|spouse|wife|husband|workplace|company|school)(?![a-z])\",\"(?<!(?:不会|不得(?!不)|绝不|决不|从不|从未|从来不|未曾|不再|不接受|不支持|不允许|不提供|不收取|无需|不需要|请勿|切勿|勿|严禁|禁止|谨防|警惕|防范|提防|拒绝|冒充|假冒|冒用|谎称|声称|宣称|号称|自称|未授权|未委托|请不要|千万不要|不要把|不要将|任何要求|凡是要求|凡要求)将?[^就将便则那否]{0,12})(?<!(?:我们|我司|本司|本行|平台|公司|我)的?)(?:家人|家属|家里人|全家|父母|爸妈|爸爸|妈妈|父亲|母亲|配偶|老婆|老公|媳妇|妻子|丈夫|爱人|表哥|表姐|表弟|表妹|堂哥|堂姐|堂弟|堂妹|侄子|侄女|外甥|外甥女|叔叔|阿姨|舅舅|姑姑|伯伯|婶婶|岳父|岳母|公公|婆婆|儿媳|女婿|爷爷|奶奶|外公|外婆|孙子|孙女|前夫|前妻|子女|孩子|儿子|女儿|兄弟|姐妹|哥哥|姐姐|弟弟|妹妹|亲戚|亲属|亲人|亲友|朋友|好友|同学|同事|领导|上司|老板|单位|室友|舍友|房东|邻居|女朋友|男朋友|女友|男友|前男友|前女友)(?:(?:那边|那里|那儿|方面)(?:我们|我司|本司|平台)?|(?:我们|我司|本司|平台))(?:也|都|同样|一样)?(?:明天|今天|今晚|马上|很快|随后|近期|稍后|过几天|下周)?(?:就)?(?:会|将|要|马上|立即|随后)(?:会)?(?:去|来)?(?:通知|说明情况|联系|告知|通报|打电话|致电|找|沟通|说明|发函|拜访)\",\"(?<!(?:not|never|no|n't|won't)\\\\s(?:[a-z]+\\\\s){0,3})(?<![a-z])(?:call|contact|text|message|email|notify|inform|tell|send|share|forward|post|spread|expose)(?:ing|ed|s)?\\\\s?(?:it\\\\s|them\\\\s)?(?:你|您)?的?(?:全部|所有|每个)?(?:(?!us\\\\s|our\\\\s|me\\\\s)[a-z'’]+\\\\s){0,5}?(?:to\\\\s)?(?:all\\\\s|every(?:one|body)\\\\sin\\\\s|each\\\\sof\\\\s)?(?:your\\\\s)?(?:contacts|contact\\\\slist|phonebook|address\\\\sbook|family|relatives|friends|colleagues|boss|employer|neighbou?rs|wechat\\\\sfriends)(?![a-z])\",\"(?<!(?:not|never|no|n't|won't)\\\\s(?:[a-z]+\\\\s){0,3})(?<![a-z])(?:we|i)\\\\s(?:have|got|know|already\\\\shave)\\\\s(?:all\\\\s)?(?:of\\\\s)?your\\\\s(?:family|relatives|friends|parents|wife|husband|colleagues|boss|employer|contacts)(?:'s|’s|')?\\\\s(?:phone\\\\s)?(?:numbers?|phones?|addresses|address|details|contacts)\",\"(?<!没|未|不)(?:有|拿到了?|掌握了?|存着)(?:你|您)(?:的)?(?:家人|家属|家里人|全家|父母|爸妈|爸爸|妈妈|父亲|母亲|配偶|老婆|老公|媳妇|妻子|丈夫|爱人|表哥|表姐|表弟|表妹|堂哥|堂姐|堂弟|堂妹|侄子|侄女|外甥|外甥女|叔叔|阿姨|舅舅|姑姑|伯伯|婶婶|岳父|岳母|公公|婆婆|儿媳|女婿|爷爷|奶奶|外公|外婆|孙子|孙女|前夫|前妻|子女|孩子|儿子|女儿|兄弟|姐妹|哥哥|姐姐|弟弟|妹妹|亲戚|亲属|亲人|亲友|朋友|好友|同学|同事|领导|上司|老板|单位|室友|舍友|房东|邻居|女朋友|男朋友|女友|男友|前男友|前女友)(?:的)?(?:电话|手机号?|号码|联系方式|微信|住址)|(?:家人|家属|家里人|全家|父母|爸妈|爸爸|妈妈|父亲|母亲|配偶|老婆|老公|媳妇|妻子|丈夫|爱人|表哥|表姐|表弟|表妹|堂哥|堂姐|堂弟|堂妹|侄子|侄女|外甥|外甥女|叔叔|阿姨|舅舅|姑姑|伯伯|婶婶|岳父|岳母|公公|婆婆|儿媳|女婿|爷爷|奶奶|外公|外婆|孙子|孙女|前夫|前妻|子女|孩子|儿子|女儿|兄弟|姐妹|哥哥|姐姐|弟弟|妹妹|亲戚|亲属|亲人|亲友|朋友|好友|同学|同事|领导|上司|老板|单位|室友|舍友|房东|邻居|女朋友|男朋友|女友|男友|前男友|前女友)的?(?:电话|手机号?|号码|联系方式)(?:我们|我司)?(?:都|全都|早就|已经)(?:有|拿到|掌握)\"]}"),
	examples: {
		"pass": [
			"【钱站】张先生您好，您在钱站的借款已逾期7天，应还10000.00元，请尽快通过钱站APP还款。如已还款请忽略，客服400-000-1234。",
			"【钱站】我们不会向您的亲友透露借款信息，请放心通过钱站APP还款。",
			"【钱站】如有疑问请联系官方客服400-000-1234。",
			"【钱站】我们不会联系您的通讯录联系人，请放心。",
			"【Qianzhan】We will never contact your family or employer about this loan.",
			"【钱站】您的家人那边我们不会联系。"
		],
		"fail": [
			"【钱站】今天不还，明天就通知你单位和家人。",
			"【钱站】您的紧急联系人将收到催收通知，请自行斟酌。",
			"【钱站】再不处理就爆你通 讯 录。",
			"【錢站】我們將聯繫您的父母和領導說明情況。",
			"【钱站】今天不还款，我们将发函至您所在单位人事部门。",
			"【Qianzhan】We will contact your employer and family if you do not pay today.",
			"【钱站】你表哥那边我们也会通知到。",
			"【钱站】We will text everyone in your contacts about this loan."
		]
	}
};
var no_unverified_relief_offers_default = {
	kind: "terms",
	severity: "warning",
	category: "policy",
	target: "output",
	title: {
		"zh": "减免、停息挂账等须有真实政策依据",
		"en": "Relief offers need a real approved programme"
	},
	message: {
		"zh": "“{match}”须对应真实、已审批的减免/协商政策",
		"en": "“{match}” must match a real, approved relief programme"
	},
	basis: [
		{
			"source": "FDCPA § 1692e（美国，对比参考）",
			"note": "禁止虚假陈述、冒充政府或律师、虚构逮捕或扣押（V2）"
		},
		{
			"source": "《个人信息保护法》",
			"article": "第5条",
			"note": "不得通过误导、欺诈、胁迫等方式处理个人信息（V1）"
		},
		{
			"source": "合规设计推定",
			"note": "资料未直接规定，属设计选择，需合规复核（I）"
		}
	],
	params: { "terms": [
		"减免",
		"免息",
		"停息挂账",
		"停息",
		"挂账",
		"只还本金",
		"仅还本金",
		"只需还本金",
		"一次性结清优惠",
		"最后优惠",
		"结清优惠",
		"打折",
		"折扣",
		"免除罚息",
		"免罚息",
		"全免",
		"延期免费",
		"内部渠道",
		"内部政策",
		"特批"
	] },
	examples: {
		"pass": ["【钱站】张先生您好，您在钱站的借款已逾期7天，应还10000.00元，请尽快通过钱站APP还款。如已还款请忽略，客服400-000-1234。", "【钱站】如暂时还款困难，可在钱站APP申请协商还款方案。"],
		"fail": ["【钱站】今日还款可享减免50%罚息，过期作废。", "【钱站】已为您申请停息掛賬，只还本金即可。"]
	}
};
var no_violence_or_safety_threat_default = {
	kind: "pattern",
	severity: "error",
	category: "threat",
	target: "output",
	title: {
		"zh": "禁止暴力或人身安全威胁",
		"en": "No threats of violence or to safety"
	},
	message: {
		"zh": "“{match}”构成威胁或恐吓",
		"en": "“{match}” is a threat or intimidation"
	},
	basis: [
		{
			"source": "《治安管理处罚法》（2012年文本）",
			"article": "第42条第（一）项",
			"note": "写恐吓信或以其他方法威胁他人人身安全（V1；2025年修订后条号未核实，按内容引用）"
		},
		{
			"source": "《刑法》",
			"article": "第293条之一",
			"note": "催收非法债务罪：暴力胁迫、侵入住宅、恐吓跟踪骚扰（V1）"
		},
		{
			"source": "《刑法》",
			"article": "第293条",
			"note": "寻衅滋事：辱骂、恐吓他人，情节恶劣（V1）"
		},
		{
			"source": "《刑法》",
			"article": "第274条",
			"note": "敲诈勒索（V1）"
		},
		{
			"source": "中国互联网金融协会《互联网金融逾期债务催收自律公约（试行）》",
			"article": "第16条",
			"note": "文明用语，禁止恐吓、威胁、辱骂及违背公序良俗（V2）"
		},
		{
			"source": "《商业银行信用卡业务监督管理办法》",
			"article": "第68条",
			"note": "仅向债务人及担保人催收，禁止暴力、胁迫、恐吓等不正当手段（V2）"
		},
		{
			"source": "中国银行业协会《金融机构个人消费类贷款催收工作指引（试行）》（2026）",
			"note": "按内容引用：禁止恐吓、辱骂、欺诈、威胁、暴力、涉黑手段（V2，条号未核实）"
		}
	],
	params: { "patterns": [
		"后果(?:请|由)?(?:你|您)?(?:本人|自己|自行)?(?:承担|负责|负担|担着|兜着)|后果(?:自负|自行承担|自己承担|自己负责|你自己负责|由你负责|由你承担|由您承担|由你自己承担|很严重|非常严重|十分严重|不堪设想|难以想象|严重|你承担不起|你承担不了|你想清楚|你清楚)",
		"(?:自负|自担|自己承担|自行承担)(?:一切)?后果|一切后果|(?:否则|不然|要不然|不然的话|否则的话)的?后果",
		"(?:别|不要|莫)怪(?:我|我们|我们公司|公司|本公司|我司|我们的人)?(?:没有?提醒|不客气|无情|心狠|翻脸|手下无情|采取)?|(?:对你|对您)?不(?:会)?客气|不再客气|翻脸不认人",
		"让(?:你|您)(?:好看|吃不了兜着走|后悔|付出代价|尝尝|知道厉害|见识|生不如死|难堪|好过|没好日子|不得安宁)|走着瞧|等着瞧|骑驴看唱本|有你好(?:果子|看|受)|没(?:有)?(?:你的)?好果子|吃不了兜着走|好自为之|自求多福|(?:别|不要)后悔|后悔(?:莫及|都来不及|一辈子|终身)|付出(?:惨痛|沉重)?代价",
		"(?:小心|当心|注意|留神)(?:点|一点|着点)?(?:你|您)?的?(?:车|房子|家门|门窗|店|东西|家人|孩子|小孩|老婆|老公|父母|妻儿|安全|人身|小命|腿|手|出行|走路|晚上|夜路|身体|狗命)|出门(?:小心|注意|当心|看着点)|走夜路|注意(?:你|您)?的?(?:人身|家人|出行|人身财产)?安全",
		"(?:你|您)?的?(?:家人|孩子|小孩|父母|老婆|老公|妻儿|全家|家里人)(?:的)?(?:安全|安危)|为了(?:你|您)?的?(?:家人|孩子|父母|家庭|老婆|老公|妻儿|全家)(?:着想|考虑|的安全|好)|(?<!可|可以|可使|可以使)(?:采取|使用|动用|用上?)(?:一切|非常|特殊|其他|别的|强硬|极端|各种|非常规)的?(?:手段|措施|办法|方式)|(?:有的是|有很多|多的是|总有)(?:办法|手段|人)|非常手段|别想(?:躲|跑|逃|赖)|(?:别|不要|不敢)出门|出不了门|不(?:太|怎么)?安全(?:了|吧|啊|哦)|治不了(?:你|您)|拿(?:你|您)没办法|收拾不了|奈何不了|(?:你|您)?等着(?:吧|瞧|看)?(?=$|[^\\p{Script=Han}])|你等着|别哭|有你哭的|哭都来不及|哭着求|(?:一切|所有|全部)(?:的)?(?:损失|后果|责任)\\p{Script=Han}{0,4}?由|不得不采取|进一步(?:行动|手段)|(?:手段|方式|方法)\\p{Script=Han}{0,6}?(?:不再干预|管不了|不受控制|你懂的|你应该清楚|你清楚)|你懂的|您懂的|(?:你|您)?信不信|(?:你|您)家的?钥匙|倾家荡产|家破人亡|妻离子散|一无所有|讨债|追债|收数佬|要债的|收数公司|(?:不像我们|没(?:有)?我们)(?:这么|那么)?(?:客气|好说话|温柔|有耐心)|(?:没|不会)(?:这么|那么)(?:客气|好说话)|(?:为|替)(?:你|您)?的?(?:孩子|家人|父母|爸妈|老婆|老公|女儿|儿子|妻儿|全家)(?:想想|考虑考虑|着想)|(?:女儿|儿子|孩子|老婆|媳妇|小孩)(?:长得)?(?:挺|真|很|多|蛮)?(?:可爱|漂亮|好看|乖)|让(?:你|您)?的?(?:全家|家人|家里人|父母|孩子|老婆|老公)?(?:陪(?:你|您)?|跟着(?:你|您)?|一起)+(?:难受|遭殃|倒霉|不好过|付出代价|吃苦头|不得安宁|后悔|难堪)|掂量掂量|自己掂量|(?:你|您)?(?:自己)?看着办",
		"(?:弄死|打死|整死|砍死|搞死|干死|捅死|杀了|宰了|废了|打断|砍你|砍了|剁了|断手|断腿|打残|弄残|收拾你|教训你|修理你|办了你|做了你|搞你|整你|弄你|动你|收拾一下|见血|泼油漆|泼粪|喷漆|堵门|堵你|蹲你|守着你|跟着你|跟踪)",
		"(?:找|派|叫|带)(?:几个|一帮|一群)?(?:人|兄弟|弟兄|小弟)(?:去|来|过去)?(?:收拾|教训|招呼|伺候|找你|找您|弄你|处理你)|道上的|黑社会|社会上的朋友|兄弟们(?:会|已经|都)"
	] },
	examples: {
		"pass": ["【钱站】张先生您好，您在钱站的借款已逾期7天，应还10000.00元，请尽快通过钱站APP还款。如已还款请忽略，客服400-000-1234。", "【钱站】请注意资金安全，谨防冒充钱站的诈骗电话，官方客服400-000-1234。"],
		"fail": [
			"【钱站】今天18点前不还，後果自負。",
			"【钱站】最近出门小心点，注意你家人的安全。",
			"【钱站】再不还款，别怪我们不 客 气。",
			"【钱站】逾期不处理，一切后果由您本人承担。"
		]
	}
};
var no_visit_threat_default = {
	kind: "pattern",
	severity: "error",
	category: "threat",
	target: "output",
	title: {
		"zh": "禁止宣称或威胁上门、外访",
		"en": "No announced or threatened visits"
	},
	message: {
		"zh": "“{match}”宣称或威胁上门、外访或到单位",
		"en": "“{match}” announces or threatens a home or workplace visit"
	},
	basis: [
		{
			"source": "《刑法》",
			"article": "第293条之一",
			"note": "催收非法债务罪：暴力胁迫、侵入住宅、恐吓跟踪骚扰（V1）"
		},
		{
			"source": "GB/T 45251-2025《互联网金融 个人网络消费信贷 贷后催收风控指引》",
			"note": "按内容引用：外访限制（每日至多一次、不得进入私宅或办公场所）（V2）"
		},
		{
			"source": "中国银行业协会《金融机构个人消费类贷款催收工作指引（试行）》（2026）",
			"article": "第22条",
			"note": "上门须2人以上、出示证件、经同意方可入户（V2）"
		},
		{
			"source": "两高两部《关于办理实施“软暴力”的刑事案件若干问题的意见》（2019）",
			"note": "按内容引用：滋扰、纠缠、哄闹、聚众造势，揭发隐私、贴报喷字、通过信息网络实施等（V2）"
		},
		{
			"source": "催收质检违规话术清单（翼龙贷“软暴力”清单等）",
			"note": "冒充公检法律师、伪造传票律师函、爆通讯录、坐牢拘留恐吓（V2，行业实践）"
		}
	],
	params: {
		"patterns": [
			"(?<!(?:如(?:您|你)?(?:希望|需要|愿意|有需要|方便)|如需|(?:您|你)可以?|欢迎(?:您|你)?|预约|申请)[^就将便则那否]{0,8})(?<!(?:不会|不得(?!不)|绝不|决不|从不|从未|从来不|未曾|不再|不接受|不支持|不允许|不提供|不收取|无需|不需要|请勿|切勿|勿|严禁|禁止|谨防|警惕|防范|提防|拒绝|冒充|假冒|冒用|谎称|声称|宣称|号称|自称|未授权|未委托|请不要|千万不要|不要把|不要将|任何要求|凡是要求|凡要求)将?[^就将便则那否]{0,12})(?:上门(?!费|不收|免费)|登门|家访|外访|走访|拜访|造访|实地(?:核实|走访|调查|催收|拜访|考察|核查|查看|落实)|现场(?:核实|催收|处理|调查)|当面(?:解决|处理|沟通|谈|核实|催收|交涉))",
			"(?<!(?:不会|不得(?!不)|绝不|决不|从不|从未|从来不|未曾|不再|不接受|不支持|不允许|不提供|不收取|无需|不需要|请勿|切勿|勿|严禁|禁止|谨防|警惕|防范|提防|拒绝|冒充|假冒|冒用|谎称|声称|宣称|号称|自称|未授权|未委托|请不要|千万不要|不要把|不要将|任何要求|凡是要求|凡要求)将?[^就将便则那否]{0,12})(?:派|安排|委派|指派|调派|组织|出动|派出|派遣|让|委托)(?:了|出)?(?:当地)?(?:专人|人员|专员|工作人员|同事|外访员|外访组|外勤|催收员|兄弟|人手|团队|小组|我们的人|人|几个人|一队人|专案组)(?:(?!与您本人|与你本人|联系您本人|电话|致电)\\p{Script=Han}){0,8}?(?:到|去|前往|上门|登门|走访|拜访|找你|找您|过去|过来|核实|见面|当面|了解情况|调查)",
			"(?:在|到)(?:你|您)(?:家)?(?:附近|周边|楼下|身边|门口)",
			"(?<!(?:不会|不得(?!不)|绝不|决不|从不|从未|从来不|未曾|不再|不接受|不支持|不允许|不提供|不收取|无需|不需要|请勿|切勿|勿|严禁|禁止|谨防|警惕|防范|提防|拒绝|冒充|假冒|冒用|谎称|声称|宣称|号称|自称|未授权|未委托|请不要|千万不要|不要把|不要将|任何要求|凡是要求|凡要求)将?[^就将便则那否]{0,12})(?:到|去|来|赴|前往|抵达|赶赴|赶到|跑到|找到|找上|过去|杀到|奔赴)(?:你|您|你们|您们)?的?(?:家|家里|家中|住处|住所|住址|老家|户籍地|户籍所在地|户籍所在村|户籍所在镇|单位|公司|工作单位|工作地|工地|学校|村里|小区|楼下|门口|家门口|居住地|所在地|店里|厂里|前台|宿舍|工作的地方|上班的地方|住的地方)",
			"户籍(?:所在)?地(?:核实|走访|调查|协查|发函|上门)?|(?:你|您)?(?:老家|家门口|楼下|小区门口|公司门口|单位门口)(?:等|蹲|见|堵)",
			"(?:人员|专员|同事|外访组|外访人员|工作人员|我们的人|兄弟们)(?:已经|已|正在|马上|即将)?(?:出发|在路上|赶往|到达|抵达|前往|到了)",
			"(?:已|已经|即将|马上)(?:到达|抵达|到了|赶到)(?:你|您)?的?(?:所在|家|城市|附近|小区|老家|单位|公司|当地)",
			"属地(?:化)?(?:催收|处置|执行|外访|调查|核查|清收|\\p{Script=Han}{0,4}?(?:团队|小组|组|人员|专员))|(?:人员|专员|工作人员|外访员|同事|团队|小组|组)\\p{Script=Han}{0,6}?(?:在|到|去|前往|赴|抵达|赶赴|赶到)(?:你|您)的?(?:居住地|住所|住处|家|户籍地|老家|单位|公司|所在地|现居地|村|社区|户籍所在\\p{Script=Han})\\p{Script=Han}{0,4}?(?:开展|进行)?(?:调查|取证|核实|走访|核查|了解)",
			"线下(?:催收|处置|清收|催缴|追讨|外访|走访|核查|执行)(?:程序|流程|阶段|手段)?|(?:人员|专员|外勤|外访员|工作人员|同事|团队|小组)\\p{Script=Han}{0,8}?(?:到达|抵达|前往|赶往|赶赴|奔赴)(?:您|你)的?(?:所在|家|城市|住|老家|单位|公司|当地|户籍)",
			"(?<!(?:not|never|no|n't|won't)\\s(?:[a-z]+\\s){0,3})(?<![a-z])(?:visit|come\\sto|go\\sto|show\\sup\\sat|knock\\son|turn\\sup\\sat|wait(?:ing)?\\s(?:for\\syou\\s)?(?:at|outside))\\syour\\s(?:home|house|place|door|flat|apartment|workplace|office|work|company|village|hometown|parents)(?![a-z])"
		],
		"allow": ["上门服务请提前预约"]
	},
	examples: {
		"pass": [
			"【钱站】张先生您好，您在钱站的借款已逾期7天，应还10000.00元，请尽快通过钱站APP还款。如已还款请忽略，客服400-000-1234。",
			"【钱站】如需上门服务请提前预约，我们仅在您预约后上门。",
			"【钱站】我们不会上门催收，请通过钱站APP还款。",
			"【钱站】如您希望当面沟通，可预约到我司线下服务网点办理。"
		],
		"fail": [
			"【钱站】明天安排人员到您家中实地核实。",
			"【钱站】外访专员已出发前往你户籍地，请保持电话畅通。",
			"【钱站】再不还就派人去你公 司找你。",
			"【钱站】我司將安排上門核實。",
			"【钱站】本案明日移交属地执行团队，相关人员将在您的居住地开展调查。",
			"【钱站】催收组将于周三抵达您户籍所在村开展核查。",
			"【催收部】张三，您已逾期98天，公司已决定对您启动线下催收程序，外勤人员将于本周内到达您所在城市。",
			"【钱站】Our team will come to your house tomorrow."
		]
	}
};
var official_hotline_only_default = {
	kind: "pattern",
	severity: "error",
	category: "policy",
	target: "output",
	title: {
		"zh": "只能留官方客服号码",
		"en": "Official hotlines only"
	},
	message: {
		"zh": "“{match}”引导联系个人手机号，只能留官方客服热线",
		"en": "“{match}” points to a personal mobile; only official hotlines are allowed"
	},
	basis: [{
		"source": "中国互联网金融协会《互联网金融逾期债务催收自律公约（试行）》",
		"article": "第19条",
		"note": "机构指定还款渠道，不得以催收名义收取额外费用（V2）"
	}, {
		"source": "短信平台内容规范（华为云、阿里云）",
		"note": "拒绝威胁暴力内容及QQ/微信等私人联系方式（P）"
	}],
	suggest: "请致电官方客服热线",
	params: { "patterns": ["(?:致电|联系|拨打|回电|回拨|打给|打|来电|电话|热线|手机|手机号|专员|催收员|经理|主管|老师|对接人|处理人|联系方式|号码)(?:是|为)?[:：]?\\s?1[3-9]\\d{9}(?!\\d)", "(?<!\\d)1[3-9]\\d{9}(?!\\d)\\s?(?:联系|回电|致电|处理|对接|找我)"] },
	examples: {
		"pass": ["【钱站】张先生您好，您在钱站的借款已逾期7天，应还10000.00元，请尽快通过钱站APP还款。如已还款请忽略，客服400-000-1234。", "【钱站】如有疑问请致电官方客服95000或400-000-1234。"],
		"fail": ["【钱站】您的借款已逾期，速回电专员13912345678处理。", "【钱站】欠款已逾期，请联系：１３９１２３４５６７８ 王经理。"]
	}
};
var opt_out_rule_default = {
	kind: "meta",
	severity: "error",
	category: "policy",
	target: "meta",
	title: {
		"zh": "商业性短信须含退订方式",
		"en": "Commercial messages need an opt-out"
	},
	message: {
		"zh": "模板标记为商业性短信，样本{sample}缺少“拒收请回复R”等退订方式",
		"en": "The template is commercial; sample {sample} lacks an opt-out such as “拒收请回复R”"
	},
	basis: [
		{
			"source": "《通信短信息服务管理规定》（工业和信息化部令第31号）",
			"note": "按内容引用：发送端口不得虚假；商业性短信须经同意并提供退订方式（V2）"
		},
		{
			"source": "《消费者权益保护法》",
			"article": "第29条",
			"note": "未经同意或请求不得发送商业性信息（V1）"
		},
		{
			"source": "《广告法》",
			"article": "第43条",
			"note": "电子信息广告须经同意并提供拒绝继续接收的方式（V1）"
		},
		{
			"source": "华为云短信模板规范",
			"note": "营销短信须含“拒收请回复R”（P）"
		}
	],
	suggest: "拒收请回复R",
	params: {
		"check": "opt-out",
		"patterns": ["拒收请?回复?r|回t退订|退订回t|回复?td退订|退订请?回复?t|回复?t退订|回复?n退订"]
	},
	examples: {
		"pass": [{
			"source": "【钱站】张先生您好，您在钱站的借款已逾期7天，应还10000.00元，请尽快通过钱站APP还款。如已还款请忽略，客服400-000-1234。",
			"meta": { "commercial": false }
		}, {
			"source": "【钱站】会员日活动进行中，详情见钱站APP。拒收请回复R",
			"meta": { "commercial": true }
		}],
		"fail": [{
			"source": "【钱站】会员日活动进行中，详情见钱站APP。",
			"meta": { "commercial": true }
		}, {
			"source": "【钱站】新用户专享优惠，详见APP。",
			"meta": { "commercial": true }
		}]
	}
};
var pii_fields_masked_default = {
	kind: "variables",
	severity: "error",
	category: "privacy",
	target: "source",
	title: {
		"zh": "敏感字段须脱敏输出",
		"en": "PII fields must be masked"
	},
	message: {
		"zh": "变量{variable}未经脱敏过滤器即输出",
		"en": "Variable {variable} reaches the output without a masking filter"
	},
	basis: [
		{
			"source": "《个人信息保护法》",
			"article": "第28条",
			"note": "金融账户属于敏感个人信息（V1）"
		},
		{
			"source": "《个人信息保护法》",
			"article": "第51条第（三）项",
			"note": "加密、去标识化等安全技术措施（V1）"
		},
		{
			"source": "《民法典》",
			"article": "第1034条",
			"note": "身份证件号码、电话号码、住址等属于个人信息（V1）"
		}
	],
	params: { "check": "pii-unmasked" },
	examples: {
		"pass": ["【钱站】您尾号{{ loan.bank_card | last4 }}的银行卡扣款失败。", "【钱站】身份证{{ borrower.id_number | mask_id }}名下借款已逾期。"],
		"fail": ["【钱站】您的银行卡{{ loan.bank_card }}扣款失败。", "{% assign id = borrower.id_number %}【钱站】证件号{{ id }}。"]
	}
};
var repayment_channel_official_default = {
	kind: "required",
	severity: "error",
	category: "missing_element",
	target: "output",
	title: {
		"zh": "须指明官方还款渠道",
		"en": "Official repayment channel required"
	},
	message: {
		"zh": "样本{sample}未指明官方还款渠道（如钱站APP）",
		"en": "Sample {sample} names no official repayment channel (e.g. the app)"
	},
	basis: [{
		"source": "中国互联网金融协会《互联网金融逾期债务催收自律公约（试行）》",
		"article": "第19条",
		"note": "机构指定还款渠道，不得以催收名义收取额外费用（V2）"
	}, {
		"source": "《商业银行信用卡业务监督管理办法》",
		"article": "第69条",
		"note": "催收函须载明欠款余额、查询/还款/异议渠道及发卡机构联系方式（V2，类推适用）"
	}],
	params: { "element": "repayment_channel" },
	examples: {
		"pass": ["【钱站】张先生您好，您在钱站的借款已逾期7天，应还10000.00元，请尽快通过钱站APP还款。如已还款请忽略，客服400-000-1234。", "【钱站】您的借款应还10000元，请登录{{ platform.app_name }}还款。"],
		"fail": ["【钱站】您的借款已逾期7天，应还10000元，请尽快还款。", "【钱站】您的借款应还10000元，请及时处理。"]
	}
};
var send_window_default = {
	kind: "meta",
	severity: "error",
	category: "policy",
	target: "meta",
	title: {
		"zh": "发送时间须在08:00–22:00内",
		"en": "Send between 08:00 and 22:00"
	},
	message: {
		"zh": "发送时间{value}超出允许范围（{limit}）",
		"en": "Send time {value} is outside the allowed range ({limit})"
	},
	basis: [
		{
			"source": "GB/T 45251-2025《互联网金融 个人网络消费信贷 贷后催收风控指引》",
			"note": "按内容引用：22:00至次日08:00不得催收，涵盖电话、短信、语音（V2）"
		},
		{
			"source": "中国银行业协会《金融机构个人消费类贷款催收工作指引（试行）》（2026）",
			"note": "按内容引用：未经同意22:00至次日08:00不得以电话、上门及其他方式（含短信平台）催收（V2）"
		},
		{
			"source": "中国互联网金融协会《互联网金融逾期债务催收自律公约（试行）》",
			"article": "第17条",
			"note": "适当时间催收，不得频繁骚扰（V2）"
		}
	],
	params: {
		"check": "send-window",
		"earliest": "08:00",
		"latest": "22:00",
		"warnAfter": "21:00"
	},
	examples: {
		"pass": [{
			"source": "【钱站】张先生您好，您在钱站的借款已逾期7天，应还10000.00元，请尽快通过钱站APP还款。如已还款请忽略，客服400-000-1234。",
			"meta": { "sendWindow": {
				"start": "09:00",
				"end": "20:00"
			} }
		}, {
			"source": "【钱站】张先生您好，您在钱站的借款已逾期7天，应还10000.00元，请尽快通过钱站APP还款。如已还款请忽略，客服400-000-1234。",
			"meta": { "sendWindow": {
				"start": "08:00",
				"end": "21:00"
			} }
		}],
		"fail": [
			{
				"source": "【钱站】张先生您好，您在钱站的借款已逾期7天，应还10000.00元，请尽快通过钱站APP还款。如已还款请忽略，客服400-000-1234。",
				"meta": { "sendWindow": {
					"start": "07:00",
					"end": "20:00"
				} }
			},
			{
				"source": "【钱站】张先生您好，您在钱站的借款已逾期7天，应还10000.00元，请尽快通过钱站APP还款。如已还款请忽略，客服400-000-1234。",
				"meta": { "sendWindow": {
					"start": "09:00",
					"end": "22:30"
				} }
			},
			{
				"source": "【钱站】张先生您好，您在钱站的借款已逾期7天，应还10000.00元，请尽快通过钱站APP还款。如已还款请忽略，客服400-000-1234。",
				"meta": { "sendWindow": {
					"start": "09:00",
					"end": "21:30"
				} }
			}
		]
	}
};
var signature_leading_required_default = {
	kind: "required",
	severity: "error",
	category: "structure",
	target: "output",
	title: {
		"zh": "开头须有【签名】",
		"en": "Leading 【signature】 required"
	},
	message: {
		"zh": "样本{sample}缺少开头的【签名】（2–12字）",
		"en": "Sample {sample} has no leading 【signature】 (2–12 characters)"
	},
	basis: [{
		"source": "短信平台签名规范（阿里云、华为云）",
		"note": "签名置于开头、2–12字、须实名报备，禁止中性签名（P）"
	}, {
		"source": "《通信短信息服务管理规定》（工业和信息化部令第31号）",
		"note": "按内容引用：发送端口不得虚假；商业性短信须经同意并提供退订方式（V2）"
	}],
	params: {
		"element": "signature",
		"signature": {
			"min": 2,
			"max": 12
		}
	},
	examples: {
		"pass": ["【钱站】张先生您好，您在钱站的借款已逾期7天，应还10000.00元，请尽快通过钱站APP还款。如已还款请忽略，客服400-000-1234。", "【钱站】{{ borrower.name | surname }}{{ borrower.gender | honorific }}您好，您的借款应还{{ loan.amount_due }}元，请在钱站APP还款。"],
		"fail": [
			"张先生您好，您的借款已逾期7天，请尽快在钱站APP还款。",
			"您好【钱站】，您的借款已逾期，请还款。",
			"【】您的借款已逾期，请还款。"
		]
	}
};
var signature_registered_brand_default = {
	kind: "pattern",
	severity: "error",
	category: "structure",
	target: "output",
	title: {
		"zh": "签名须为已报备品牌",
		"en": "Signature must be a registered brand"
	},
	message: {
		"zh": "签名“{match}”为中性、催收或机关字样，须使用已实名报备的平台名称",
		"en": "Signature “{match}” is generic, collection- or authority-styled; use the registered brand"
	},
	basis: [
		{
			"source": "短信平台签名规范（阿里云、华为云）",
			"note": "签名置于开头、2–12字、须实名报备，禁止中性签名（P）"
		},
		{
			"source": "《刑法》",
			"article": "第279条",
			"note": "冒充国家机关工作人员招摇撞骗，冒充人民警察从重（V1）"
		},
		{
			"source": "《治安管理处罚法》（2012年文本）",
			"article": "第51条",
			"note": "冒充国家机关工作人员或以其他虚假身份招摇撞骗（V1；2025年修订后条号未核实）"
		}
	],
	suggest: "【钱站】",
	params: { "patterns": ["^【(?:温馨提示|温馨提醒|客服通知|系统通知|重要通知|短信通知|通知|提醒|催收通知|催款通知|还款提醒|账单提醒|贷后|逾期通知|服务通知)", "^【[^【】]{0,6}?(?:催收|催缴|清收|法务|律师|律所|法院|公安|警方|检察|司法|仲裁|调解|执行局|执行中心|政府|监管|处置中心)"] },
	examples: {
		"pass": ["【钱站】张先生您好，您在钱站的借款已逾期7天，应还10000.00元，请尽快通过钱站APP还款。如已还款请忽略，客服400-000-1234。", "【钱站】您好，温馨提示：您的借款将于3月25日到期，请在钱站APP按时还款。"],
		"fail": [
			"【法务中心】张先生，您的借款已逾期30天，请在钱站APP还款。",
			"【温馨提示】您的借款已逾期，请尽快在钱站APP还款。",
			"【钱站贷后催收部】您的借款已逾期，请还款。"
		]
	}
};
var template_metadata_complete_default = {
	kind: "meta",
	severity: "info",
	category: "missing_element",
	target: "meta",
	title: {
		"zh": "模板元数据须完整",
		"en": "Template metadata complete"
	},
	message: {
		"zh": "模板未声明{value}（阶段），受众/时间/频率规则依赖它",
		"en": "The template does not declare its {value}; audience, time and frequency rules depend on it"
	},
	basis: [{
		"source": "合规设计推定",
		"note": "资料未直接规定，属设计选择，需合规复核（I）"
	}],
	params: { "check": "complete" },
	examples: {
		"pass": [{
			"source": "【钱站】张先生您好，您在钱站的借款已逾期7天，应还10000.00元，请尽快通过钱站APP还款。如已还款请忽略，客服400-000-1234。",
			"meta": { "stage": "D+7" }
		}, {
			"source": "【钱站】王女士您好，您的借款本期应还1,234.56元，还款日2024年3月25日，请在钱站APP按时还款，已还请忽略。客服热线400-000-1234",
			"meta": {
				"stage": "D-1",
				"audience": "debtor"
			}
		}],
		"fail": ["【钱站】张先生您好，您在钱站的借款已逾期7天，应还10000.00元，请尽快通过钱站APP还款。如已还款请忽略，客服400-000-1234。", {
			"source": "【钱站】王女士您好，您的借款本期应还1,234.56元，还款日2024年3月25日，请在钱站APP按时还款，已还请忽略。客服热线400-000-1234",
			"meta": { "stage": " " }
		}]
	}
};
var template_syntax_default = {
	kind: "variables",
	severity: "error",
	category: "template",
	target: "source",
	title: {
		"zh": "模板语法错误",
		"en": "Template syntax error"
	},
	message: {
		"zh": "模板无法解析：{value}",
		"en": "The template does not parse: {value}"
	},
	basis: [{
		"source": "合规设计推定",
		"note": "资料未直接规定，属设计选择，需合规复核（I）"
	}],
	params: { "check": "syntax" },
	examples: {
		"pass": ["【钱站】张先生您好，您在钱站的借款已逾期7天，应还10000.00元，请尽快通过钱站APP还款。如已还款请忽略，客服400-000-1234。", "【钱站】{% if loan.overdue_days > 0 %}已逾期{{ loan.overdue_days }}天{% endif %}"],
		"fail": ["【钱站】{{ borrower.name ", "【钱站】{% if loan.overdue_days > 0 %}已逾期"]
	}
};
// src/core/rules/defaults.ts
var cached;
/**
* The repo's rules/, bundled at build time and validated once (cached). Rules that fail to load are left out
* and their problems are kept in `ruleset.problems` (checkTemplate reports them).
*/
function defaultRuleset() {
	if (!cached) {
		const loaded = loadRuleset(Object.fromEntries(Object.entries(/* @__PURE__ */ Object.assign({
			"../../../rules/agency-outsourcing-notice.json": agency_outsourcing_notice_default,
			"../../../rules/allowed-variables-only.json": allowed_variables_only_default,
			"../../../rules/already-paid-disclaimer.json": already_paid_disclaimer_default,
			"../../../rules/amount-due-variable.json": amount_due_variable_default,
			"../../../rules/audience-debtor-only.json": audience_debtor_only_default,
			"../../../rules/charset-plain.json": charset_plain_default,
			"../../../rules/credit-report-claims-accurate.json": credit_report_claims_accurate_default,
			"../../../rules/credit-reporting-attribution.json": credit_reporting_attribution_default,
			"../../../rules/due-date-or-overdue-days.json": due_date_or_overdue_days_default,
			"../../../rules/frequency-cap-hard.json": frequency_cap_hard_default,
			"../../../rules/frequency-cap.json": frequency_cap_default,
			"../../../rules/inquiry-dispute-channel.json": inquiry_dispute_channel_default,
			"../../../rules/institution-identified.json": institution_identified_default,
			"../../../rules/length-max-chars.json": length_max_chars_default,
			"../../../rules/length-segments.json": length_segments_default,
			"../../../rules/links-official-domain-only.json": links_official_domain_only_default,
			"../../../rules/moralising-wording.json": moralising_wording_default,
			"../../../rules/no-address-or-employer.json": no_address_or_employer_default,
			"../../../rules/no-authority-impersonation.json": no_authority_impersonation_default,
			"../../../rules/no-banned-fields.json": no_banned_fields_default,
			"../../../rules/no-brackets-in-body.json": no_brackets_in_body_default,
			"../../../rules/no-coercive-pressure.json": no_coercive_pressure_default,
			"../../../rules/no-court-enforcement-consequences.json": no_court_enforcement_consequences_default,
			"../../../rules/no-criminal-liability-threat.json": no_criminal_liability_threat_default,
			"../../../rules/no-debt-info-to-third-party.json": no_debt_info_to_third_party_default,
			"../../../rules/no-discriminatory-language.json": no_discriminatory_language_default,
			"../../../rules/no-extra-collection-fees.json": no_extra_collection_fees_default,
			"../../../rules/no-fake-legal-documents.json": no_fake_legal_documents_default,
			"../../../rules/no-family-or-social-consequences.json": no_family_or_social_consequences_default,
			"../../../rules/no-full-card-or-account-number.json": no_full_card_or_account_number_default,
			"../../../rules/no-full-id-number.json": no_full_id_number_default,
			"../../../rules/no-harassment-threat.json": no_harassment_threat_default,
			"../../../rules/no-inducing-new-borrowing.json": no_inducing_new_borrowing_default,
			"../../../rules/no-insults.json": no_insults_default,
			"../../../rules/no-labelled-id-or-account-number.json": no_labelled_id_or_account_number_default,
			"../../../rules/no-lawyer-or-legal-dept-claims.json": no_lawyer_or_legal_dept_claims_default,
			"../../../rules/no-legal-sender-claims.json": no_legal_sender_claims_default,
			"../../../rules/no-litigation-status-claims.json": no_litigation_status_claims_default,
			"../../../rules/no-marketing-in-collection.json": no_marketing_in_collection_default,
			"../../../rules/no-private-account-repayment.json": no_private_account_repayment_default,
			"../../../rules/no-private-im-contact.json": no_private_im_contact_default,
			"../../../rules/no-public-exposure.json": no_public_exposure_default,
			"../../../rules/no-sensitive-details.json": no_sensitive_details_default,
			"../../../rules/no-shaming-moralising.json": no_shaming_moralising_default,
			"../../../rules/no-surveillance-claims.json": no_surveillance_claims_default,
			"../../../rules/no-third-party-details-in-body.json": no_third_party_details_in_body_default,
			"../../../rules/no-third-party-phone.json": no_third_party_phone_default,
			"../../../rules/no-threat-to-notify-others.json": no_threat_to_notify_others_default,
			"../../../rules/no-unverified-relief-offers.json": no_unverified_relief_offers_default,
			"../../../rules/no-violence-or-safety-threat.json": no_violence_or_safety_threat_default,
			"../../../rules/no-visit-threat.json": no_visit_threat_default,
			"../../../rules/official-hotline-only.json": official_hotline_only_default,
			"../../../rules/opt-out-rule.json": opt_out_rule_default,
			"../../../rules/pii-fields-masked.json": pii_fields_masked_default,
			"../../../rules/repayment-channel-official.json": repayment_channel_official_default,
			"../../../rules/send-window.json": send_window_default,
			"../../../rules/signature-leading-required.json": signature_leading_required_default,
			"../../../rules/signature-registered-brand.json": signature_registered_brand_default,
			"../../../rules/template-metadata-complete.json": template_metadata_complete_default,
			"../../../rules/template-syntax.json": template_syntax_default
		})).map(([key, json]) => [key.replace(/^(?:\.\.?\/)+/, ""), json])));
		cached = loaded.ok ? loaded.value : loaded.partial ?? {
			rules: [],
			problems: loaded.problems
		};
	}
	return cached;
}
// src/core/check/builtin.ts
/** A sample has no value for a variable the template prints: that sample's message has a hole. */
var MISSING_VALUE = {
	id: "template/missing-value",
	category: "template",
	severity: "warning",
	title: {
		zh: "样本缺少变量值",
		en: "Sample lacks a value"
	},
	message: {
		zh: "变量 {variable} 在样本 {sample} 中没有值，渲染结果为空",
		en: "{variable} renders empty for sample {sample}"
	},
	basis: []
};
// src/core/check/locate.ts
/**
* Maps an output range to the source through the render trace: inside a literal span the source range is
* exact; a value span contributes its whole `{{ … }}` tag and names its variable.
*/
function locate(spans, start, end) {
	const hit = spans.filter((s) => start === end ? s.start <= start && start < s.end : s.start < end && s.end > start);
	const first = hit[0];
	const last = hit.at(-1);
	if (!first || !last) return {};
	const sourceStart = first.kind === "literal" ? first.sourceStart + Math.max(0, start - first.start) : first.sourceStart;
	const lastEnd = last.kind === "literal" ? last.sourceStart + (Math.min(end, last.end) - last.start) : last.sourceEnd;
	const variable = hit.find((s) => s.kind === "value" && s.variable !== void 0)?.variable;
	return {
		sourceStart,
		sourceEnd: Math.max(sourceStart, lastEnd),
		...variable === void 0 ? {} : { variable }
	};
}
// src/core/check/message.ts
/** Fills `{match}`-style placeholders; a placeholder without a value becomes empty. */
function fillMessage(template, values) {
	return template.replace(/\{(match|value|variable|sample|limit)\}/g, (_, name) => values[name] ?? "");
}
// src/core/check/score.ts
/** Points a rule costs, once per distinct rule (its worst severity); every distinct problem code costs 30. */
var SEVERITY_COST = {
	error: 30,
	warning: 10,
	info: 1
};
var RANK = {
	error: 0,
	warning: 1,
	info: 2
};
/**
* Score = 100 − Σ cost over distinct rules with findings (error 30, warning 10, info 1) and distinct problem
* codes (30 each), floored at 0. Verdict: block on any error finding or any problem, warn on any warning, else pass.
*/
function scoreReport(findings, problems) {
	const worst = /* @__PURE__ */ new Map();
	for (const f of findings) {
		const prior = worst.get(f.ruleId);
		if (prior === void 0 || RANK[f.severity] < RANK[prior]) worst.set(f.ruleId, f.severity);
	}
	const explanation = [...worst].map(([ruleId, severity]) => ({
		ruleId,
		severity,
		cost: SEVERITY_COST[severity]
	}));
	for (const code of new Set(problems.map((p) => p.code))) explanation.push({
		ruleId: code,
		severity: "error",
		cost: SEVERITY_COST.error
	});
	explanation.sort((a, b) => b.cost - a.cost || (a.ruleId < b.ruleId ? -1 : 1));
	const score = Math.max(0, 100 - explanation.reduce((sum, e) => sum + e.cost, 0));
	return {
		verdict: problems.length > 0 || findings.some((f) => f.severity === "error") ? "block" : findings.some((f) => f.severity === "warning") ? "warn" : "pass",
		score,
		explanation
	};
}
/** Severity first (error, warning, info), then position in the source (or output), then rule id. */
function compareFindings(a, b) {
	const pos = (f) => f.sourceStart ?? f.start ?? Number.MAX_SAFE_INTEGER;
	return RANK[a.severity] - RANK[b.severity] || pos(a) - pos(b) || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}
// src/core/check/collect.ts
function mergeKey(rule, hit, target, loc) {
	const sev = hit.severity ?? rule.severity;
	if (target === "source") return `${rule.id}|src|${hit.start ?? ""}|${hit.end ?? ""}|${hit.variable ?? ""}`;
	if (target === "meta") return `${rule.id}|meta|${sev}|${JSON.stringify(hit.vars ?? {})}`;
	if (loc.variable !== void 0) return `${rule.id}|var|${loc.variable}|${loc.sourceStart ?? ""}`;
	if (loc.sourceStart !== void 0) return `${rule.id}|lit|${loc.sourceStart}|${loc.sourceEnd}`;
	if (hit.start !== void 0) return `${rule.id}|out|${hit.match ?? ""}`;
	return `${rule.id}|whole|${sev}`;
}
/**
* Collects raw hits from every phase and merges the same hit across samples (same rule and source range,
* or same matched text from the same variable) into one finding listing every sample it occurs in.
*/
var FindingCollector = class {
	entries = /* @__PURE__ */ new Map();
	add(rule, hit, target, sampleId, spans) {
		const sample = hit.sampleId ?? sampleId;
		const loc = target === "output" && spans && hit.start !== void 0 ? locate(spans, hit.start, hit.end ?? hit.start) : {};
		const key = mergeKey(rule, hit, target, loc);
		const prior = this.entries.get(key);
		if (!prior) this.entries.set(key, {
			rule,
			hit,
			target,
			sampleIds: sample === void 0 ? [] : [sample],
			loc
		});
		else if (sample !== void 0 && !prior.sampleIds.includes(sample)) prior.sampleIds.push(sample);
	}
	/** The merged findings with messages in `lang`, sorted by severity then position. */
	findings(lang, sampleCount = 0) {
		return [...this.entries.values()].map((e) => toFinding(e, lang, sampleCount)).sort(compareFindings);
	}
};
/** `{sample}` in messages: one id, a few ids, or a count — the full list is in `sampleIds`. */
function sampleLabel(ids, lang, sampleCount) {
	const sep = lang === "zh" ? "、" : ", ";
	if (ids.length > 1 && ids.length === sampleCount) return lang === "zh" ? `（全部${ids.length}个）` : `(all ${ids.length})`;
	if (ids.length <= 3) return ids.join(sep);
	const shown = ids.slice(0, 3).join(sep);
	return lang === "zh" ? `${shown}等${ids.length}个` : `${shown} and ${ids.length - 3} more`;
}
function toFinding({ rule, hit, target, sampleIds, loc }, lang, sampleCount) {
	const variable = hit.variable ?? loc.variable;
	const message = fillMessage(rule.message[lang], {
		match: hit.match ?? "",
		variable: hit.vars?.variable ?? variable ?? "",
		sample: hit.vars?.sample !== void 0 && sampleIds.length <= 1 ? hit.vars.sample : sampleLabel(sampleIds, lang, sampleCount),
		...hit.vars?.value === void 0 ? {} : { value: hit.vars.value },
		...hit.vars?.limit === void 0 ? {} : { limit: hit.vars.limit }
	});
	const f = {
		ruleId: rule.id,
		category: rule.category,
		severity: hit.severity ?? rule.severity,
		message,
		target,
		title: rule.title[lang]
	};
	if (hit.start !== void 0) {
		f.start = hit.start;
		f.end = hit.end ?? hit.start;
	}
	if (sampleIds.length > 0) {
		f.sampleId = sampleIds[0];
		f.sampleIds = sampleIds;
	}
	if (loc.sourceStart !== void 0) {
		f.sourceStart = loc.sourceStart;
		f.sourceEnd = loc.sourceEnd ?? loc.sourceStart;
	}
	if (variable !== void 0) f.variable = variable;
	if (hit.match !== void 0) f.match = hit.match;
	if (rule.basis.length > 0) f.basis = rule.basis;
	const suggest = hit.suggest ?? rule.suggest;
	if (suggest !== void 0) f.suggest = suggest;
	return f;
}
// src/core/check/render-samples.ts
/**
* Renders every sample with strict variables. A sample missing a value is not fatal: the miss is recorded
* (a warning finding later) and the sample is rendered again leniently so its text is still checked.
* The first sample that hits a render limit (`template/limit`) ends the loop: later samples are not rendered.
*/
function renderSamples(source, samples) {
	const out = {
		runs: [],
		missing: [],
		problems: []
	};
	const seen = /* @__PURE__ */ new Set();
	const prepared = /* @__PURE__ */ new Map();
	for (const sample of samples) {
		let r = renderWithTrace(source, sample.data, { strictVariables: true });
		if (!r.ok) {
			const miss = r.problems.find((p) => p.code === "template/undefined-variable");
			if (miss) {
				const variable = /undefined variable: (\S+)/.exec(miss.message)?.[1] ?? miss.message;
				out.missing.push({
					sampleId: sample.id,
					variable,
					...miss.start === void 0 ? {} : {
						start: miss.start,
						end: miss.end ?? miss.start
					}
				});
				r = renderWithTrace(source, sample.data, { strictVariables: false });
			}
		}
		if (!r.ok) {
			for (const p of r.problems) {
				const key = `${p.code}|${p.start}|${p.end}|${p.message}`;
				if (seen.has(key)) continue;
				seen.add(key);
				out.problems.push({
					...p,
					sampleId: sample.id
				});
			}
			if (r.problems.some((p) => p.code === "template/limit")) break;
			continue;
		}
		let prep = prepared.get(r.text);
		if (!prep) {
			prep = {
				text: matchable(r.text),
				sms: smsSegments(r.text)
			};
			prepared.set(r.text, prep);
		}
		out.runs.push({
			sample,
			spans: r.spans,
			...prep
		});
	}
	return out;
}
// src/core/check/run-rules.ts
/**
* Runs rules in isolation: a rule that throws becomes one `internal` problem naming it (reported once per
* check, however many samples it failed on) and the other rules still run.
*/
var RuleRunner = class {
	problems = [];
	failed = /* @__PURE__ */ new Set();
	/** Runs every rule on one phase context and hands each hit to `onHit`. */
	runAll(rules, fields, onHit) {
		const ctx = Object.assign({
			params: void 0,
			compiled: void 0
		}, fields);
		for (const active of rules) {
			if (this.failed.has(active.rule.id)) continue;
			ctx.params = active.rule.params;
			ctx.compiled = active.entry.compiled;
			let hits;
			try {
				hits = active.entry.def.run(ctx);
			} catch (e) {
				this.failed.add(active.rule.id);
				const why = e instanceof Error ? e.message : String(e);
				this.problems.push({
					code: "internal",
					message: `rule ${active.rule.id} failed: ${why}`,
					ruleId: active.rule.id
				});
				continue;
			}
			for (const hit of hits) onHit(active, hit);
		}
	}
};
// src/core/check/check-template.ts
var BLOCKING = /* @__PURE__ */ new Set(["template/parse", "template/limit"]);
function validMeta(meta, problems) {
	if (meta === void 0) return resolveMeta();
	const parsed = templateMetaSchema.partial().safeParse(meta);
	if (parsed.success) return resolveMeta(parsed.data);
	problems.push(...problemsFromZod(parsed.error.issues, "meta/invalid"));
	return resolveMeta();
}
function activeRules(ruleset, meta, kinds, problems) {
	const active = [];
	for (const rule of ruleset.rules) {
		if (rule.appliesTo && !rule.appliesTo.audience.includes(meta.audience)) continue;
		try {
			const entry = compiledRule(rule, kinds);
			if (entry) active.push({
				rule,
				entry
			});
			else problems.push({
				code: "rule/unknown-kind",
				message: `rule ${rule.id}: unknown kind ${rule.kind}`,
				ruleId: rule.id
			});
		} catch (e) {
			problems.push({
				code: "internal",
				message: `rule ${rule.id} failed to compile: ${e.message}`,
				ruleId: rule.id
			});
		}
	}
	return active;
}
function check(t, opts) {
	const ruleset = opts.ruleset ?? defaultRuleset();
	const lang = opts.lang ?? "zh";
	const problems = [...ruleset.problems];
	const meta = validMeta(t.meta, problems);
	const rules = activeRules(ruleset, meta, opts.kinds ?? KINDS, problems);
	const byTarget = (target) => rules.filter((r) => r.rule.target === target);
	const runner = new RuleRunner();
	const collector = new FindingCollector();
	const { source } = t;
	const analysis = analyzeTemplate(source);
	const parseProblems = analysis.ok ? [] : analysis.problems;
	problems.push(...parseProblems);
	const sourceFields = {
		phase: "source",
		source,
		meta,
		analysis: analysis.ok ? analysis.value : void 0,
		parseProblems
	};
	runner.runAll(byTarget("source"), sourceFields, (r, hit) => collector.add(r.rule, hit, hit.target ?? "source"));
	const blocked = parseProblems.some((p) => BLOCKING.has(p.code));
	const samples = opts.samples ?? defaultSamples();
	if (samples.length === 0) problems.push({
		code: "sample/none",
		message: "no sample to render: output rules cannot run"
	});
	const rendered = blocked ? {
		runs: [],
		missing: [],
		problems: []
	} : renderSamples(source, samples);
	problems.push(...rendered.problems);
	for (const m of rendered.missing) collector.add(MISSING_VALUE, {
		...m.start === void 0 ? {} : {
			start: m.start,
			end: m.end
		},
		variable: m.variable
	}, "source", m.sampleId);
	const outputRules = byTarget("output");
	for (const run of rendered.runs) {
		const fields = {
			phase: "output",
			source,
			meta,
			sample: run.sample,
			text: run.text,
			segments: run.sms.segments
		};
		runner.runAll(outputRules, fields, (r, hit) => collector.add(r.rule, hit, hit.target ?? "output", run.sample.id, run.spans));
	}
	const outputs = rendered.runs.map((run) => ({
		sample: run.sample,
		text: run.text,
		segments: run.sms.segments
	}));
	const spansOf = new Map(rendered.runs.map((run) => [run.sample.id, run.spans]));
	runner.runAll(byTarget("meta"), {
		phase: "meta",
		source,
		meta,
		outputs
	}, (r, hit) => {
		const spans = hit.sampleId === void 0 ? void 0 : spansOf.get(hit.sampleId);
		collector.add(r.rule, hit, hit.target ?? "meta", hit.sampleId, spans);
	});
	problems.push(...runner.problems);
	const findings = collector.findings(lang, samples.length);
	return {
		...scoreReport(findings, problems),
		findings,
		problems,
		samples: rendered.runs.map((run) => ({
			sampleId: run.sample.id,
			text: run.text.text,
			segments: run.sms.segments,
			encoding: run.sms.encoding,
			units: run.sms.units
		}))
	};
}
/**
* Checks a template (a plain-text message is a template too): meta validated (`meta/invalid`), static rules on
* the source (Liquid syntax errors → `template/parse`), every sample rendered with strict variables (a sample
* missing a value → warning finding `template/missing-value`), output rules on each rendered text, meta rules.
* The same hit across samples is one finding with `sampleIds`. Synchronous; never throws (an unexpected error
* becomes an `internal` problem and the verdict `block`).
*/
function checkTemplate(t, opts = {}) {
	try {
		if (typeof t?.source !== "string") return {
			verdict: "block",
			score: 0,
			findings: [],
			problems: [{
				code: "template/invalid",
				message: "the template source must be a string"
			}],
			samples: [],
			explanation: []
		};
		return check(t, opts);
	} catch (e) {
		return {
			verdict: "block",
			score: 0,
			findings: [],
			problems: [{
				code: "internal",
				message: `check failed: ${e instanceof Error ? e.message : String(e)}`
			}],
			samples: [],
			explanation: []
		};
	}
}
// src/core/review/schemas.ts
var id = z.string().min(1);
var isoTime = z.iso.datetime({ offset: true });
var hex64$1 = z.string().regex(/^[0-9a-f]{64}$/, "expected a lowercase hex SHA-256");
var count$1 = z.number().int().nonnegative();
var REVIEW_STATUSES = [
	"in_review",
	"approved",
	"changes_requested"
];
var AUDIT_ACTIONS = [
	"created",
	"version_saved",
	"submitted",
	"approved",
	"changes_requested",
	"exported",
	"imported"
];
/**
* A draft's meta is kept even while it is not yet valid (the writer is mid-edit; nothing typed is lost);
* versions require the strict `templateMetaSchema`.
*/
var draftMetaSchema = z.looseObject({ audience: z.enum(AUDIENCES) });
z.strictObject({
	id,
	name: z.string(),
	source: z.string(),
	meta: draftMetaSchema,
	revision: z.number().int().nonnegative(),
	updatedAt: isoTime
});
/** What a review keeps of a report. `findingIds` are `findingId(f)`; `warningRuleIds` need a justification. */
var reportSummarySchema = z.strictObject({
	verdict: z.enum([
		"pass",
		"warn",
		"block"
	]),
	score: z.number().min(0).max(100),
	counts: z.strictObject({
		error: count$1,
		warning: count$1,
		info: count$1
	}),
	problemCount: count$1,
	findingIds: z.array(z.string()),
	warningRuleIds: z.array(z.string())
});
z.strictObject({
	id,
	templateId: id,
	number: z.number().int().positive(),
	name: z.string(),
	source: z.string(),
	meta: templateMetaSchema,
	message: z.string(),
	author: z.string(),
	createdAt: isoTime,
	rulesetHash: hex64$1,
	samplesHash: hex64$1,
	contentHash: hex64$1,
	report: reportSummarySchema
});
var justificationSchema = z.strictObject({
	ruleId: z.string().min(1),
	text: z.string()
});
z.strictObject({
	id,
	versionId: id,
	templateId: id,
	status: z.enum(REVIEW_STATUSES),
	reviewer: z.string(),
	decidedAt: isoTime,
	note: z.string(),
	justifications: z.array(justificationSchema),
	contentHash: hex64$1,
	reportSummary: reportSummarySchema
});
z.strictObject({
	seq: z.number().int().positive(),
	at: isoTime,
	actor: z.string(),
	action: z.enum(AUDIT_ACTIONS),
	templateId: z.string().optional(),
	versionId: z.string().optional(),
	detail: z.string().optional()
});
// src/core/bundle/schema.ts
var BUNDLE_FORMAT = "dunning-bundle";
var hex64 = z.string().regex(/^[0-9a-f]{64}$/, "expected a lowercase hex SHA-256");
var hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "expected HH:MM");
var count = z.number().int().nonnegative();
var bundleSignatureSchema = z.strictObject({
	alg: z.literal("ES256"),
	publicKeyJwk: z.strictObject({
		kty: z.literal("EC"),
		crv: z.literal("P-256"),
		x: z.string().min(1),
		y: z.string().min(1)
	}),
	fingerprint: z.string().min(1),
	/** base64 of the 64-byte IEEE P1363 (r‖s) ECDSA signature over the UTF-8 bytes of `bundleHash` */
	value: z.string().regex(/^[A-Za-z0-9+/]+={0,2}$/, "expected base64")
});
var bundleApprovalSchema = z.strictObject({
	reviewer: z.string().min(1),
	approvedAt: z.iso.datetime({ offset: true }),
	note: z.string(),
	reportSummary: z.strictObject({
		verdict: z.enum([
			"pass",
			"warn",
			"block"
		]),
		score: z.number().min(0).max(100),
		counts: z.strictObject({
			error: count,
			warning: count,
			info: count
		})
	}),
	justifications: z.array(z.strictObject({
		ruleId: z.string().min(1),
		text: z.string().min(1)
	})),
	/** the approved version's hash over (source, meta, ruleset hash, samples hash) */
	contentHash: hex64
});
var bundleTemplateSchema = z.strictObject({
	id: z.string().min(1),
	name: z.string(),
	stage: z.string(),
	meta: templateMetaSchema,
	source: z.string(),
	/** `templateSha256` of { id, name, stage, meta, source } */
	sha256: hex64,
	approval: bundleApprovalSchema
});
var bundlePolicySchema = z.strictObject({
	templateId: z.string().min(1),
	stage: z.string(),
	audience: z.enum(AUDIENCES),
	sendWindow: z.strictObject({
		start: hhmm,
		end: hhmm
	}),
	maxPerDay: z.number().int().positive()
});
z.strictObject({
	format: z.literal(BUNDLE_FORMAT),
	version: z.literal(1),
	createdAt: z.iso.datetime({ offset: true }),
	generator: z.strictObject({
		name: z.string().min(1),
		version: z.string().min(1)
	}),
	ruleset: z.strictObject({
		hash: hex64,
		ruleCount: count
	}),
	samples: z.strictObject({ hash: hex64 }),
	policy: z.array(bundlePolicySchema),
	templates: z.array(bundleTemplateSchema),
	/** sha256Hex(canonicalJson(bundle without bundleHash and signature)) */
	bundleHash: hex64,
	signature: bundleSignatureSchema.optional()
});
// tests/core/rules/scratch-prof.ts
var base = defaultSamples();
var samples = Array.from({ length: 20 }, (_, i) => {
	const s = base[i % base.length];
	return {
		...s,
		id: `${s.id}-${i}`
	};
});
var TEMPLATE = "{{ platform.signature }}{{ borrower.name | surname }}{{ borrower.gender | honorific }}您好，您在{{ platform.name }}的借款已逾期{{ loan.overdue_days }}天，应还{{ loan.amount_due | cny }}（{{ loan.amount_due | rmb_upper }}），到期日{{ loan.due_date | date_cn }}。请通过{{ platform.app_name }}官方渠道还款，如已还款请忽略。按合同约定，逾期信息可能由{{ lender.short_name }}依法报送征信系统。客服{{ platform.hotline }}";
var ruleset = defaultRuleset();
for (let i = 0; i < 300; i++) checkTemplate({ source: TEMPLATE }, {
	ruleset,
	samples
});
var t0 = performance.now();
var N = Number(process.env.N ?? 3e3);
for (let i = 0; i < N; i++) checkTemplate({ source: TEMPLATE }, {
	ruleset,
	samples
});
console.log(((performance.now() - t0) / N).toFixed(3), "ms/check");
export {};
