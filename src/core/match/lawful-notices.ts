import { clauseEndFrom, clauseStartBefore, eachClause } from './clause-bounds';
import { type Span, spanPusher } from './spans';

/**
 * The lender's own lawful recourse as the consequence of not paying (请立即还款以免被起诉, 否则将影响征信并启动司法程序,
 * 否则将上报征信并移交法务部门处理): the words from the marker to the recourse, only when they name nothing but the
 * courts, the lender's legal department and the credit record, and nothing but 处理/程序/解决 follows in the clause.
 */
const RECOURSE =
  /(?:否则|以免|避免|不然|如未|若未|如仍未|若仍未|逾期不还的?)[^，,。；;！？!?\n]{0,16}?(?:被起诉|起诉|诉讼|司法程序|法律程序|法律途径|法务部门?处理|移交法务部门?)/u;
const MORE_THAN_RECOURSE =
  /上门|家|单位|同事|亲友|朋友|联系人|通讯录|刑事|坐牢|拘留|逮捕|判刑|冻结|查封|扣押|拍卖|强制|执行|律师|律所|本所|我所|传票|黑名单|失信|曝光|公开|一切|全部|后果|立即(?!还款|处理)|马上|今天|明天|小时|费|保证金|缴纳|转账|账户|通知|联系|电话|告诉|告知|打|让|父母|爸|妈|老婆|老公|孩子|子女|家属|亲属|身败名裂|腿|命/u;
/** What may follow the recourse in its clause. */
const RECOURSE_TAIL = /^(?:处理|程序|解决|途径|手段)?$/u;

/**
 * A question the reader asked, quoted and answered (您咨询的“能否去户籍地派出所开具困难证明”, 关于您提出的“是否会影响子女上学”
 * 的疑问, 您问到的“逾期会不会被拘留”): the quotation.
 */
const QUESTION_QUOTED = /(?:您|你)(?:本人)?(?:咨询|询问|提出|问到|问起|关心|提问)的[“"「]([^”"」\n]{1,40})[”"」]/u;

/** The reader invited to bring family to a meeting they arranged (可携带家属陪同): the phrase. */
const FAMILY_MAY_COME = /(?:可|可以|欢迎|允许)(?:携带|带上?|由|让|请)?(?:家属|家人|亲友|亲属)(?:陪同|一同|一起|同行)/u;

/**
 * The reader's own contact data managed (已将您的紧急联系人信息从系统中删除; 尾号3318为紧急联系人号码，若已不再使用，请登录APP
 * 修改): from the contact to the act on the data.
 */
const CONTACT_DATA_MANAGED =
  /(?:紧急联系人|联系人)(?:的)?(?:信息|号码|资料|电话)?[^，,；;。！？!?\n]{0,24}?(?:删除|移除|修改|更新|变更|解除|撤销|更换)|(?:删除|移除|修改|更新|变更|更换)(?:您的?|你的?)?(?:紧急联系人|联系人)/u;

/**
 * The reader told to report a crime themself (请携带身份证前往就近派出所报案, 如遇威胁请立即报警): the words up to the report,
 * unless the clause goes on to shrug it off (你可以报警，但我们照样上门).
 */
const READER_REPORTS = /(?:请|可|可以|建议|务必)(?:您|你)?[^，,。；;！？!?\n]{0,16}?(?:报警|报案)/u;
const REPORT_SHRUGGED = /但|照样|照常|一样|也没用|没用|尽管|随便/u;

/**
 * A law firm's letter as a possibility with the means to check it (律师函（如有）将载明律所名称、执业证号及核实电话): the
 * clause.
 */
const LETTER_VERIFIABLE =
  /(?:载明|注明|列明|写明|附有|附上)[^，,。；;！？!?\n]{0,16}?(?:执业证号|执业证|律所名称|律师事务所名称|核实电话|核验方式)/u;

/**
 * Litigation as a condition whose consequences the court decides (若您的借款最终进入诉讼程序，是否列入失信被执行人名单由人民法院
 * 依法决定): from the condition to the court's decision.
 */
const COURT_DECIDES_IF_SUED =
  /(?:若|如|如果|一旦|倘若)[^，,。；;！？!?\n]{0,12}?(?:进入|提起|走|涉及)[^，,。；;！？!?\n]{0,4}?(?:诉讼|司法)(?:程序)?[，,][^，,；;。！？!?\n]{0,24}?由(?:人民)?法院(?:依法)?(?:决定|判决|裁定|认定)/u;

/**
 * The reader's own request that contact with others stop (您在电话中要求我们停止联系您的紧急联系人): the clause, up to a
 * turn back to pressure (…停止联系那就让你家人来还).
 */
const ASKED_TO_STOP =
  /(?:您|你)(?:本人)?[^，,。；;！？!?\n]{0,12}?(?:要求|申请|请求)(?:我们|我司|平台)?停止(?:向[^，,。；;！？!?\n]{0,8}?)?(?:联系|致电|打扰|拨打|发送|通知)(?:(?!那|就|否则|不然|但|却|让|叫|要|再|如果|若)[^，,。；;！？!?\n]){0,12}/u;

/**
 * Claims quoted and called false (对方如称您“涉嫌诈骗”“即将被拘留”均为虚假信息): the quotations up to the label.
 */
const QUOTED_CLAIMS_FALSE =
  /(?:[“"「][^”"」\n]{1,24}[”"」][、，,和或及]?){1,6}(?:等|之类的?)?(?:说法|字样|话术|信息|短信|内容|言论|图片|链接)?(?:均|都|一律|全|全部|统统)?(?:(?:为|是|属于|属|系)(?:虚假|诈骗|谣言|骗局|假的|不实|冒充)|(?:非|并非|不是)(?:法院|官方|本平台|我司|真实)|(?:请|可)(?:通过|拨打|致电|登录)[^，,。；;！？!?\n]{0,12}?(?:核实|查询|核验))/u;

/** A quotation doubted rather than denied (你以为“明天去你单位”是假的吗？, 谁说“联系你家人”是假的？). */
const RHETORICAL = /以为|谁说|难道|觉得|[吗么][？?]?$|[？?]/u;

/**
 * The lender's own measures on its own product (您在本平台的借款额度将被冻结, 以免账户被停用 on a card, 已暂停您的后续借款
 * 服务): the clause, when it names nothing of the reader's other accounts, income or people.
 */
const OWN_MEASURE =
  /(?:借款|贷款|授信|信用|可用)?额度(?:将|会|已|已经)?(?:被)?(?:冻结|暂停|关闭|降低|下调|清零|调整|停用)|(?:暂停|停止|关闭|冻结)(?:您的?|你的?)?(?:后续|再次|新的)?(?:借款|借贷|提现|分期|消费|用款)(?:服务|功能|资格|权限)|(?:信用卡|卡片|该卡|本卡)[^，,。；;！？!?\n]{0,16}?(?:停用|止付|冻结|降额|暂停使用)/u;
const OWN_CARD = /信用卡|卡片|尾号\d{4}的卡/u;
const CARD_ACCOUNT = /(?:以免|避免|否则)?(?:您的?)?(?:信用卡)?账户(?:将|会)?(?:被)?(?:停用|止付|冻结|暂停使用)/u;
const BEYOND_OWN =
  /名下|所有|全部|其他|其它|银行账户|储蓄|工资|公积金|社保|支付宝|微信|财产|房产|车辆|家人|父母|单位|法院|执行|查封|再不|不还|否则|坐牢|拘留|公安|刑事/u;

/**
 * Lawful notices of one sentence: the lender's recourse named as the consequence, litigation whose consequence the
 * court decides, the reader's quoted question, family invited along, the reader's contact data managed or the request
 * to stop contacting others, the reader told to report, claims quoted and called false, the lender's measures on its
 * own product, a law firm's letter with its means of checking.
 */
export function noticeFrames(sentence: string, base: number, out: Span[]): void {
  const push = spanPusher(out, base);
  const recourse = RECOURSE.exec(sentence);
  if (recourse) {
    const end = recourse.index + recourse[0].length;
    const tail = sentence.slice(end, clauseEndFrom(sentence, end));
    if (!MORE_THAN_RECOURSE.test(recourse[0]) && RECOURSE_TAIL.test(tail)) push(recourse.index, end + tail.length);
  }
  const sued = COURT_DECIDES_IF_SUED.exec(sentence);
  if (sued) push(sued.index, sued.index + sued[0].length);
  const question = QUESTION_QUOTED.exec(sentence);
  if (question) push(question.index, question.index + question[0].length);
  const family = FAMILY_MAY_COME.exec(sentence);
  if (family) push(family.index, family.index + family[0].length);
  const data = CONTACT_DATA_MANAGED.exec(sentence);
  if (data) push(data.index, data.index + data[0].length);
  const report = READER_REPORTS.exec(sentence);
  if (report) {
    const end = report.index + report[0].length;
    if (!REPORT_SHRUGGED.test(sentence.slice(end, clauseEndFrom(sentence, end)))) push(report.index, end);
  }
  const stop = ASKED_TO_STOP.exec(sentence);
  if (stop) push(clauseStartBefore(sentence, stop.index), stop.index + stop[0].length);
  const quoted = QUOTED_CLAIMS_FALSE.exec(sentence);
  if (quoted && !RHETORICAL.test(sentence)) push(quoted.index, quoted.index + quoted[0].length);
  eachClause(sentence, (clause, at) => {
    const own = OWN_MEASURE.test(clause) || (OWN_CARD.test(sentence) && CARD_ACCOUNT.test(clause));
    if (own && !BEYOND_OWN.test(clause)) push(at, at + clause.length);
  });
  const letter = LETTER_VERIFIABLE.exec(sentence);
  if (letter) push(clauseStartBefore(sentence, letter.index), clauseEndFrom(sentence, letter.index));
}
