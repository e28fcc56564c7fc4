export const PII_KINDS = ['cn_id', 'mobile', 'bank_card'] as const;
export type PiiKind = (typeof PII_KINDS)[number];

export interface PiiMatch {
  kind: PiiKind;
  /** 0-based UTF-16 offsets into the original text */
  start: number;
  end: number;
  /** the text as it appears between start and end */
  value: string;
  masked: false;
}
