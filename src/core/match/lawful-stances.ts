import { clauseEndFrom, clauseStartBefore, eachClause } from './clause-bounds';
import { PRESSURE_TURN, READER_CIRCLE } from './pressure-turn';
import { type Span, spanPusher } from './spans';

/**
 * The sender's own pledge not to act (我们不会就您的借款联系您的家人, 我司从未授权任何机构以…名义收取“保证金”, 律所不会向您
 * 个人收取任何费用, 申请期间不额外收取费用): a strong negation, then at most a short adverbial (就…, 以…名义, 向…) holding no
 * word of restraint or timing (不会停止联系, 不会只打电话, 上门不会提前通知你, 不会放过你), then the act denied. Bare 不 counts
 * only right before a fee (不额外收取): 不还就联系 is a condition, not a pledge.
 */
const NEG_PLEDGE =
  /(?:(?:不会|绝不会|决不会|从不|从未|绝不|决不|不得|永远不会)(?:(?!停|罢|放|弃|客气|手软|只|仅|单单|提前|事先|预先|等|轻易|好过|留情|让|不|没|直接|马上|立即|立刻|下次)[^，,。；;！？!?\n]){0,24}?|不(?:额外|另外|另行)?(?=收取|加收))(?:联系|联络|致电|拨打|打电话|打扰|通知|告知|告诉|透露|泄露|泄漏|披露|公开|曝光|上门|外访|拜访|到访|催收|催讨|收取|加收|收费|要求|授权|委托|发送|提供|共享|代为|列入|纳入)/gu;
/** Before the pledge, in its clause: the reader told not to count on it (别以为我们不会去你家, 你真以为我们不会…). */
const DOUBTED = /以为|别想|谁说|难道/u;
/** After the denied act, in its clause: the pledge turns into a threat (不会通知你就直接上门, 不会告诉你什么时候去). */
const PLEDGE_TURNS =
  /就|直接|而是|而会|但|却|便|马上|立即|什么时候|何时|哪天|突然|随时|改为|转为|换成|不可能|没门|休想|做梦/u;
/**
 * A pledge bought with payment is a veiled threat (只要您今天还款，我们就不会联系您的单位; 我们不会通知您的家人，前提是您今天还清).
 */
const PAID_FOR_PLEDGE =
  /(?:只要|如果|若|如|要是|一旦)(?:您|你)?[^，,。；;！？!?\n]{0,8}?(?:还款|还清|结清|还上|还钱|处理|回电|联系我们)[^，,。；;！？!?\n]{0,4}?[，,]?(?:我们|我司|平台)?(?:就|便|则)(?:不会|绝不|不)|的话[，,]?(?:我们|我司|平台)?(?:就|便|则|自然)?(?:不会|绝不|不)|只要钱到位|前提是|除非|否则|不然/u;

/** Before the negation, in its clause: a step announced (我们明天上门不会…) — then only the negation onward is the pledge. */
const ANNOUNCED_BEFORE = /将|会|就|要|已|马上|立即|明天|今天|今晚|上门|联系|通知|否则|不然|不还|再不|如果|若/u;

/**
 * Contact with the reader only, and the next clause denies the rest (我们只会联系您本人，您单位和同事那边我们不会联系).
 */
const ONLY_SELF = /(?:只会|仅会|只|仅)(?:与|和|跟)?(?:联系|致电|联络)?(?:您|你)本人/u;
const NEXT_DENIES =
  /(?:不会|绝不会|从不|绝不|不再)(?:再)?(?:联系|打扰|通知|告知|致电|透露)|不会[^，,。；;！？!?\n]{0,10}?(?:联系|打扰|通知|告知|致电|透露)$/u;

/** A practice the lender stopped (我司已全面停止外访催收): the clause, unless it turns (停止电话催收改为上门). */
const STOPPED =
  /(?:已|已经|现已)(?:按|按照|根据|应)?(?:您|你|监管|法规|相关规定)?(?:本人)?的?(?:要求|申请|请求)?(?:全面|全部|一律)?(?:停止|暂停|取消|终止)(?:了)?(?:一切|所有|全部)?(?:外访|上门|催收|联系|电话催收)/u;

/**
 * A duty denied (您的父母、子女没有代偿义务, 家人不承担还款责任): the law told, not a demand. The span is the clause.
 */
const NO_DUTY =
  /(?:没有|无|不负有|不承担|不存在|并无)(?:任何)?(?:代偿|代还|还款|偿还|代为偿还|代为还款|清偿)(?:的)?(?:义务|责任)/u;

/**
 * The reader's own request or arrangement reported back (您本人于12月4日来电申请由我司工作人员上门协助, 您在协商中提出由您的
 * 哥哥代还, 您询问家人是否需要替您还款, 按您电话中的约定…): a dated or channelled request for the visit, the meeting or
 * the relative's help. The span runs from the request to the sentence end, or to the first turn back to pressure
 * (那就…, 如果今天还不到账…, 否则…). "你要求宽限，那我们就去你家" names no such act; a request to stop is no request for an act.
 */
const BORROWER_ASKED =
  /(?<![为给帮替向对跟和与])您(?:本人)?(?:(?:于[^，,。；;！？!?\n]{1,12}?|在[^，,。；;！？!?\n]{1,8}?中|此前|之前|日前|上次|上周[一二三四五六日天]?|上个?月|前天|前几天|昨天|昨日|近日|\d{1,2}月\d{1,2}日)(?:来电|致电|电话|通话|在线|留言)?|来电|致电)(?:申请|提出|表示希望|要求|请求|预约|询问)(?:由|让|请)?(?:(?!那|就|否则|不然|但|停止|取消)[^，,。；;！？!?\n]){0,12}?(?:上门|代为|代还|代偿|替您|替你|协助|面谈|拜访|见面|到访|家属|父亲|母亲|父母|哥哥|姐姐|弟弟|妹妹|配偶|子女|亲属|家人)|(?:按|按照|根据)您(?:本人)?的?(?:在|于)?(?:昨日|昨天|前天|日前|此前|今天|今日|\d{1,2}月\d{1,2}日)?的?(?:电话|来电|通话|协商|预约|申请|要求)(?:中|里)?(?:的|所)?(?:约定|说的|所说|预约|要求|申请|安排)?(?!的?(?:地址|住址|位置|家))/u;

/**
 * A visit the reader agreed to, reported back (您本人已在电话中同意我司外访人员于6月8日到您家中签署还款协议): like a request,
 * to the sentence end or its turn. A consent denied or waived (未经您同意, 不管您是否同意) is none.
 */
const AGREED_VISIT =
  /(?:(?<!经|不经|无需|不需|不用|无论|不管|即使|就算|是否)(?:您|你)(?:本人)?(?:已|已经)(?:在电话中|在电话里|在通话中|书面|当面|在app中|在app内)?(?:同意|确认|预约)|(?<![未不没无])(?:经|经过|征得)(?:您|你)(?:本人)?(?:的)?(?:书面)?同意[，,]?)(?:由)?(?:我司|我们|本公司|我行|本行)?的?(?:外访人员|工作人员|客户经理|外访专员|专员)/u;

/**
 * Where a reported request turns back into pressure: a condition on paying, a threat's hinge, a "but", or others drawn
 * in (…外访人员会带上你的照片去你们村里问问).
 */
const REQUEST_TURNS =
  /否则|不然|再不|不还|未还|没还|不到账|那就|那我们|那么|就(?:去|来|到|上|找|让|把|直接|通知|联系|告诉|派)|但|却|要是|如果(?!需|有)|若(?!需|有)|村|邻居|单位|(?<!我和|和我|我们的?|我司)同事|亲友|朋友|照片|曝光|公开|通讯录|领导|老板|你家|父母家|家里|兄弟|亲戚|天天|一直|每天|直到|所有|凑齐|老婆|妻子|丈夫|告诉|告知|通知(?!您)|紧急联系人|家人|父母|配偶|亲属|房东|物业|不过|只是/u;

/** The reader asking about a relative's help, undated (您询问家人是否需要替您还款): that clause only. */
const BORROWER_ASKS_ABOUT =
  /(?<![为给帮替向对跟和与])您(?:本人)?(?:询问|提出|咨询)(?:由|让|请)?[^，,。；;！？!?\n]{0,12}?(?:代为|代还|代偿|替您|替你|家属|父母|亲属|家人)/u;

/** The reader's worry answered (您说担心我们给您单位打电话，请放心): from the worry to the reassurance. */
const WORRY_ANSWERED =
  /您(?:说|表示|提到|反映)?(?:担心|担忧|顾虑|害怕|怕)[^。！？!?\n]{0,30}?[，,：:](?:请)?(?:放心|不必担心|不用担心|无需担心)/u;

/** What the reassurance says: a denial or a pledge to deal with the reader only. */
const REASSURED = /^[^。！？!?\n]{0,12}?(?:不会|绝不|从不|只会|仅会|只|仅|不)/u;

/**
 * Advice that the reader talk with their own family (不妨跟家人聊一聊, 建议您与家人商量): the reader's act, not the lender's.
 * The span is the clause; "我们可以跟你家人聊聊" has the lender for subject and does not count.
 */
const ADVICE_TO_TALK =
  /(?<!我们|我司|我方|我|会|将|就)(?:不妨|建议(?:您|你)?|(?:您|你)(?:也)?可以)(?:先|也)?(?:跟|和|与|同|找)(?:您的?|你的?)?(?:家人|家里人|亲友|家属|亲人)(?:聊|商量|沟通|谈)/u;

/** The reader's own story told back with sympathy (您在来电中提到您的母亲正在住院，我们深表关心). */
const BORROWER_TOLD =
  /您(?:在|于)?[^，,。；;！？!?\n]{0,8}?(?:提到|提及|说起|告知我们|告诉我们|反映)[^。！？!?\n]{0,30}?[，,](?:我们)?(?:深表|十分|非常|很)?(?:关心|理解|同情|慰问|遗憾|抱歉)/u;

/**
 * A complaint the reader made, with the lender's answer (我们收到您的投诉，称有人在您朋友圈留言催款; 您反映我司委托机构曾
 * 致电您的同事，我们已暂停…): the conduct named is the one complained of. "你投诉也没用" answers nothing.
 */
const COMPLAINT_SAID = /(?:收到|接到)(?:了)?您(?:本人)?的(?:投诉|举报|反馈)[，,：:]?(?:称|反映|说|表示)/u;
const COMPLAINT_CLAUSE =
  /^(?:【[^】\n]{0,20}】)?(?:您好[，,]?)?您(?:本人)?(?:此前|之前|日前|近日)?(?:反映|投诉|举报|反馈)(?:称|说)?/u;
const COMPLAINT_ANSWER =
  /(?:已|已经)(?:对[^，,。；;！？!?\n]{0,8}?)?(?:暂停|停止|终止|核查|调查|处理|整改|更换|约谈|启动调查|停岗|处罚|辞退|追责)|经核查|经调查|深表歉意|致歉|道歉/u;
/** The lender reporting the misconduct (已将该情况报告监管部门): not the reader reported. */
const MATTER_REPORTED =
  /将(?:该|此|这一|上述|相关|这)(?:情况|行为|事件|线索|问题)(?:报告|反映|上报|通报|移交)(?:给|至)?(?:监管(?:部门|机构|局)?|公安(?:机关)?|警方|有关部门|相关部门)/u;

/**
 * A list of scam methods (近期出现多种冒充我司的诈骗手法：1.冒充客服…): from the announcement to the sentence end.
 */
const SCAM_METHODS =
  /(?:多种|几种|以下|常见|新型|近期|出现)[^。！？!?\n]{0,12}?(?:诈骗|骗局)(?:手法|手段|套路|方式|形式|伎俩)|(?:下列|以下|如下)(?:情形|情况|行为|做法|短信|电话)(?:均|都|一律)?(?:为|是|属于|属|系)(?:诈骗|骗局)|(?<![你您])(?:冒充|假冒|仿冒)[^。！？!?\n]{0,12}?的(?:诈骗|虚假)(?:短信|电话|信息|来电)/u;
/** Those who charge for a fix labelled as scammers (收费修复征信的都是骗子): the clause. */
const FEE_TAKERS_LABELLED =
  /(?:收费|付费|收取费用|交钱|先交)[^，,。；;！？!?\n]{0,10}?的(?:都|均|一律|全)(?:是|为|属)(?:骗子|诈骗|骗局)/u;

/** The reader's own registered number, asked to be updated (您登记的紧急联系人号码…已无法接通，请登录APP更新). */
const OWN_DATA_UPDATE =
  /(?:您|你)(?:本人)?(?:登记|预留|填写|留存|提供)的[^。！？!?\n]{0,40}?(?:无法接通|已停机|空号|有误|已失效|失效|不正确|已变更)[^。！？!?\n]{0,6}?(?:请|烦请|麻烦)[^。！？!?\n]{0,10}?(?:更新|修改|补充|变更|核对)/u;

/**
 * A contact's number kept only to find the reader, with nothing told (仅用于在无法联系到您本人时确认您的联系方式，…不会向其透露
 * 借款信息): the whole sentence.
 */
const PURPOSE_LIMITED =
  /(?:仅|只)(?:会|能)?(?:用于|在)[^。！？!?\n]{0,20}?(?:无法联系|联系不上|无法取得联系|失联)[^。！？!?\n]{0,24}?(?:确认|核实|询问|获取)[^。！？!?\n]{0,10}?(?:联系方式|下落|本人)/u;
const NOTHING_TOLD = /(?:不会|不|未|并不会|绝不)(?:向(?:其|他们|联系人|对方))?(?:透露|告知|提及|披露|说明)/u;

/** A denial of authority that goes on to boast of lawlessness (我们不是法院不讲程序, …没那么多规矩). */
const AUTHORITY_DENIAL_TURNS = /不讲|没那么多|规矩|不需要|不用|随便|照样|否则|不还|你家|你单位|找你|直接/u;
/**
 * The sender denying it is a court or law firm (我们是受…委托的第三方机构，并非法院、仲裁机构或律师事务所; 非律师事务所、非司法
 * 机关): from the sentence start (its 【】 signature included) to the denial's clause end, or from the denial's clause when
 * what precedes boasts or presses.
 */
const NOT_AN_AUTHORITY =
  /(?:我们|我司|本公司|本机构|我方|本司)[^。！？!?\n]{0,40}?(?:并非|并不是|不是|绝非|(?<=[，,、是为])非|无权代表|不得代表|不能代表|无权以)(?:法院|人民法院|仲裁|律师|律所|司法|公安|检察|政府)/u;

/** A name or licence offered for checking (律所名称及执业证号可在App中查询核实): the clause. */
/** Legal papers said to be there to check (你的起诉状和传票函件可在APP查询核实): a claim, not a means of checking. */
const LEGAL_PAPERS = /起诉状|传票|判决书|立案|案号|执行|律师函|拘留/u;
const VERIFY_OFFERED =
  /(?:名称|执业证号|执业证|工号|证件|资质|函件)[^，,。；;！？!?\n]{0,8}?(?:均)?(?:可|可以)(?:在|通过|登录|致电|拨打)[^，,。；;！？!?\n]{0,14}?(?:查询|核实|核验)/u;

/**
 * A legal step as a plan or an open question (我司拟向法院申请诉前调解, 是否申请强制执行将视情况依法决定, 诉讼与否以法院立案
 * 信息为准, 正在评估是否委托律师事务所, 目前尚未申请仲裁): the clause. Not a visit or a contact with others, and not a
 * question put to the reader (你是否想被起诉).
 */
const PLAN_WORD = /拟|是否|与否|正在评估|正在考虑|评估是否|考虑是否|尚未|暂未|还未|并未/u;
const LEGAL_STEP = /诉讼|起诉|仲裁|调解|强制执行|律师|律所|法院|立案/u;
const NOT_A_LEGAL_PLAN = /上门|家|单位|同事|亲友|朋友|联系人|通讯录|(?:你|您)(?:是否|想|要)/u;

/** A contract term on where disputes go (双方争议可提交合同约定的仲裁机构解决): the clause. */
const DISPUTE_FORUM =
  /(?:争议|纠纷)[^，,。；;！？!?\n]{0,4}?(?:可|可以|应|均可|将)(?:提交|向|由|通过|交由)[^，,。；;！？!?\n]{0,20}?(?:仲裁|法院|诉讼)[^，,。；;！？!?\n]{0,8}?(?:解决|管辖|处理)/u;

/**
 * The law's own conditions (被执行人有履行能力而拒不履行的，法院可依法…; 如您的财产经法院判决并依法强制执行，…; 若最终起诉，
 * 法院受理后会依法向您送达…; 诉讼时效因…中断): the court's step with its condition, not the sender's.
 */
const STATUTE_REFUSAL =
  /有(?:履行)?能力(?:履行)?而(?:拒不|不)履行[^，,。；;！？!?\n]{0,10}?[，,]?(?:人民)?法院(?:可|可以|可能|将|会|依法|有权)/u;
const IF_COURT_DECIDES =
  /(?:如|若|如果|倘若)(?:您|你)?[^，,。；;！？!?\n]{0,16}?经(?:过)?(?:人民)?法院[^，,。；;！？!?\n]{0,16}/u;
const COURT_WILL_SERVE =
  /(?:若|如|如果|一旦)(?:最终)?[^，,。；;！？!?\n]{0,8}?(?:起诉|诉讼|立案|仲裁)[^。！？!?\n]{0,12}?[，,](?:人民)?法院[^，,。；;！？!?\n]{0,8}?(?:会|将|可|依法)[^，,。；;！？!?\n]{0,8}?(?:送达|通知|联系|寄送)/u;
const READER_DEFAULTS = /不还|不处理|拒不还|再不|逾期不|继续拖|再拖|不联系|单位|家|亲友|同事/u;
const LIMITATION = /(?:诉讼时效)[^。！？!?\n]{0,30}?(?:中断|届满|起算|重新计算)/u;

/** An offered negotiation window (我们将给您最后30天的协商期): the offer, not a deadline threat. */
const GRACE_OFFERED = /(?:给|为)您[^，,。；;！？!?\n]{0,10}?的(?:协商期|宽限期|协商时间)/u;

/** Payments by someone else, told how they are made (他人代还时请在备注中填写借款编号, 代还款项须通过APP内还款通道). */
const PAID_BY_OTHERS =
  /代还(?:款项|款|时|的款项)?[^，,。；;！？!?\n]{0,4}?(?:须|需|需要|请|应)[^。！？!?\n]{0,16}?(?:备注|注明|填写|app|还款通道|官方渠道|本人)/iu;

/**
 * Where a statement of the law starts: at the sentence start (依照法律，有能力履行而拒不履行的…), unless what comes before
 * it presses the reader (我们已通知你的单位领导，诉讼时效…) — then at its own clause.
 */
const lawFrom = (sentence: string, at: number): number =>
  PRESSURE_TURN.test(sentence.slice(0, at)) || READER_CIRCLE.test(sentence.slice(0, at))
    ? clauseStartBefore(sentence, at)
    : 0;

/** Clause-level spans of the reader's own stance and of the law told in one sentence (offsets from `base`). */
export function stanceFrames(sentence: string, base: number, out: Span[]): void {
  const push = spanPusher(out, base);
  for (const pledge of PAID_FOR_PLEDGE.test(sentence) ? [] : sentence.matchAll(NEG_PLEDGE)) {
    if (DOUBTED.test(sentence.slice(clauseStartBefore(sentence, pledge.index), pledge.index))) continue;
    const end = clauseEndFrom(sentence, pledge.index + pledge[0].length);
    if (!PLEDGE_TURNS.test(sentence.slice(pledge.index + pledge[0].length, end))) {
      const from = clauseStartBefore(sentence, pledge.index);
      push(ANNOUNCED_BEFORE.test(sentence.slice(from, pledge.index)) ? pledge.index : from, end);
    }
  }
  const onlySelf = ONLY_SELF.exec(sentence);
  if (onlySelf) {
    const next = clauseEndFrom(sentence, onlySelf.index + onlySelf[0].length);
    const nextEnd = clauseEndFrom(sentence, next + 1);
    const denial = sentence.slice(next, nextEnd);
    if (NEXT_DENIES.test(denial) && !PLEDGE_TURNS.test(denial)) push(onlySelf.index, nextEnd);
  }
  const stopped = STOPPED.exec(sentence);
  if (stopped) {
    const end = clauseEndFrom(sentence, stopped.index + stopped[0].length);
    if (!PLEDGE_TURNS.test(sentence.slice(stopped.index, end))) push(clauseStartBefore(sentence, stopped.index), end);
  }
  const duty = NO_DUTY.exec(sentence);
  if (duty) push(clauseStartBefore(sentence, duty.index), duty.index + duty[0].length);
  for (const request of [BORROWER_ASKED.exec(sentence), AGREED_VISIT.exec(sentence)]) {
    if (!request) continue;
    const turn = REQUEST_TURNS.exec(sentence.slice(request.index + request[0].length));
    push(request.index, turn ? request.index + request[0].length + turn.index : sentence.length);
  }
  const asksAbout = BORROWER_ASKS_ABOUT.exec(sentence);
  if (asksAbout) push(asksAbout.index, clauseEndFrom(sentence, asksAbout.index + asksAbout[0].length));
  const worry = WORRY_ANSWERED.exec(sentence);
  if (worry && REASSURED.test(sentence.slice(worry.index + worry[0].length)))
    push(worry.index, worry.index + worry[0].length);
  const advice = ADVICE_TO_TALK.exec(sentence);
  if (advice) push(advice.index, clauseEndFrom(sentence, advice.index + advice[0].length));
  const told = BORROWER_TOLD.exec(sentence);
  if (told) push(told.index, told.index + told[0].length);
  const said = COMPLAINT_SAID.exec(sentence);
  if (said) push(said.index, sentence.length);
  eachClause(sentence, (clause, at) => {
    const complaint = COMPLAINT_CLAUSE.exec(clause);
    if (complaint && COMPLAINT_ANSWER.test(sentence.slice(at + clause.length))) push(at, at + clause.length);
    if (
      PLAN_WORD.test(clause) &&
      LEGAL_STEP.test(clause) &&
      !NOT_A_LEGAL_PLAN.test(clause) &&
      !PRESSURE_TURN.test(clause)
    )
      push(at, at + clause.length);
    if (
      (DISPUTE_FORUM.test(clause) ||
        (VERIFY_OFFERED.test(clause) && !LEGAL_PAPERS.test(clause)) ||
        GRACE_OFFERED.test(clause)) &&
      !PRESSURE_TURN.test(clause)
    )
      push(at, at + clause.length);
  });
  const matter = MATTER_REPORTED.exec(sentence);
  if (matter) push(matter.index, matter.index + matter[0].length);
  const methods = SCAM_METHODS.exec(sentence);
  if (methods) push(methods.index, sentence.length);
  const feeTakers = FEE_TAKERS_LABELLED.exec(sentence);
  if (feeTakers) push(clauseStartBefore(sentence, feeTakers.index), feeTakers.index + feeTakers[0].length);
  const update = OWN_DATA_UPDATE.exec(sentence);
  if (update) push(clauseStartBefore(sentence, update.index), update.index + update[0].length);
  const purpose = PURPOSE_LIMITED.exec(sentence);
  const nothingTold = purpose ? NOTHING_TOLD.exec(sentence.slice(purpose.index)) : null;
  if (purpose && nothingTold) {
    const after = purpose.index + nothingTold.index + nothingTold[0].length;
    const turn = PLEDGE_TURNS.exec(sentence.slice(after));
    push(clauseStartBefore(sentence, purpose.index), turn ? after + turn.index : sentence.length);
  }
  const notAuthority = NOT_AN_AUTHORITY.exec(sentence);
  if (notAuthority) {
    const from = AUTHORITY_DENIAL_TURNS.test(sentence.slice(0, notAuthority.index))
      ? clauseStartBefore(sentence, notAuthority.index)
      : 0;
    const to = clauseEndFrom(sentence, notAuthority.index + notAuthority[0].length);
    if (!AUTHORITY_DENIAL_TURNS.test(sentence.slice(from, to))) push(from, to);
  }
  const statute = STATUTE_REFUSAL.exec(sentence);
  if (statute) push(lawFrom(sentence, statute.index), clauseEndFrom(sentence, statute.index + statute[0].length));
  const ifCourt = IF_COURT_DECIDES.exec(sentence);
  if (ifCourt && !READER_DEFAULTS.test(ifCourt[0])) push(ifCourt.index, clauseEndFrom(sentence, ifCourt.index));
  const serve = COURT_WILL_SERVE.exec(sentence);
  if (serve && !READER_DEFAULTS.test(serve[0]))
    push(serve.index, clauseEndFrom(sentence, serve.index + serve[0].length));
  const limitation = LIMITATION.exec(sentence);
  if (limitation) push(lawFrom(sentence, limitation.index), limitation.index + limitation[0].length);
  const others = PAID_BY_OTHERS.exec(sentence);
  if (others) push(others.index, others.index + others[0].length);
}
