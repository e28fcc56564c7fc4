import type { zhReport } from '../messages-report';

/** The English side of ../messages-report.ts (loaded only when the UI is in English). */
export const enReport: Record<keyof typeof zhReport, string> = {
  'report.source': 'Template source (Liquid)',
  'report.diffNoBase': 'Changes since the last approved version',
  'report.diffLegend':
    'Compared line by line, changed lines word by word: deleted text is red and struck through, inserted text green and underlined.',
  'report.diffOld': 'Old line',
  'report.diffNew': 'New line',
  'report.diffChange': 'Change',
  'report.severity': 'Severity',
  'report.empty': '(empty)',
  'report.signature': 'Sign-off',
  'report.sign.decision': 'Decision',
  'report.sign.reviewer': 'Reviewer',
  'report.sign.role': 'Role',
  'report.sign.roleReviewer': 'Legal / compliance reviewer',
  'report.sign.date': 'Decided at',
  'report.sign.rules': 'Rules checked against',
  'report.sign.pack': 'Organisation rule pack “{name}”, revision {revision}',
  'report.sign.packHash': 'Pack hash',
  'report.sign.builtinRules': 'Built-in rules (no organisation rule pack)',
  'report.sign.rulesetHash': 'Ruleset hash',
  'report.sign.content': 'Content hash signed (SHA-256)',
  'report.sign.hand': 'Signature',
  'report.sign.handDate': 'Date',
  'report.page.numbers': 'Page {page} of {pages}',
  'report.page.hash': 'Content hash {hash}',
};
