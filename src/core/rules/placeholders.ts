/** Placeholders a rule message may use; a finding carries their values in `vars`. */
export const MESSAGE_PLACEHOLDERS = ['match', 'value', 'variable', 'sample', 'limit'] as const;
export type Placeholder = (typeof MESSAGE_PLACEHOLDERS)[number];
