import { parseArgs } from 'node:util';
import { verifyBundle } from '../runtime/index';
import type { Problem } from '../core/result';
import { EXIT, UsageError, type Io } from './io';
import { readText } from './read-inputs';
import { trustedKeys } from './trust';

export const VERIFY_USAGE = `usage: verify bundle.dunning.json [--trust key.jwk|keys.json|fingerprint …]
exit: 0 valid · 1 invalid (reasons printed) · 2 usage
`;

const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** Text from a bundle with control and bidi characters as `\uXXXX`: a hostile id cannot forge or hide output lines. */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** One line per problem: `code path message`. */
export function formatBundleProblems(problems: readonly Problem[]): string {
  return problems
    .map(
      (p) =>
        `${p.code}${p.path && p.path.length > 0 ? ` ${printable(p.path.join('.'))}` : ''} ${printable(p.message)}\n`,
    )
    .join('');
}

/** `verify`: checks a bundle's schema, hashes and signature (and trust, with --trust). */
export async function runVerify(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: { trust: { type: 'string', multiple: true } },
  });
  if (positionals.length !== 1) throw new UsageError('name exactly one bundle file');
  const file = positionals[0] ?? '';
  const text = readText(file);
  const keys = trustedKeys(values.trust);
  const result = await verifyBundle(text, keys === undefined ? {} : { trustedKeys: keys });
  if (!result.ok) {
    io.out(`${file}: invalid\n${formatBundleProblems(result.problems)}`);
    return EXIT.findings;
  }
  const b = result.value;
  const signer = b.signature ? `signed by ${b.signature.fingerprint}` : 'unsigned';
  io.out(`${file}: valid — ${b.templates.length} template(s), bundleHash ${b.bundleHash.slice(0, 16)}…, ${signer}\n`);
  for (const t of b.templates)
    io.out(printable(`  ${t.id}  ${t.name}  approved by ${t.approval.reviewer} at ${t.approval.approvedAt}`) + '\n');
  return EXIT.ok;
}
