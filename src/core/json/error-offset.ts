const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const HEX4 = /[0-9a-fA-F]{4}/y;

// NOTE: JSON.parse messages differ between engines and often carry no position, so the first
// offending offset is found by this small RFC 8259 scanner (run only after JSON.parse failed).
/** The offset of the first character where `text` stops being RFC 8259 JSON, or undefined when it is JSON. */
export function jsonErrorOffset(text: string): number | undefined {
  let i = 0;
  const stop = (): never => {
    throw i;
  };
  const ws = (): void => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const sticky = (re: RegExp): void => {
    re.lastIndex = i;
    if (!re.test(text)) stop();
    i = re.lastIndex;
  };
  const str = (): void => {
    i++;
    for (;;) {
      const c = text[i];
      if (c === undefined || c < ' ') stop();
      i++;
      if (c === '"') return;
      if (c !== '\\') continue;
      if (text[i] === 'u') {
        i++;
        sticky(HEX4);
      } else if ('"\\/bfnrt'.includes(text[i] ?? 'x')) i++;
      else stop();
    }
  };
  const container = (close: string, member: () => void): void => {
    i++;
    ws();
    if (text[i] === close) return void i++;
    for (;;) {
      member();
      ws();
      if (text[i] === ',') i++;
      else if (text[i] === close) return void i++;
      else stop();
    }
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === '{') {
      container('}', () => {
        ws();
        if (text[i] !== '"') stop();
        str();
        ws();
        if (text[i] !== ':') stop();
        i++;
        value();
      });
    } else if (c === '[') container(']', value);
    else if (c === '"') str();
    else if (c === 't' || c === 'f' || c === 'n') {
      const word = c === 't' ? 'true' : c === 'f' ? 'false' : 'null';
      if (!text.startsWith(word, i)) stop();
      i += word.length;
    } else sticky(NUMBER);
  };
  try {
    value();
    ws();
    if (i < text.length) stop();
    return undefined;
  } catch (at) {
    return typeof at === 'number' ? at : undefined;
  }
}
