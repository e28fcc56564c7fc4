import { parseArgs } from 'node:util';
import { renderFromBundle } from '../runtime/index';
import { sampleFileSchema } from '../core/index';
import { formatProblems, EXIT, UsageError, type Io } from './io';
import { BUNDLE_WORDS, langOf, USAGE_WORDS } from './lang';
import { readJson, readText } from './read-inputs';
import { TRUST_OPTIONS, TRUST_USAGE, verifyTrusted } from './trusted-bundle';
import { formatBundleProblems } from './verify';

export const RENDER_USAGE = `usage: render bundle.dunning.json templateId data.json [--trust key.jwk …] [--allow-untrusted] [--allow-unsigned]
       [--lang zh|en]
data.json: one data record (borrower, loan, platform, lender, agency?, contacts) or a sample file
prints the text (then a newline) on stdout and its segments on stderr
${TRUST_USAGE}
exit: 0 rendered · 1 bundle invalid, unsigned or untrusted, or render refused · 2 usage or unreadable files
`;

/** The data record itself, or the data part of a sample file (`samples/borrowers/*.json`, with `id` and `label`). */
function dataOf(json: unknown): unknown {
  const sample = sampleFileSchema.safeParse(json);
  if (!sample.success) return json;
  const { id: _id, label: _label, ...data } = sample.data;
  return data;
}

/** `render`: verifies the bundle and its signer, then renders one template for one data record as the sending system would. */
export async function runRender(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: { ...TRUST_OPTIONS, lang: { type: 'string' } },
  });
  const lang = langOf(argv, io.env);
  if (positionals.length !== 3) throw new UsageError(USAGE_WORDS.renderArgs());
  const [file = '', templateId = '', dataFile = ''] = positionals;
  const text = readText(file);
  const data = dataOf(readJson(dataFile, 'data/json'));
  const verified = await verifyTrusted(text, file, values);
  if (!verified.ok) {
    const hint = verified.trustOnly ? BUNDLE_WORDS.trustHint()[lang] : '';
    const refused = BUNDLE_WORDS.refused(verified.trustOnly)[lang];
    io.err(`${file}: ${refused}\n${formatBundleProblems(verified.problems, lang)}${hint}`);
    return EXIT.findings;
  }
  for (const w of verified.warnings) io.err(w[lang]);
  const rendered = renderFromBundle(verified.bundle, templateId, data);
  if (!rendered.ok) {
    const problems = rendered.problems.map((p) => (p.code.startsWith('data/') ? { ...p, file: dataFile } : p));
    io.err(formatProblems(problems, lang));
    return EXIT.findings;
  }
  const { text: sms, segments, encoding, units } = rendered.value;
  io.out(`${sms}\n`);
  io.err(`${BUNDLE_WORDS.segments(segments, encoding, units)[lang]}\n`);
  return EXIT.ok;
}
