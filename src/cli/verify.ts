import { parseArgs } from 'node:util';
import { formatProblem, type Problem } from '../core/index';
import { stagePolicyOf } from '../runtime/index';
import { EXIT, UsageError, type Io } from './io';
import { BUNDLE_WORDS, langOf, USAGE_WORDS, type Lang } from './lang';
import { readText } from './read-inputs';
import { TRUST_OPTIONS, TRUST_USAGE, verifyTrusted, type Verified } from './trusted-bundle';

export const VERIFY_USAGE = `usage: verify bundle.dunning.json [--trust key.jwk|keys.json|fingerprint …] [--allow-untrusted] [--allow-unsigned]
       [--lang zh|en]
${TRUST_USAGE}
exit: 0 valid and trusted (or allowed) · 1 invalid, unsigned or untrusted (reasons printed) · 2 usage
`;

const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** Text from a bundle with control and bidi characters as `\uXXXX`: a hostile id cannot forge or hide output lines. */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** One line per problem: `code path message` (in Chinese worded from the problem's code and data). */
export function formatBundleProblems(problems: readonly Problem[], lang: Lang = 'en'): string {
  const say = (p: Problem): string => (lang === 'en' ? p.message : formatProblem(p, lang));
  return problems
    .map(
      (p) => `${p.code}${p.path && p.path.length > 0 ? ` ${printable(p.path.join('.'))}` : ''} ${printable(say(p))}\n`,
    )
    .join('');
}

function signer(trust: Verified['trust']): { en: string; zh: string } {
  if (trust.kind === 'unsigned') return BUNDLE_WORDS.unsigned();
  return BUNDLE_WORDS.signed(trust.fingerprint, trust.kind === 'trusted');
}

/** `verify`: checks a bundle's schema, hashes and signature, and that a trusted key signed it (see TRUST_USAGE). */
export async function runVerify(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: { ...TRUST_OPTIONS, lang: { type: 'string' } },
  });
  const lang = langOf(argv, io.env);
  if (positionals.length !== 1) throw new UsageError(USAGE_WORDS.oneBundle());
  const file = positionals[0] ?? '';
  const result = await verifyTrusted(readText(file), file, values);
  if (!result.ok) {
    const hint = result.trustOnly ? BUNDLE_WORDS.trustHint()[lang] : '';
    const refused = BUNDLE_WORDS.refused(result.trustOnly)[lang];
    io.out(`${file}: ${refused}\n${formatBundleProblems(result.problems, lang)}${hint}`);
    return EXIT.findings;
  }
  for (const w of result.warnings) io.err(w[lang]);
  const b = result.bundle;
  const valid = BUNDLE_WORDS.valid(
    b.templates.length,
    b.bundleHash.slice(0, 16),
    stagePolicyOf(b),
    signer(b.trust)[lang],
  );
  io.out(`${file}: ${valid[lang]}\n`);
  for (const t of b.templates) {
    const approved = BUNDLE_WORDS.approved(t.approval.reviewer, t.approval.approvedAt)[lang];
    io.out(printable(`  ${t.id}  ${t.name}  ${approved}`) + '\n');
  }
  return EXIT.ok;
}
