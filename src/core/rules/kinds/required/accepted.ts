import type { Matchable } from '../../../match/matchable';
import { anyRegex, type RegexList } from '../../../match/regexes';
import type { Sample } from '../../../samples/schema';
import { normalisedSampleValue } from '../../sample-values';
import type { Element } from './elements';

/** Sample fields whose own value also satisfies an element restricted to accepted values. */
const OWN_FIELDS: Partial<Record<Element, readonly string[]>> = {
  repayment_channel: ['platform.app_name', 'platform.website'],
  hotline: ['platform.hotline', 'agency.hotline'],
  institution: ['platform.name', 'lender.name', 'lender.short_name', 'agency.name', 'agency.short_name'],
};

/** Whether the text carries one of the accepted values (normalised), the sample's own value, or an extra pattern. */
export function hasAccepted(
  element: Element,
  text: Matchable,
  sample: Sample,
  accept: readonly string[],
  extra: RegexList,
): boolean {
  if (anyRegex(extra, text.norm)) return true;
  if (accept.some((v) => text.norm.includes(v))) return true;
  return (OWN_FIELDS[element] ?? []).some((path) => {
    const norm = normalisedSampleValue(sample, path);
    return norm.length > 0 && text.norm.includes(norm);
  });
}
