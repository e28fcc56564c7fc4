/** A CSS string literal (quotes, backslashes and line breaks escaped). */
export const cssString = (text: string): string => `"${text.replace(/[\\"]/g, '\\$&').replace(/[\r\n\f]+/g, ' ')}"`;

/** What every printed page of a report carries in its margins. */
export interface PageMarks {
  /** top left: the template's name and version */
  header: string;
  /** top right */
  title: string;
  /** bottom left: the content hash the reviewer signs */
  footer: string;
  /** the page number line with `{page}` and `{pages}` in it: 第 {page} 页，共 {pages} 页 / Page {page} of {pages} */
  pages: string;
}

/**
 * The @page rule that prints `marks` in the margin boxes of every page (Chromium ≥ 131 prints margin boxes), with
 * page numbers from the page counters.
 */
export function pageCss(marks: PageMarks): string {
  const box = 'font: 9pt system-ui, sans-serif; color: #4b5563;';
  const numbers = marks.pages
    .split(/(\{pages?\})/)
    .filter((part) => part !== '')
    .map((part) => (part === '{page}' ? 'counter(page)' : part === '{pages}' ? 'counter(pages)' : cssString(part)))
    .join(' ');
  return [
    '@page {',
    '  size: A4;',
    '  margin: 18mm 16mm 18mm;',
    `  @top-left { content: ${cssString(marks.header)}; ${box} }`,
    `  @top-right { content: ${cssString(marks.title)}; ${box} }`,
    `  @bottom-left { content: ${cssString(marks.footer)}; ${box} }`,
    `  @bottom-right { content: ${numbers}; ${box} }`,
    '}',
  ].join('\n');
}
