/**
 * Emoji that stand for a word in abusive messages (你就是条🐶, 去你🏠坐坐, 小心点💀), read as that word for matching.
 * Only emoji with one plain meaning in a collection message; decoration (👍, 😊, ❗) stays punctuation.
 */
const EMOJI_WORDS: ReadonlyMap<string, string> = new Map([
  ['🐶', '狗'],
  ['🐕', '狗'],
  ['🐩', '狗'],
  ['🐷', '猪'],
  ['🐖', '猪'],
  ['🐽', '猪'],
  ['🐢', '王八'],
  ['🐀', '老鼠'],
  ['🐭', '老鼠'],
  ['💩', '屎'],
  ['🤡', '小丑'],
  ['💀', '死'],
  ['☠', '死'],
  ['⚰', '棺材'],
  ['🪦', '墓'],
  ['🔪', '刀'],
  ['🗡', '刀'],
  ['🔫', '枪'],
  ['💣', '炸弹'],
  ['🩸', '血'],
  ['🏠', '家'],
  ['🏡', '家'],
  ['🏢', '单位'],
  ['🏫', '学校'],
  ['🚪', '门'],
  ['👊', '拳头'],
  ['👮', '警察'],
  ['🚓', '警车'],
  ['🚔', '警车'],
  ['📞', '电话'],
  ['☎', '电话'],
]);

/** The word an emoji (already NFKC-normalised, variation selectors removed) stands for, if any. */
export function emojiWord(codePoint: string): string | undefined {
  return EMOJI_WORDS.get(codePoint);
}
