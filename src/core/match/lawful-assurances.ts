import { clauseEndFrom, clauseStartBefore } from './clause-bounds';
import { PRESSURE_TURN, READER_CIRCLE } from './pressure-turn';
import { type Span, spanPusher } from './spans';

/**
 * A pledge made as a list of bare 不 before collection acts (我司承诺：不上门、不爆通讯录、不联系无关第三方): the pledge word and
 * its items, each a 不 before such an act; the list ends at the first item that is not one (…不再打扰您，接下来由外访人员上门).
 */
const PLEDGE_LIST =
  /(?:承诺|保证|郑重声明|声明)[：:]?(?:(?:绝|决)?不(?:再)?(?:上门|外访|爆|联系|骚扰|打扰|催收|透露|泄露|收取|公开|威胁|辱骂|恐吓|向)[^、，,；;。！？!?\n]{0,14}[、，,；;]?)+/u;
const LIST_TURNS = /但|却|除非|只要|否则|不然|前提|如果不|若不|不过|只是|只会|只在|改由|而是|接下来/u;

/**
 * The reader's wish or worry told back and answered (您在通话中提到不希望我们联系您的同事，我们已经记录并不会联系; 您在电话里说
 * 担心我们打给您父母，我们不会这样做; 我们理解您不希望家人知道此事): from the wish to the end of the answering clause.
 */
const READER_WISH =
  /(?:您|你)(?:本人)?(?:在[^，,。；;！？!?\n]{0,6}?(?:中|里)|此前|之前)?(?:提到|表示|说|说过|反映)?(?:不希望|不想|不愿意?|担心|担忧|害怕|怕)[^。！？!?\n]{0,24}?[，,](?:我们|我司)?(?:已经?(?:记录|停止|暂停|备注|登记)|(?:会|将)?(?:严格保密|严格)|不会|绝不|一定不会|(?:请)?放心[，,]?(?:我们|我司|逾期|欠款)?(?:并)?(?:不会|绝不|一定不会|会严格|已经?(?:停止|记录|暂停))|理解)/u;
const WISH_RESPECTED = /(?:理解|尊重)(?:您|你)(?:不希望|不想|不愿意?|担心|的顾虑)[^，,。；;！？!?\n]{0,16}/u;

/**
 * The law told as a denial (逾期不会被拘留，也不会坐牢; 借款逾期属于民事纠纷，不涉及刑事责任): its clause and the clauses right
 * after it that deny too.
 */
const LAW_DENIAL =
  /(?:逾期|欠款|欠债|借款逾期|拖欠|普通逾期)(?:本身)?(?:并|也|都)?(?:不会|不)(?:被|导致|构成|涉及|判|坐|让|影响)|属于民事纠纷[，,]?(?:不涉及|不构成|不会|不属于)/u;

/** A clause that denies too (…，也不会坐牢). */
const ALSO_DENIES = /^(?:也|更|并|亦)?(?:不会|不|不涉及|不构成|不影响)/u;

/** How a visit is done, as the lender's rule (外访人员上门时会出示工作证件): its clause. */
const VISIT_CONDUCT =
  /(?:外访|上门|到访|拜访)(?:人员)?(?:时|前)(?:均|都|一律)?(?:会|将|须|需|必须)?(?:主动)?(?:出示|佩戴|携带)(?:工作证|证件|工牌|委托书)/u;

/**
 * Relief granted for the reader's illness or hardship (您因病住院的情况我们已记录，已为您暂停催收至1月31日): from the hardship to
 * the relief. A relief refused (住院了也不会暂停) is none.
 */
const TELLING = /告诉|告知|通知|透露/u;
const HARDSHIP_RELIEF =
  /(?:因病|住院|生病|患病|疾病|失业|受灾|困难)[^。！？!?\n]{0,20}?(?:已为您|为您|可为您|我们已|将为您|已)(?<!不|不会|没有|不能|无法)(?:暂停|延期|延缓|减免|停止|办理延期)(?:催收|还款|计息|罚息)?/u;

/** A visit dated or imminent is an announcement, not the lender's rule (外访人员明天上门时会出示证件). */
const DATED = /明天|明日|今天|今日|今晚|后天|本周|下周|近日|近期|\d{1,2}月\d{1,2}日|马上|即将|稍后/u;

/**
 * Assurances of one sentence: a pledge list, the reader's wish respected, the law told as a denial, relief for hardship,
 * how a visit is done.
 */
export function assuranceFrames(sentence: string, base: number, out: Span[]): void {
  const push = spanPusher(out, base);
  const list = PLEDGE_LIST.exec(sentence);
  if (list && !LIST_TURNS.test(list[0])) push(list.index, list.index + list[0].length);
  const wish = READER_WISH.exec(sentence);
  if (wish) push(wish.index, clauseEndFrom(sentence, wish.index + wish[0].length));
  const respected = WISH_RESPECTED.exec(sentence);
  if (respected) push(respected.index, clauseEndFrom(sentence, respected.index + respected[0].length));
  const denial = LAW_DENIAL.exec(sentence);
  if (denial) {
    const from = clauseStartBefore(sentence, denial.index);
    let to = clauseEndFrom(sentence, denial.index + denial[0].length);
    while (to < sentence.length && ALSO_DENIES.test(sentence.slice(to + 1, to + 8)))
      to = clauseEndFrom(sentence, to + 1);
    const span = sentence.slice(from, to);
    if (!LIST_TURNS.test(span) && !PRESSURE_TURN.test(span.replace(/拘留|坐牢|判刑|刑事/gu, ''))) push(from, to);
  }
  const relief = HARDSHIP_RELIEF.exec(sentence);
  if (relief && !PRESSURE_TURN.test(relief[0]) && !READER_CIRCLE.test(relief[0]) && !TELLING.test(relief[0]))
    push(relief.index, relief.index + relief[0].length);
  const conduct = VISIT_CONDUCT.exec(sentence);
  if (conduct) {
    const from = clauseStartBefore(sentence, conduct.index);
    const to = clauseEndFrom(sentence, conduct.index + conduct[0].length);
    const clause = sentence.slice(from, to);
    // NOTE: others brought to the visit (…届时会请您的邻居和同事一起见证): no rule of conduct.
    const others = READER_CIRCLE.test(sentence);
    if (!others && !LIST_TURNS.test(clause) && !PRESSURE_TURN.test(clause) && !DATED.test(clause)) push(from, to);
  }
}
