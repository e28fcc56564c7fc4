/** What ends a clause in the original text a lawful frame reads (sentence ends, commas, semicolons, line breaks). */
const CLAUSE_END = /[，,。；;！？!?\n]/;

/** Where the clause holding `at` starts. */
export function clauseStartBefore(text: string, at: number): number {
  let i = at;
  while (i > 0 && !CLAUSE_END.test(text[i - 1]!)) i--;
  return i;
}

/** Where the clause holding `at` ends (the index of its end mark, or the text's length). */
export function clauseEndFrom(text: string, at: number): number {
  let i = at;
  while (i < text.length && !CLAUSE_END.test(text[i]!)) i++;
  return i;
}

/** Calls `visit` with each clause of `text` (its end mark left out) and the offset where the clause starts. */
export function eachClause(text: string, visit: (clause: string, at: number) => void): void {
  for (let at = 0; at < text.length;) {
    const end = clauseEndFrom(text, at);
    visit(text.slice(at, end), at);
    at = end + 1;
  }
}
