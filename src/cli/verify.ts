import { parseArgs } from 'node:util';
import { stagePolicyOf, type Problem } from '../runtime/index';
import { EXIT, UsageError, type Io } from './io';
import { readText } from './read-inputs';
import { TRUST_HINT, TRUST_OPTIONS, TRUST_USAGE, verifyTrusted, type Verified } from './trusted-bundle';

export const VERIFY_USAGE = `usage: verify bundle.dunning.json [--trust key.jwk|keys.json|fingerprint …] [--allow-untrusted] [--allow-unsigned]
${TRUST_USAGE}
exit: 0 valid and trusted (or allowed) · 1 invalid, unsigned or untrusted (reasons printed) · 2 usage
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

function signer(trust: Verified['trust']): string {
  if (trust.kind === 'unsigned') return 'unsigned (allowed by --allow-unsigned)';
  return `signed by ${trust.fingerprint}${trust.kind === 'trusted' ? ' (trusted)' : ' (NOT trusted, allowed by --allow-untrusted)'}`;
}

/** `verify`: checks a bundle's schema, hashes and signature, and that a trusted key signed it (see TRUST_USAGE). */
export async function runVerify(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: TRUST_OPTIONS,
  });
  if (positionals.length !== 1) throw new UsageError('name exactly one bundle file');
  const file = positionals[0] ?? '';
  const result = await verifyTrusted(readText(file), file, values);
  if (!result.ok) {
    const hint = result.trustOnly ? TRUST_HINT : '';
    io.out(`${file}: ${result.trustOnly ? 'not trusted' : 'invalid'}\n${formatBundleProblems(result.problems)}${hint}`);
    return EXIT.findings;
  }
  for (const w of result.warnings) io.err(w);
  const b = result.bundle;
  io.out(
    `${file}: valid — ${b.templates.length} template(s), bundleHash ${b.bundleHash.slice(0, 16)}…, ` +
      `stage policy ${stagePolicyOf(b)}, ${signer(b.trust)}\n`,
  );
  for (const t of b.templates)
    io.out(printable(`  ${t.id}  ${t.name}  approved by ${t.approval.reviewer} at ${t.approval.approvedAt}`) + '\n');
  return EXIT.ok;
}
