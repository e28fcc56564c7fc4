import type { FilterDoc } from './filter-doc';
import { maskId } from './mask-id';
import { maskPhone } from './mask-phone';
import { maskCard } from './mask-card';
import { last4 } from './last4';
import { rmbUpperDoc } from './rmb-upper';
import { cnyDoc } from './cny';
import { dateCnDoc } from './date-cn';
import { honorificDoc } from './honorific';
import { surnameDoc } from './surname';
import { salutationDoc } from './salutation';

export type { FilterDoc, FilterExample } from './filter-doc';
export { FilterInputError } from './filter-doc';

/**
 * The domain filters registered on every render engine, with zh/en docs and examples for the
 * editor's completion and hover: mask_id, mask_phone, mask_card, last4, rmb_upper, cny, date_cn,
 * honorific, surname, salutation.
 */
export const DOMAIN_FILTERS: readonly FilterDoc[] = Object.freeze([
  maskId,
  maskPhone,
  maskCard,
  last4,
  rmbUpperDoc,
  cnyDoc,
  dateCnDoc,
  honorificDoc,
  surnameDoc,
  salutationDoc,
]);
