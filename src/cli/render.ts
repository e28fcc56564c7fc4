import { parseArgs } from 'node:util';
import { renderFromBundle } from '../runtime/index';
import { sampleFileSchema } from '../core/index';
import { formatProblems, EXIT, UsageError, type Io } from './io';
import { readJson, readText } from './read-inputs';
import { TRUST_HINT, TRUST_OPTIONS, TRUST_USAGE, verifyTrusted } from './trusted-bundle';
import { formatBundleProblems } from './verify';

export const RENDER_USAGE = `usage: render bundle.dunning.json templateId data.json [--trust key.jwk …] [--allow-untrusted] [--allow-unsigned]
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
    options: TRUST_OPTIONS,
  });
  if (positionals.length !== 3) throw new UsageError('expected: bundle file, template id, data file');
  const [file = '', templateId = '', dataFile = ''] = positionals;
  const text = readText(file);
  const data = dataOf(readJson(dataFile, 'data/json'));
  const verified = await verifyTrusted(text, file, values);
  if (!verified.ok) {
    const hint = verified.trustOnly ? TRUST_HINT : '';
    io.err(
      `${file}: ${verified.trustOnly ? 'not trusted' : 'invalid'}\n${formatBundleProblems(verified.problems)}${hint}`,
    );
    return EXIT.findings;
  }
  for (const w of verified.warnings) io.err(w);
  const rendered = renderFromBundle(verified.bundle, templateId, data);
  if (!rendered.ok) {
    io.err(formatProblems(rendered.problems.map((p) => (p.code.startsWith('data/') ? { ...p, file: dataFile } : p))));
    return EXIT.findings;
  }
  const { text: sms, segments, encoding, units } = rendered.value;
  io.out(`${sms}\n`);
  io.err(`segments: ${segments} (${encoding}, ${units} units)\n`);
  return EXIT.ok;
}
