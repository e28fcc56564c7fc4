import { compactMatchable, type Matchable } from '../match/matchable';
import type { SpanSlice } from '../render/span-pool';
import type { RenderedSample } from '../rules/kinds/define-kind';
import type { Sample } from '../samples/schema';
import type { SmsSegments } from '../sms/segments';
import type { PreparedText } from './prepared-texts';

/**
 * A sample whose rules ran, as the meta rules and the report need it. Its text is held whole only when the check
 * holds it anyway; otherwise its two strings, and the maps back to the original are rebuilt if a meta rule asks.
 */
export class CheckedRun implements RenderedSample {
  readonly sms: SmsSegments;
  private matchable: Matchable | undefined;
  private readonly plain: string;
  private readonly norm: string;

  constructor(
    readonly sample: Sample,
    prepared: PreparedText,
    held: boolean,
    readonly spans: SpanSlice,
  ) {
    this.sms = prepared.sms;
    this.matchable = held ? prepared.text : undefined;
    this.plain = prepared.text.text;
    this.norm = prepared.text.norm;
  }

  get text(): Matchable {
    return (this.matchable ??= compactMatchable({ text: this.plain, norm: this.norm }));
  }

  get segments(): number {
    return this.sms.segments;
  }

  /** The rendered text as written. */
  get plainText(): string {
    return this.plain;
  }
}
