/** One read of a data path. */
export interface VariableUse {
  /** dotted data path, indices dropped, aliases resolved: `contacts[0].phone` → `contacts.phone` */
  path: string;
  /** 0-based offsets of the variable as written (for an alias, the alias where it is read) */
  start: number;
  end: number;
  /** every filter applied before the value reaches the output, in order (assign/capture filters first) */
  filters: string[];
  /** true when the value is printed (directly, or later through an assign/capture alias) */
  output: boolean;
  /** the assign/capture/for alias this use was read through */
  via?: string;
}

export interface TemplateAnalysis {
  uses: VariableUse[];
}
