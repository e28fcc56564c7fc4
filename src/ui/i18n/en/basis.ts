import type { zhBasis } from '../messages-basis';

/** The English side of ../messages-basis.ts (loaded only when the UI is in English). */
export const enBasis: Record<keyof typeof zhBasis, string> = {
  'basis.kind.law': 'law',
  'basis.kind.judicial_interpretation': 'judicial interpretation',
  'basis.kind.regulation': 'regulation',
  'basis.kind.standard': 'national/industry standard',
  'basis.kind.self_regulatory': 'self-regulatory guideline',
  'basis.kind.carrier_rule': 'carrier/platform rule',
  'basis.kind.secondary': 'secondary source',
  'basis.kind.foreign': 'foreign law (comparison only)',
  'basis.kind.decision': 'design choice / own decision',
  'basis.label.V1': 'V1 verified in the text',
  'basis.label.V2': 'V2 verified via a secondary page',
  'basis.label.P': 'P platform practice',
  'basis.label.I': 'I inference / design choice',
  'basis.labelHint.V1': 'Checked in the primary legal text; the article number is certain',
  'basis.labelHint.V2':
    'Checked in a page that quotes, translates or summarises the instrument; wording and article numbers as that page gives them, not checked against the official text',
  'basis.labelHint.P':
    'Platform or carrier practice from SMS providers’ documentation: not law, but sending fails if ignored',
  'basis.labelHint.I': 'Inference or common practice not found stated in a source; to be confirmed by counsel',
  'basis.weak': 'No primary instrument',
  'basis.weakHint':
    'This rule rests only on secondary sources, foreign law or a design choice, so it never blocks export as an error (template syntax rules aside)',
  'basis.source': 'source page',
};
