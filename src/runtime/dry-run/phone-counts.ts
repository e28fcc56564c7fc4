/** A phone key read as a number: 1 to 15 digits without a leading 0, so the number is exact and maps back to it. */
const NUMERIC = /^[1-9]\d{0,14}$/;
const TWO_32 = 0x1_0000_0000;
const MAX_LOAD = 0.75;

/**
 * A count per phone key. Digit keys (nearly every phone) live in an open-addressing table of typed arrays:
 * ≈ 24 bytes each at a million phones, where a Map of string keys costs ≈ 90. Any other key goes to a Map.
 */
export class PhoneCounts {
  #keys = new Float64Array(1024);
  #counts = new Uint32Array(1024);
  #size = 0;
  readonly #other = new Map<string, number>();

  /** Adds one to `phone`'s count when it is below `max`; false (nothing added) when it is not. */
  addBelow(phone: string, max: number): boolean {
    if (!NUMERIC.test(phone)) {
      const sent = this.#other.get(phone) ?? 0;
      if (sent >= max) return false;
      this.#other.set(phone, sent + 1);
      return true;
    }
    const key = Number(phone);
    let slot = this.#slotOf(key);
    if (this.#keys[slot] === 0) {
      if (max < 1) return false;
      if ((this.#size + 1) / this.#keys.length > MAX_LOAD) {
        this.#grow();
        slot = this.#slotOf(key);
      }
      this.#keys[slot] = key;
      this.#counts[slot] = 1;
      this.#size += 1;
      return true;
    }
    if (this.#counts[slot]! >= max) return false;
    this.#counts[slot]! += 1;
    return true;
  }

  /** The slot holding `key`, else the free slot where it goes (0 marks a free slot: no key is 0). */
  #slotOf(key: number): number {
    const mask = this.#keys.length - 1;
    const h = Math.imul((key % TWO_32) | 0, 0x9e3779b1) ^ Math.imul(Math.floor(key / TWO_32) + 1, 0x85ebca6b);
    let slot = (h ^ (h >>> 15)) & mask;
    while (this.#keys[slot] !== 0 && this.#keys[slot] !== key) slot = (slot + 1) & mask;
    return slot;
  }

  #grow(): void {
    const keys = this.#keys;
    const counts = this.#counts;
    this.#keys = new Float64Array(keys.length * 2);
    this.#counts = new Uint32Array(keys.length * 2);
    for (let i = 0; i < keys.length; i++) {
      if (keys[i] === 0) continue;
      const slot = this.#slotOf(keys[i]!);
      this.#keys[slot] = keys[i]!;
      this.#counts[slot] = counts[i]!;
    }
  }
}
