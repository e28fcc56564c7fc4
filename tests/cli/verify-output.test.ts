import { describe, expect, it } from 'vitest';
import { formatBundleProblems } from '../../src/cli/verify';

describe('formatBundleProblems', () => {
  it('reports one line per problem with control and bidi characters from the bundle escaped', () => {
    const id = 'x"\r\n/tmp/b.dunning.json: valid\u001b[2K\u202e';
    const text = formatBundleProblems([
      {
        code: 'bundle/template-hash',
        message: `template "${id}" does not match its sha256`,
        path: ['templates', 0, 'sha256'],
      },
      { code: 'bundle/schema', message: 'unknown key', path: ['templates', 0, `k\n${id}`] },
    ]);
    expect(text.split('\n')).toHaveLength(3);
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    expect(text.split('\n')[0]).toContain('\\u001b[2K');
    expect(text.startsWith('bundle/template-hash templates.0.sha256 template "x"\\u000d\\u000a')).toBe(true);
  });
});
