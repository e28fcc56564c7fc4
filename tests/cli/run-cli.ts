import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { run } from '../../src/cli/run';

export const ROOT = resolve(__dirname, '../..');
export const TEMPLATES = 'samples/templates';

/** Runs the CLI in-process with captured output (the working directory is the repo root, as vitest runs). */
export async function cli(
  args: string[],
  input = '',
  env: Record<string, string> = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await run(args, {
    out: (text) => void (stdout += text),
    err: (text) => void (stderr += text),
    readStdin: async (maxBytes) => (Buffer.byteLength(input) > maxBytes ? undefined : input),
    env: { LANG: 'C', ...env },
  });
  return { code, stdout, stderr };
}

/** A temporary folder with a `write(name, content)` that serialises objects as JSON. */
export function workDir(prefix: string) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return {
    dir,
    path: (name: string) => join(dir, name),
    write(name: string, content: string | object): string {
      const file = join(dir, name);
      writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
      return file;
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** One diagnostic line of the text output: `file:line:col severity rule-id message`. */
export const LINE = /^(.+):(\d+):(\d+) (error|warning|info) (\S+) (.+)$/;
