// NOTE: apart from ./marker-text (and the instrument table it reads) because the editor's start registers the opener.
/** The link a marker's hover offers to its rule (`rule:<id>`), or none for findings that are not a catalog rule. */
export const ruleLink = (ruleId: string): string | undefined => (ruleId.includes('/') ? undefined : `rule:${ruleId}`);

/** The rule id a `rule:` link names, or undefined for any other link. */
export function ruleIdOfLink(link: { scheme: string; path: string }): string | undefined {
  return link.scheme === 'rule' && link.path !== '' ? link.path : undefined;
}
