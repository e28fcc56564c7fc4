/** A load-time finding about a rule's params (bad regex, dead allow phrase…); `fatal` drops the rule. */
export interface LintIssue {
  code: string;
  message: string;
  path: (string | number)[];
  fatal?: boolean;
}
