/**
 * Words that turn a lawful-looking clause back into pressure (…宽限期明天不还直接去你家, 你约定的还款时间已过我们明天去你单位,
 * 我司拟向法院起诉并追究你的刑事责任): a default's condition, a hinge, a criminal consequence, or the reader's own circle
 * named in the informal 你 a lawful notice never uses. A frame that excuses a whole clause yields to them.
 */
export const PRESSURE_TURN =
  /否则|不然|再不|不还|已过|过了|直接|等着|坐牢|拘留|逮捕|刑事|判刑|公安|警察|找你|你家|你单位|你领导|领导|你老婆|你老公|你父母|你爸|你妈|你孩子|不讲|没那么多|规矩/u;

/** The reader's own people and places, in any register: a frame whose words reach them is no notice to the reader alone. */
export const READER_CIRCLE = /家人|父母|单位|同事|亲友|朋友|邻居|紧急联系人|联系人|领导|物业|房东/u;
