import { describe, expect, it } from 'vitest';
import { lineIndex } from '../../src/cli/line-col';
import { artifactUri } from '../../src/cli/print-sarif';

describe('lineIndex', () => {
  const text = 'ab\r\n𠮷c\n\nd';
  const at = lineIndex(text);
  it.each([
    { offset: 0, line: 1, column: 1 },
    { offset: 2, line: 1, column: 3 },
    { offset: 4, line: 2, column: 1 },
    { offset: text.indexOf('c'), line: 2, column: 3 },
    { offset: text.indexOf('\n\n') + 1, line: 3, column: 1 },
    { offset: text.indexOf('d'), line: 4, column: 1 },
    { offset: text.length, line: 4, column: 2 },
    { offset: text.length + 5, line: 4, column: 2 },
  ])('reports $line:$column for offset $offset (UTF-16 columns, CRLF one break)', ({ offset, line, column }) => {
    expect(at(offset)).toEqual({ line, column });
  });
});

describe('artifactUri', () => {
  it.each([
    { file: 'samples/templates/a.liquid', uri: 'samples/templates/a.liquid' },
    { file: 'dir\\模板 1.liquid', uri: 'dir/%E6%A8%A1%E6%9D%BF%201.liquid' },
    { file: '/tmp/x.liquid', uri: 'file:///tmp/x.liquid' },
    { file: 'C:\\work\\x.liquid', uri: 'file:///C:/work/x.liquid' },
  ])('reports $uri for $file', ({ file, uri }) => {
    expect(artifactUri(file)).toBe(uri);
  });
});
