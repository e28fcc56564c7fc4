import tsCharacters from 'opencc-js/dict/TSCharacters';
import twVariantsRev from 'opencc-js/dict/TWVariantsRev';
import hkVariantsRev from 'opencc-js/dict/HKVariantsRev';

type CharTable = Map<string, string>;

/** Only single-code-point entries, so one character always maps to one character. */
function parseSingleChars(dict: string): CharTable {
  const table: CharTable = new Map();
  for (const entry of dict.split('|')) {
    const [from, to] = entry.split(' ');
    if (!from || !to || [...from].length !== 1 || [...to].length !== 1) continue;
    if (!table.has(from)) table.set(from, to);
  }
  return table;
}

let table: CharTable | undefined;

function buildTable(): CharTable {
  const ts = parseSingleChars(tsCharacters);
  const variants = [parseSingleChars(twVariantsRev), parseSingleChars(hkVariantsRev)];
  const result: CharTable = new Map(ts);
  for (const variant of variants) {
    for (const [from, standard] of variant) {
      // NOTE: a regional variant only counts when its standard form has a simplified form;
      // otherwise simplified characters like 么 would turn into 幺.
      const simplified = ts.get(standard);
      if (!result.has(from) && simplified !== undefined && simplified !== from) result.set(from, simplified);
    }
  }
  return result;
}

/**
 * Traditional → simplified for ONE character (a code point), via OpenCC's character tables
 * (TSCharacters, plus TW/HK variants). Phrase-level conversion is deliberately not used: it can
 * change lengths, and offsets must map back exactly.
 */
export function toSimplifiedChar(char: string): string {
  table ??= buildTable();
  return table.get(char) ?? char;
}
