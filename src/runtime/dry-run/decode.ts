/** How many bytes decide the encoding: valid UTF-8 there means UTF-8, else GB18030. */
export const SNIFF_BYTES = 64 * 1024;

export type CsvEncoding = 'utf-8' | 'gb18030';

/** Bytes decoded at a time. */
const TEXT_BYTES = 64 * 1024;

/** Whether `bytes` are UTF-8 (a sequence cut at the end is allowed: the next chunk may complete it). */
function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/**
 * Text from a byte stream, decoded as it comes: UTF-8 when the first 64 KiB are valid UTF-8, else GB18030 (what
 * Excel and most Chinese systems write). A byte order mark is dropped. Bytes past the first 64 KiB that are not
 * valid in the chosen encoding become U+FFFD (the rows holding one are rejected, see `row/encoding`).
 * `onEncoding` hears the choice once, before the first text.
 */
export async function* decodeText(
  chunks: AsyncIterable<Uint8Array>,
  onEncoding: (encoding: CsvEncoding) => void = () => undefined,
): AsyncGenerator<string> {
  const head: Uint8Array[] = [];
  let size = 0;
  let decoder: TextDecoder | undefined;
  let first = true;
  const emit = function* (bytes: Uint8Array, stream: boolean): Generator<string> {
    let text = (decoder as TextDecoder).decode(bytes, { stream });
    if (first && text.length > 0) {
      first = false;
      // NOTE: TextDecoder drops a UTF-8 BOM itself; GB18030's own BOM (84 31 95 33) decodes to U+FEFF.
      if (text.startsWith('\uFEFF')) text = text.slice(1);
    }
    if (text.length > 0) yield text;
  };
  const choose = (): void => {
    const bytes = concat(head, size);
    const encoding: CsvEncoding = isUtf8(bytes) ? 'utf-8' : 'gb18030';
    onEncoding(encoding);
    decoder = new TextDecoder(encoding);
    head.length = 0;
    head.push(bytes);
  };
  for await (const chunk of chunks) {
    if (decoder) {
      // NOTE: texts of at most 64 KiB stay in V8's young generation; 1 MiB ones cost a full collection each.
      for (let at = 0; at < chunk.length; at += TEXT_BYTES) yield* emit(chunk.subarray(at, at + TEXT_BYTES), true);
      continue;
    }
    head.push(chunk);
    size += chunk.length;
    if (size < SNIFF_BYTES) continue;
    choose();
    yield* emit(head.pop() as Uint8Array, true);
  }
  if (!decoder) {
    choose();
    yield* emit(head.pop() as Uint8Array, true);
  }
  yield* emit(new Uint8Array(0), false);
}

function concat(parts: readonly Uint8Array[], size: number): Uint8Array {
  if (parts.length === 1) return parts[0] as Uint8Array;
  const all = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    all.set(p, at);
    at += p.length;
  }
  return all;
}
