import { clauseEndFrom, clauseStartBefore } from './clause-bounds';
import { simplifiedOriginal } from './simplified-original';
import { assuranceFrames } from './lawful-assurances';
import { legalProcessFrames } from './lawful-legal-process';
import { noticeFrames } from './lawful-notices';
import { stanceFrames } from './lawful-stances';
import { PRESSURE_TURN } from './pressure-turn';
import { PER_REQUEST, pressesInside, unquoted } from './span-guards';
import type { Span } from './spans';

const SENTENCE = /[^。！？!?\n]+[。！？!?\n]?/g;

/**
 * Someone else's conduct, reported to the reader (如您遭遇催收人员爆通讯录, 如有人自称…并要求缴纳保证金, 有用户反映收到…,
 * 如您的好友收到…的短信) — a frame that only counts with what to do about it after it in the same sentence.
 */
const REPORTED =
  /(?:如果|如|若|假如|倘若|一旦|万一|凡是?)(?:您|你|用户|客户)?(?:的?[\p{Script=Han}]{1,6}?(?:[或和及、][\p{Script=Han}]{1,4}?)?)?(?:收到|接到|遭遇|遇到|碰到|看到|发现|遇(?=有人|任何人|他人|陌生人|自称|冒充|催收))|^(?:【[^】]{0,12}】)?(?:[^，。：:]{0,8}[：:])?(?:收到|接到)(?!请|速|回|后|此|本|立即|马上|赶紧|即|了?(?:本|此|这条|该)|通知后|短信后)|(?:如果|如|若|凡|假如)(?:有人|遇到有人|发现有人|有催收人员|有催收员|有工作人员|有任何人|有机构)|(?:催收人员|催收员|工作人员|任何人)(?:如有|若有|如|若)|有(?:用户|客户|网友|借款人)(?:反映|反馈|举报|投诉)/u;
/** What was received is this message itself (如您本人收到本短信，请于今日还款): no report of someone else's act. */
const RECEIPT_OF_OURS = /^(?:了)?(?:(?:本|此|这条|该)(?:短信|信息|通知|消息)|(?:我们|我司|本平台|本公司|平台)的)/u;
/** Between the report and the advice, the sender's own step or a default's condition: a threat, not a report. */
const SENDER_ACTS =
  /否则|不然|再不|不还|不处理|不回|(?:我们|我司|本公司|我行)(?:就|会|将|已|马上|明天|今天|一直)(?!\p{Script=Han}{0,2}?(?:核查|核实|处理|调查|查处|严肃|停止|暂停|协助))/u;
/** What the reader is told to do about it, or the denial that it is ours. */
const WHAT_TO_DO =
  /(?:请勿|切勿|不要|勿)(?:相信|理会|轻信|转账|点击|回复|透露)|理会|投诉|举报|报警|核实|核查|查询|真伪|(?:并?非|不是)(?:本平台|本公司|我司|本司|我行|我们)|诈骗|保留证据|告知其|告诉其|挂断|拉黑/;

/** After the law's condition, the reader told they are about to meet it (…你马上就是了, 判决下周就下来). */
const SOON_YOU = /马上就是|就下来|很快就|下周就|明天就|你就是|快了/u;
/**
 * An accurate statement of the law, told as a condition only a court can meet: 只有被法院依法纳入失信被执行人名单的人
 * 才会…, 只有以非法占有为目的的恶意透支才…, 只有法院依法裁定后才可…. The span runs to the end of the 才 clause.
 */
const ONLY_IF_COURT =
  /只有(?:在|经过?|被|由)?(?:人民)?(?:法院|司法机关|以非法占有为目的|判决|裁定|依法)[^。！？!?\n]{0,40}?才/u;

/**
 * What a court may do after a judgment the debtor does not perform (若您被法院判决还款后仍不履行，法院可能…; 判决生效后仍不
 * 履行的，法院可…): the whole sentence states the law, not a step taken.
 */
const AFTER_JUDGMENT =
  /(?:判决|裁定|裁决|生效法律文书|调解书|支付令)[^。！？!?\n]{0,16}?(?:后|生效|确定)[^。！？!?\n]{0,6}?(?:仍|依然|仍然|拒不|还)?(?:不履行|未履行|拒不履行|拒绝履行)/u;
/**
 * …and what follows is the court's step or the creditor's application to it (我司有权申请强制执行), not the sender's own
 * (若判决后仍不履行，我们会让你… stays a threat).
 */
const COURT_MAY =
  /(?:法院|人民法院|执行法院)(?:可|可能|可以|有权|将|会|依法)|(?:有权|可以|可|可能|将)(?:依法)?(?:向法院)?申请(?:强制)?执行/u;
const CONDITIONAL_OR_RELATIVE = /(?:若|如|如果|一旦|倘若|假如)[^。！？!?\n]*$/u;

/**
 * The lender's own visit, offered on a condition and by appointment (如确需上门拜访，将提前与您本人预约): a pledge of how
 * it would be done, not a threat that it will.
 */
const BY_APPOINTMENT =
  /(?:如|若|如果)(?:确)?(?:需|需要|有必要)[^。！？!?\n]{0,20}?(?:提前|事先|预先)[^。！？!?\n]{0,8}?(?:预约|告知|征得)/u;

/** Who else would learn of it, or a step beyond the credit record: not the plain credit notice. */
const DISPUTE_SPAN_TURNS = /家|父母|单位|同事|亲友|朋友|公安|警|法院|所有|全部|都会|都能/u;
/**
 * A record reported to 征信 told together with how to dispute it (已报送征信，如您认为记录有误，可…提出异议): the reporter's
 * own accurate notice. The span runs from the sentence start to the dispute words.
 */
const REPORTED_WITH_DISPUTE =
  /(?:报送|上报|报告|提交)(?:至|到|给)?[^。！？!?\n]{0,10}?征信[^。！？!?\n]{0,40}?(?:异议|有误|更正|申诉|(?:结清|还清|还款)后\p{Script=Han}{0,4}?更新)/u;

/**
 * A scam warning that labels what others send (凡自称催收人员要求转账至个人账户的均为诈骗, 凡称可消除逾期记录的均是诈骗,
 * 冒充平台客服以…为由要求转账的，都是诈骗, 凡要求您到…报备的催收短信都不可信), with whoever it is attributed to (公安机关
 * 提醒：…): from the sentence start to the label. The opener must name someone else's claim or demand: "凡是欠钱不还的都是
 * 诈骗" names no one else and is not one.
 */
const SCAM_LABEL =
  /(?:(?:凡|凡是|任何|所有)[^。！？!?\n]{0,6}?(?:自称|冒充|假冒|以|要求|要(?:您|你)|称|声称|谎称)|凡称|(?<![你您种样些])(?:自称|冒充|假冒|仿冒|谎称|声称))[^。！？!?\n]{0,90}?(?:的|者)[^。！？!?\n]{0,8}?(?:(?:均|都|一律|全|全都|多)(?:是|为|属|属于|系)?(?:诈骗|骗局|骗子|虚假|假的|不可信|不可相信)|(?:均为|都是|均属|一律是|一律为)(?:诈骗|骗局|骗子))/u;

/**
 * A warning that describes, without quoting, what scammers do (近期有人冒充客服…诱导转账, 骗子常发…之类短信并让您转账到个人卡,
 * 有不法分子以…为由恐吓): the described conduct is mentioned, not done. The span starts at the description — a 【】
 * signature before it stays the sender's own — and runs to the sentence end. With an actor that is not itself a
 * scam word (有人, 陌生人) the sentence must name the scam (诱导, 诈骗, 骗取…). An actor the reader is called (你这个骗子以为…)
 * is an insult, not a description.
 */
const SCAMMER_DOES =
  /(?<![你您是个大样种些类])(?:不法分子|骗子|诈骗分子|犯罪分子|诈骗团伙)(?:近期|最近|近来)?(?:在[\p{Script=Han}]{1,10}?)?(?:常|常常|经常|通常|往往|多|会|一般|可能|或)?(?:冒充|假冒|仿冒|冒用|自称|谎称|发送|常发|发|以(?!为)|打着|利用|通过|要求|让|诱导|用|使用|编造|伪造|伪装|假借|盗用|散布|发布)/u;
/** 骗子会准确说出您的姓名…诱导您下载 — a habit of scammers with no listed verb counts when the sentence names the scam. */
const SCAMMER_HABIT =
  /(?<![你您是个大些])(?:不法分子|骗子|诈骗分子|犯罪分子|诈骗团伙)(?:近期|最近|近来)?(?:常|常常|经常|通常|往往|会|一般|可能)/u;
const SOMEONE_DOES =
  /(?:有人|陌生人|不明身份的人)(?:冒充|假冒|仿冒|冒用|自称|谎称|发送|以(?!为)|打着|利用|伪造|假借|盗用)/u;
/** The sender owning the described act (…那就是我们派去的): no warning about others. */
const SENDER_OWNS_IT = /就是我们|是我们(?:派|安排|的人)|我们的人|我们派/u;
const SCAM_NAMED = /诱导|诈骗|骗取|骗局|套取|冒充|伪造|提高警惕|请警惕|要警惕|谨防|请勿相信|请勿理会|切勿相信/u;
/** A 【】 signature opening a message: a frame after it does not excuse it (【公安提醒】 in a lender's template). */
const SIGNATURE = /^【[^】\n]{0,20}】/u;

/**
 * A contact with a third party reported as past and harmless (我们曾致电您预留的紧急联系人，仅询问了您的最新联系方式，未透露
 * 任何借款信息): the contact asked only for the reader's whereabouts and told nothing. The span is the sentence up to the denial.
 */
const CONTACTED_WITHOUT_DISCLOSURE =
  /(?:仅|只)(?:为|是)?(?:询问|核实|确认|问|请其转告|请其代为转告|请他转告|请她转告)了?[^。！？!?\n]{0,20}?[，,]?(?:未|没有|并未|不会|均未)(?:向(?:其|他|她|对方|他们))?(?:透露|告知|提及|披露|说明)/u;

/**
 * A pledge that names every form (我们不会以任何形式在社交媒体、社区或您的工作单位公开您的个人信息): the clause denies what it
 * lists. The span is that clause.
 */
const IN_NO_FORM = /(?:不会|绝不会|决不会|绝不|决不|从不|不得)(?:以任何(?:形式|方式|名义)|在任何(?:场合|平台|渠道))/u;

/**
 * A condition on the reader's legal status with advice on what to do (如您已被法院列为被执行人，请主动履行…), and a
 * statement of what a court's step requires (法院冻结账户须有生效的法律文书): the law told, not a step claimed.
 */
const IF_ALREADY_LISTED =
  /(?:如|若|如果|倘若|假如)(?:您|你)(?:已|已经)?(?:被|收到|接到)[^。！？!?\n]{0,20}?[，,](?:请|可|可以|您可)(?:主动|尽快|及时)?(?:履行|联系|还款|申请|咨询|核实|向|以|通过|按|登录|查询)/u;
const LEGAL_REQUIREMENT =
  /(?:须|需|必须|需要|应当)(?:有|经|凭|持|依据|经过)(?:生效的?)?(?:法律文书|判决|裁定|法院|人民法院)/u;

/**
 * A call-back asked for through the reader about one NAMED person the lender is trying to reach (我们正在联系您的朋友周敏，
 * 请方便时转告其拨打…; 需联系您的同事周先生，烦请转告他回电): the search for that person, not a threat to tell the reader's
 * circle. A relation without a name (将联系你的家人，请转告她回电) stays a threat, and so does a contact announced with
 * 将/会/马上/否则. The span runs from the start of the contact's clause (我们需要联系…) to the call-back.
 */
const NAMED_SOUGHT =
  /(?<!将|会|就|马上|立即|立刻|否则|不然|随后)(?:联系|联络|寻找|找|致电)(?:您|你)的?\p{Script=Han}{1,4}?(?:[张王李赵刘陈杨黄吴周徐孙马朱胡郭何林高罗郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤]\p{Script=Han}{1,2}?|\p{Script=Han}{0,2}?(?:先生|女士|小姐))(?=[，,、；;\s]|请|烦请|麻烦)/u;
/** Before the contact verb in its clause: the contact announced as a step or a consequence. */
const ANNOUNCED = /将|会|就|马上|立即|立刻|否则|不然|再不|不还|不处理|随后/u;
const CALL_BACK_ASKED =
  /(?:转告|提醒|告知|请|需要|需)(?:他|她|其)(?:本人)?(?:尽快|及时|务必|方便时|方便的时候|有空时?|得空时?|抽空|稍后)?(?:回电|来电|致电|拨打|回个电话|联系我们|与我们联系|和我们联系)/u;

/**
 * A contact or visit the lender says happens only with the reader's consent (外访人员仅在您本人同意或预约后到访, 只有经您
 * 授权才会联系家属, 外访须事先与您本人预约), or one the reader booked (到达您预约的地点, 在您指定的服务中心与您面谈): a
 * pledge of how it is done. The span is the clause that holds it.
 */
const ONLY_ON_CONSENT =
  /(?:您|你)(?:本人)?(?:预约|约定|指定|申请|要求|同意)的[^，,。；;！？!?\n]{0,24}?(?:时间|地点|地址|上门|面谈|拜访|网点|中心|营业厅|门店|场所|位置)|(?:在|于|经)(?:您|你)(?:本人)?(?:同意|预约|确认|授权)(?:后|之后|以后)(?:再|才)?|(?:需|须|必须)(?:由)?(?:您|你)本人(?:事先|提前)?(?:预约|同意|申请)|(?:仅|只|只会|仅会|均须|必须|一律)(?:在|于|经|经过|凭)(?:您|你)?(?:本人)?[^。！？!?\n，,；;]{0,8}?(?:同意|预约|邀请|授权|许可)(?:后|之后|以后|的前提下|的情况下|时)|(?:须|需|均须|必须|一律)(?:事先|提前|预先)(?:与|和|跟|向)?(?:您|你)(?:本人)?(?:预约|约定)|(?:须|需|必须|均须)(?:经|经过|征得)(?:您|你)(?:本人)?(?:的)?(?:事先|提前)?(?:同意|授权|预约)|(?:外访|上门|到访|拜访|面谈)(?:前|之前)(?:均|都|一律)?(?:会|将|须|需)?(?:提前|事先|预先)?(?:电话|短信)?(?:与您|和您|跟您)?(?:本人)?(?:预约|告知您(?!的)|确认)/u;

/**
 * A complaint or report the reader made, answered (已收到您关于催收人员联系您同事的投诉, 您反映的…上门一事): the conduct
 * named is the one complained of. The span runs from the reader's complaint to the word that names it.
 */
const COMPLAINT_ANSWERED =
  /(?:收到|接到|针对|对于|关于|就|感谢)(?:了)?(?:您|你)(?:本人)?(?:此前|之前|日前|近日|昨天|昨日|今天|上午|下午|\d{1,2}月\d{1,2}日)?(?:关于|反映|投诉|举报|反馈|提出|所述|提到)[^。！？!?\n]{0,40}?(?:的投诉|的举报|的反馈|的问题|的情况|一事|事宜|的行为)/u;

/**
 * The reader's own choice of a third party, with their authorisation (若您希望由家人协助沟通，需您本人书面授权; 您本人同意由
 * 您的哥哥代为沟通): the span runs from the condition or the consent to the authorisation or the delegated act.
 */
const BORROWER_CHOOSES =
  /(?:若|如|如果|倘若)(?:您|你)(?:本人)?(?:希望|愿意|需要|要求|同意)[^。！？!?\n]{0,30}?(?:书面|本人|明确)?(?:授权|同意)|(?:您|你)(?:本人)?(?:已|已经)?[^。！？!?\n，,]{0,8}?(?:同意|授权|委托)由?[^。！？!?\n，,]{0,12}?(?:代为|协助|代您|代你)(?:沟通|办理|还款|处理|联系)/u;

/**
 * Original-text ranges where a pattern rule's words are reported or stated as law, not said to the reader: a
 * warning about someone else's conduct (from its frame to what to do about it), a visit offered only by
 * appointment, a call-back asked for about one named person the lender is trying to reach, a 征信 report told with how to dispute it, an 只有…才 condition only a court meets, and a sentence on what a court may do after a judgment
 * that is not performed.
 */
export function lawfulFrames(text: string): Span[] {
  const simple = simplifiedOriginal(text);
  const all: Span[] = [];
  for (const s of simple.matchAll(SENTENCE)) {
    const sentence = s[0];
    const base = s.index;
    const out: Span[] = [];
    const reported = REPORTED.exec(sentence);
    if (reported && !RECEIPT_OF_OURS.test(sentence.slice(reported.index + reported[0].length))) {
      const rest = sentence.slice(reported.index + reported[0].length);
      const todo = WHAT_TO_DO.exec(rest);
      if (todo && !SENDER_ACTS.test(unquoted(rest.slice(0, todo.index + todo[0].length)))) {
        const end = reported.index + reported[0].length + todo.index + todo[0].length;
        out.push({ start: base + reported.index, end: base + end });
      }
    }
    const appointment = BY_APPOINTMENT.exec(sentence);
    if (appointment && !PRESSURE_TURN.test(appointment[0])) {
      const from = clauseStartBefore(sentence, appointment.index);
      out.push({ start: base + from, end: base + appointment.index + appointment[0].length });
    }
    const dispute = REPORTED_WITH_DISPUTE.exec(sentence);
    if (dispute && !DISPUTE_SPAN_TURNS.test(dispute[0]))
      out.push({ start: base, end: base + dispute.index + dispute[0].length });
    const signature = SIGNATURE.exec(sentence)?.[0].length ?? 0;
    const scam = SCAM_LABEL.exec(sentence);
    if (scam)
      out.push({
        start: base + Math.max(signature, clauseStartBefore(sentence, scam.index)),
        end: base + scam.index + scam[0].length,
      });
    const scammer = SCAMMER_DOES.exec(sentence);
    const someone = scammer ? null : SOMEONE_DOES.exec(sentence);
    const habit = scammer || someone || !SCAM_NAMED.test(sentence) ? null : SCAMMER_HABIT.exec(sentence);
    const describer = scammer ?? (someone && SCAM_NAMED.test(sentence.slice(someone.index)) ? someone : null) ?? habit;
    if (describer && !SENDER_OWNS_IT.test(sentence))
      out.push({ start: base + Math.max(signature, describer.index), end: base + sentence.length });
    const sought = NAMED_SOUGHT.exec(sentence);
    if (sought) {
      const from = sought.index + sought[0].length;
      const callBack = CALL_BACK_ASKED.exec(sentence.slice(from));
      const start = clauseStartBefore(sentence, sought.index);
      if (callBack && !ANNOUNCED.test(sentence.slice(start, sought.index)))
        out.push({ start: base + start, end: base + from + callBack.index + callBack[0].length });
    }
    const consent = ONLY_ON_CONSENT.exec(sentence);
    if (consent) {
      const from = clauseStartBefore(sentence, consent.index);
      const to = clauseEndFrom(sentence, consent.index + consent[0].length);
      if (!PRESSURE_TURN.test(sentence.slice(from, to))) out.push({ start: base + from, end: base + to });
    }
    const complaint = COMPLAINT_ANSWERED.exec(sentence);
    if (complaint) out.push({ start: base + complaint.index, end: base + complaint.index + complaint[0].length });
    const chooses = BORROWER_CHOOSES.exec(sentence);
    if (chooses)
      out.push({ start: base + chooses.index, end: base + clauseEndFrom(sentence, chooses.index + chooses[0].length) });
    const pledge = IN_NO_FORM.exec(sentence);
    if (pledge)
      out.push({ start: base + pledge.index, end: base + clauseEndFrom(sentence, pledge.index + pledge[0].length) });
    const untold = CONTACTED_WITHOUT_DISCLOSURE.exec(sentence);
    if (untold) {
      const from = PRESSURE_TURN.test(sentence.slice(0, untold.index)) ? clauseStartBefore(sentence, untold.index) : 0;
      out.push({ start: base + from, end: base + untold.index + untold[0].length });
    }
    const listed = IF_ALREADY_LISTED.exec(sentence);
    if (
      listed &&
      !PRESSURE_TURN.test(sentence.slice(listed.index, clauseEndFrom(sentence, listed.index + listed[0].length)))
    )
      out.push({ start: base + listed.index, end: base + clauseEndFrom(sentence, listed.index + listed[0].length) });
    const requirement = LEGAL_REQUIREMENT.exec(sentence);
    if (requirement)
      out.push({
        start: base + clauseStartBefore(sentence, requirement.index),
        end: base + requirement.index + requirement[0].length,
      });
    const only = ONLY_IF_COURT.exec(sentence);
    const onlyEnd = only ? clauseEndFrom(sentence, only.index + only[0].length) : 0;
    if (only && !SOON_YOU.test(sentence.slice(onlyEnd))) out.push({ start: base + only.index, end: base + onlyEnd });
    const judgment = AFTER_JUDGMENT.exec(sentence);
    if (judgment) {
      const tail = sentence.slice(judgment.index + judgment[0].length);
      const through = sentence.slice(0, judgment.index + judgment[0].length);
      const court = COURT_MAY.exec(tail);
      if (court && (CONDITIONAL_OR_RELATIVE.test(through) || /^的/.test(tail))) {
        const courtAt = judgment.index + judgment[0].length + court.index;
        const to = clauseEndFrom(sentence, courtAt + court[0].length);
        out.push({ start: base, end: base + Math.min(sentence.length, to + 1) });
      }
    }
    stanceFrames(sentence, base, out);
    noticeFrames(sentence, base, out);
    legalProcessFrames(sentence, base, out);
    assuranceFrames(sentence, base, out);
    for (const span of out) {
      if (pressesInside(simple.slice(span.start, span.end))) continue;
      const from = Math.max(base, span.start - 24);
      const request = PER_REQUEST.exec(simple.slice(from, span.start));
      all.push(request ? { start: from + request.index, end: span.end } : span);
    }
  }
  return all;
}

/**
 * After a hit, in its own clause: a general statement denying it (律师函不会通过短信发送, 法院文书不会以短信形式要求转账,
 * 逾期不等于恶意透支). Only denials of a channel for a document or a demand, or of a definition: "上门不会提前通知你",
 * "明天上门不用电话通知你" and "联系你单位领导不属于违规" still threaten.
 */
const DENIED_AFTER =
  /^[^，,。；;！？!?\n]{0,6}?(?:均|都|一律|并|也|从来|一般|通常)?(?:(?:不会|从不|绝不|决不|不得|不)(?:通过|以|用|经由|在)(?:手机)?(?:短信|电话|微信|网络|线上|私人|个人|邮件|彩信|qq|app)(?=[^，,。；;！？!?\n]{0,8}?(?:发送|发出|送达|寄送|要求|收取|索要|催收|转账|形式))|(?:不等于|不代表|不意味着|不构成|并不构成|不属于|并非(?:由|通过)|不是(?:由|通过))(?![^，,。；;！？!?\n]{0,6}?(?:违规|违法|骚扰|威胁|为难|恐吓|暴力|犯法|吓唬)))/u;

export function deniedAfter(text: string, end: number): boolean {
  const simple = simplifiedOriginal(text);
  return DENIED_AFTER.test(simple.slice(end, end + 40));
}

/**
 * A match that opens with 将 and its own negation (将不会报送征信): the claim is denied, not made. A denial of
 * restraint (将不再客气, 将不会让你好过) is still a threat.
 */
const OPENS_NEGATED =
  /^将(?:不会|不再)(?!\p{Script=Han}{0,4}?(?:客气|手软|放过|饶|好过|留情|心软|姑息|保证|忍|等|给|让))/u;

export const opensNegated = (text: string, start: number): boolean =>
  OPENS_NEGATED.test(simplifiedOriginal(text).slice(start, start + 6));
