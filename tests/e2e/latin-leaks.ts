import type { Page } from '@playwright/test';

/**
 * Words that may stand in Chinese text: product and format names. Identifiers (rule ids, filter and variable
 * names, file names, problem codes) contain `_ . / - :` or digits and never count as words anyway.
 */
const ALLOWED = new Set(
  'Liquid JSON CSV TSV SMS ID PII JWK ECDSA SHA PDF URL UTF GBK GSM UCS App APP English Ctrl Cmd Alt Shift Tab Esc Enter'.split(
    ' ',
  ),
);

const TOKEN = /[A-Za-z][A-Za-z0-9_.\/:'’+-]*|[^A-Za-z]/g;
const PLAIN_WORD = /^[A-Za-z]+(?:['’][a-z]+)?$/;
/** What may stand between two words of one sentence (Liquid delimiters too: `tag {% if x %} not closed` is one). */
const GAP = /^[\s,;:()!?"“”'‘’{}%]$/;

/** Runs of three or more plain English words (not allowlisted) in `text`: what a Chinese UI must not show. */
export function latinSentences(text: string): string[] {
  const found: string[] = [];
  let run: string[] = [];
  let gapOnly = true;
  const close = (): void => {
    if (run.length >= 3) found.push(run.join(' '));
    run = [];
  };
  for (const token of text.match(TOKEN) ?? []) {
    if (/^[A-Za-z]/.test(token)) {
      if (PLAIN_WORD.test(token) && !ALLOWED.has(token)) {
        if (!gapOnly) close();
        run.push(token);
        gapOnly = true;
      } else close();
    } else if (!GAP.test(token)) {
      close();
      gapOnly = true;
    }
  }
  close();
  return found;
}

/**
 * The page's visible text without the editor's own text (user data) and without Monaco's widgets, plus the
 * `title` of visible elements (shown on hover).
 */
export async function visibleText(page: Page): Promise<string> {
  return page.evaluate(() => {
    let text = document.body.innerText;
    for (const editor of document.querySelectorAll<HTMLElement>('.monaco-editor')) {
      const inner = editor.innerText;
      if (inner) text = text.split(inner).join('\n');
    }
    const titles = [...document.querySelectorAll<HTMLElement>('[title]')]
      .filter((e) => e.checkVisibility() && !e.closest('.monaco-editor'))
      .map((e) => e.title);
    return [text, ...titles].join('\n');
  });
}

/** Every English sentence the page shows now, with where the walk was (`step`). */
export async function leaksAt(page: Page, step: string): Promise<string[]> {
  return latinSentences(await visibleText(page)).map((s) => `${step}: ${s}`);
}
