/**
 * Exact rational numbers on BigInt, for every score, sum, rank and amount (88号 D3, 28号 WD1, 90号 MD2).
 *
 * Operations do not reduce by the greatest common divisor: batch scoring builds millions of values
 * whose denominators are a few batch constants, and skipping the gcd keeps that fast. Comparison and
 * equality are by cross-multiplication, so an unreduced value is still exactly what it says.
 */
export class Exact {
  /** Numerator. */
  readonly num: bigint;
  /** Denominator, always positive. */
  readonly den: bigint;

  private constructor(num: bigint, den: bigint) {
    this.num = num;
    this.den = den;
  }

  static readonly ZERO = new Exact(0n, 1n);
  static readonly ONE = new Exact(1n, 1n);

  /**
   * A value from a numerator and a denominator.
   * @example Exact.of(1n, 3n).toDecimal(4) // '0.3333'
   */
  static of(num: bigint | number, den: bigint | number = 1n): Exact {
    const n = typeof num === 'bigint' ? num : BigInt(num);
    const d = typeof den === 'bigint' ? den : BigInt(den);
    if (d === 0n) throw new RangeError('denominator must not be zero');
    return d < 0n ? new Exact(-n, -d) : new Exact(n, d);
  }

  plus(other: Exact): Exact {
    if (this.den === other.den) return new Exact(this.num + other.num, this.den);
    return new Exact(this.num * other.den + other.num * this.den, this.den * other.den);
  }

  minus(other: Exact): Exact {
    if (this.den === other.den) return new Exact(this.num - other.num, this.den);
    return new Exact(this.num * other.den - other.num * this.den, this.den * other.den);
  }

  times(other: Exact): Exact {
    return new Exact(this.num * other.num, this.den * other.den);
  }

  /** @throws RangeError when dividing by zero. */
  dividedBy(other: Exact): Exact {
    if (other.num === 0n) throw new RangeError('division by zero');
    return Exact.of(this.num * other.den, this.den * other.num);
  }

  negated(): Exact {
    return new Exact(-this.num, this.den);
  }

  /** -1, 0 or 1, decided exactly. */
  compare(other: Exact): -1 | 0 | 1 {
    if (this.den === other.den) return this.num < other.num ? -1 : this.num > other.num ? 1 : 0;
    const left = this.num * other.den;
    const right = other.num * this.den;
    return left < right ? -1 : left > right ? 1 : 0;
  }

  equals(other: Exact): boolean {
    return this.compare(other) === 0;
  }

  isZero(): boolean {
    return this.num === 0n;
  }

  isNegative(): boolean {
    return this.num < 0n;
  }

  static max(a: Exact, b: Exact): Exact {
    return a.compare(b) >= 0 ? a : b;
  }

  static min(a: Exact, b: Exact): Exact {
    return a.compare(b) <= 0 ? a : b;
  }

  /**
   * The same value written over `den`, which must be a multiple of its denominator. Values that
   * share a denominator add and subtract with one integer operation, which is what lets a batch
   * of a million scores stay exact and fast.
   * @example Exact.of(1n, 4n).over(100n).num // 25n
   */
  over(den: bigint): Exact {
    if (den === this.den) return this;
    if (den <= 0n || den % this.den !== 0n)
      throw new RangeError(`${den} is not a multiple of ${this.den}`);
    return new Exact(this.num * (den / this.den), den);
  }

  /** The same value in lowest terms. */
  reduced(): Exact {
    const g = gcd(this.num < 0n ? -this.num : this.num, this.den);
    return g <= 1n ? this : new Exact(this.num / g, this.den / g);
  }

  /**
   * Rounds half away from zero (四舍五入) to `places` decimals and writes it with exactly that many.
   * @example Exact.of(1n, 8n).toDecimal(2) // '0.13'
   * @example Exact.of(-1n, 8n).toDecimal(2) // '-0.13'
   */
  toDecimal(places: number): string {
    const scale = POWERS_OF_TEN[places] ?? 10n ** BigInt(places);
    const magnitude = this.num < 0n ? -this.num : this.num;
    const scaled = (magnitude * scale * 2n + this.den) / (this.den * 2n);
    const sign = this.num < 0n && scaled !== 0n ? '-' : '';
    const digits = scaled.toString().padStart(places + 1, '0');
    if (places === 0) return sign + digits;
    return `${sign}${digits.slice(0, -places)}.${digits.slice(-places)}`;
  }

  /**
   * The value rounded to `places` decimals, as an Exact (for money split to the fen, say).
   * @example Exact.of(1n, 8n).roundTo(2).toDecimal(2) // '0.13'
   */
  roundTo(places: number): Exact {
    const scale = 10n ** BigInt(places);
    const magnitude = this.num < 0n ? -this.num : this.num;
    const scaled = (magnitude * scale * 2n + this.den) / (this.den * 2n);
    return new Exact(this.num < 0n ? -scaled : scaled, scale);
  }

  /** The largest multiple of 10^-places not above the value (for money, before distributing remainders). */
  floorTo(places: number): Exact {
    const scale = 10n ** BigInt(places);
    const scaled = this.num * scale;
    let q = scaled / this.den;
    if (scaled % this.den !== 0n && scaled < 0n) q -= 1n;
    return new Exact(q, scale);
  }

  /** Lowest-terms fraction such as `-7/3`, or `5` for an integer: what a reader can check by hand. */
  toFraction(): string {
    const r = this.reduced();
    return r.den === 1n ? r.num.toString() : `${r.num}/${r.den}`;
  }

  /**
   * A binary floating-point approximation. Only for ordering hints and charts; never for a result.
   * Both parts are shifted together when they would overflow a double.
   */
  approximate(): number {
    const n = Number(this.num);
    const d = Number(this.den);
    if (Number.isFinite(n) && Number.isFinite(d)) return n / d;
    const shift = BigInt(Math.max(bitLength(this.num), bitLength(this.den)) - 1000);
    return Number(this.num >> shift) / Number(this.den >> shift);
  }

  toString(): string {
    return this.toFraction();
  }

  toJSON(): string {
    return this.toFraction();
  }
}

/**
 * Least common multiple of positive integers: the smallest denominator several values share.
 * @example lcm([4n, 6n]) // 12n
 */
export function lcm(values: readonly bigint[]): bigint {
  let result = 1n;
  for (const value of values) result = (result / gcd(result, value)) * value;
  return result;
}

const POWERS_OF_TEN = Array.from({ length: 20 }, (_, i) => 10n ** BigInt(i));

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

function bitLength(value: bigint): number {
  return (value < 0n ? -value : value).toString(2).length;
}
