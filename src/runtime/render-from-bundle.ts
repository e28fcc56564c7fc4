import { fail, ok, problemsFromZod, type Result } from '../core/index';
import { sampleDataSchema } from '../core/index';
import { renderTemplate } from '../core/index';
import { smsSegments } from '../core/index';
import { freshnessProblems } from '../core/index';
import { isVerifiedBundle, type VerifiedBundle } from '../core/index';

export interface RenderedMessage {
  text: string;
  segments: number;
  encoding: 'GSM-7' | 'UCS-2';
  /** septets (GSM-7) or UTF-16 units (UCS-2) */
  units: number;
}

export interface RenderOptions {
  /** the time to judge the bundle's `notAfter` by; default the current time */
  now?: Date;
}

/**
 * Renders one template of a bundle returned by `verifyBundle` for one borrower, exactly as the editor does (same
 * renderTemplate, filters and limits) but with `strictVariables: true`, so missing data is an error, never a blank.
 * Refuses: anything verifyBundle did not return (`bundle/unverified`, checked at run time too), a bundle past its
 * `notAfter` at `now` (`bundle/expired`: a long-running sender must load a new one), an unknown `templateId`
 * (`bundle/unknown-template`), data that fails the sample data schema (`data/invalid`, one problem per issue with
 * its JSON path), and any render problem (`template/*`).
 */
export function renderFromBundle(
  bundle: VerifiedBundle,
  templateId: string,
  data: unknown,
  opts: RenderOptions = {},
): Result<RenderedMessage> {
  if (!isVerifiedBundle(bundle)) {
    return fail([
      { code: 'bundle/unverified', message: 'not a bundle returned by verifyBundle: verify the file before rendering' },
    ]);
  }
  const expired = freshnessProblems(bundle, opts);
  if (expired.length > 0) return fail(expired);
  const template = bundle.templates.find((t) => t.id === templateId);
  if (!template) {
    const known = bundle.templates.map((t) => t.id).join(', ');
    return fail([
      { code: 'bundle/unknown-template', message: `no template "${templateId}" in the bundle (has: ${known})` },
    ]);
  }
  const parsed = sampleDataSchema.safeParse(data);
  if (!parsed.success) return fail(problemsFromZod(parsed.error.issues, 'data/invalid'));
  const rendered = renderTemplate(template.source, parsed.data, { strictVariables: true });
  if (!rendered.ok) return fail(rendered.problems);
  const sms = smsSegments(rendered.text);
  return ok({ text: rendered.text, segments: sms.segments, encoding: sms.encoding, units: sms.units });
}
