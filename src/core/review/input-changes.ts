/**
 * What moved under an unchanged template since its approval: the samples, the rules (the rule pack), or both. Apart
 * from ./schemas so an approval's status can be read without zod.
 */
export const INPUT_CHANGES = ['samples', 'rules', 'rules_and_samples'] as const;
export type InputChange = (typeof INPUT_CHANGES)[number];
