/**
 * A small deterministic generator of whole numbers (mulberry32), so a demo batch is the same
 * on every machine for the same seed. Integers only: demo figures never pass through a double.
 */
export class SeededRandom {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A uniformly distributed 32-bit unsigned integer. */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  }

  /**
   * A whole number from `min` to `max`, both included.
   * @example new SeededRandom(1).between(1, 6) // 1…6
   */
  between(min: number, max: number): number {
    return min + (this.next() % (max - min + 1));
  }

  /** True with a chance of `per` in a thousand. */
  chance(perThousand: number): boolean {
    return this.next() % 1000 < perThousand;
  }
}
