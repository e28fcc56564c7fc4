/**
 * `work` on each input with at most `window` in flight, results yielded in input order: a result that is ready
 * early waits only until its turn, and the next input is read only when there is room, so at most `window`
 * inputs and results are held at once. The first failure (in input order) is thrown.
 */
export async function* ordered<I, O>(
  inputs: AsyncIterable<I>,
  work: (input: I) => Promise<O>,
  window: number,
): AsyncGenerator<O> {
  const pending: Promise<O>[] = [];
  for await (const input of inputs) {
    const result = work(input);
    // NOTE: a later job may fail while an earlier one is awaited; it is thrown at its turn, not as unhandled.
    result.catch(() => undefined);
    pending.push(result);
    while (pending.length >= Math.max(1, window)) yield await (pending.shift() as Promise<O>);
  }
  while (pending.length > 0) yield await (pending.shift() as Promise<O>);
}
