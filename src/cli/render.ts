import { parseArgs } from 'node:util';
import { renderFromBundle, verifyBundle } from '../runtime/index';
import { sampleFileSchema } from '../core/samples/schema';
import { formatProblems, EXIT, UsageError, type Io } from './io';
import { readJson, readText } from './read-inputs';
import { trustedKeys } from './trust';
import { formatBundleProblems } from './verify';

export const RENDER_USAGE = `usage: render bundle.dunning.json templateId data.json [--trust key.jwk …]
data.json: one data record (borrower, loan, platform, lender, agency?, contacts) or a sample file
prints the text (then a newline) on stdout and its segments on stderr
exit: 0 rendered · 1 bundle invalid or render refused · 2 usage or unreadable files
`;

/** The data record itself, or the data part of a sample file (`samples/borrowers/*.json`, with `id` and `label`). */
function dataOf(json: unknown): unknown {
  const sample = sampleFileSchema.safeParse(json);
  if (!sample.success) return json;
  const { id: _id, label: _label, ...data } = sample.data;
  return data;
}

/** `render`: verifies the bundle, then renders one template for one data record as the sending system would. */
export async function runRender(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: { trust: { type: 'string', multiple: true } },
  });
  if (positionals.length !== 3) throw new UsageError('expected: bundle file, template id, data file');
  const [file = '', templateId = '', dataFile = ''] = positionals;
  const text = readText(file);
  const data = dataOf(readJson(dataFile));
  const keys = trustedKeys(values.trust);
  const verified = await verifyBundle(text, keys === undefined ? {} : { trustedKeys: keys });
  if (!verified.ok) {
    io.err(`${file}: invalid\n${formatBundleProblems(verified.problems)}`);
    return EXIT.findings;
  }
  const rendered = renderFromBundle(verified.value, templateId, data);
  if (!rendered.ok) {
    io.err(formatProblems(rendered.problems));
    return EXIT.findings;
  }
  const { text: sms, segments, encoding, units } = rendered.value;
  io.out(`${sms}\n`);
  io.err(`segments: ${segments} (${encoding}, ${units} units)\n`);
  return EXIT.ok;
}
