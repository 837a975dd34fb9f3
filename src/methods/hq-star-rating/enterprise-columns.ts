import { JURISDICTION_NAMES, type Jurisdiction } from '../../engine/china/jurisdictions.ts';
import { Exact } from '../../engine/exact/exact.ts';
import { AMOUNT_KEYS, type AmountKey, type EnterpriseFigures } from './enterprise.ts';
import { TOP500_LISTS } from './parameters.ts';

/** Anything that hands out enterprises by position: an array, or {@link EnterpriseColumns}. */
export interface EnterpriseSource {
  readonly length: number;
  at(index: number): EnterpriseFigures | undefined;
}

const NO_PLACES = 255;
const POWERS_OF_TEN = Array.from({ length: 40 }, (_, i) => 10n ** BigInt(i));
const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

/**
 * A batch held column by column: numbers in typed arrays, text in plain arrays. A million
 * enterprises then cost a few dozen large buffers instead of tens of millions of small objects,
 * which the garbage collector would otherwise walk again and again. `at(i)` gives back the same
 * EnterpriseFigures that was stored, built afresh.
 * @example const columns = new EnterpriseColumns(); columns.push(figures); columns.at(0)?.uscc
 */
export class EnterpriseColumns implements EnterpriseSource {
  length = 0;
  private capacity = 0;
  private uscc: string[] = [];
  private name: string[] = [];
  private county = new Uint8Array(0);
  private row = new Uint32Array(0);
  private amountNum = new BigInt64Array(0);
  private amountPlaces = new Uint8Array(0);
  /** Values too large for 64 bits, by slot. Rare: kept aside rather than cut. */
  private readonly largeAmounts = new Map<number, bigint>();
  private readonly largeCounts = new Map<number, bigint>();
  private counts = new BigInt64Array(0);
  private countPresent = new Uint8Array(0);
  private top500 = new Uint8Array(0);
  private listings = new Uint32Array(0);

  push(figures: EnterpriseFigures): void {
    if (this.length === this.capacity) this.grow();
    const i = this.length++;
    this.uscc.push(figures.uscc);
    this.name.push(figures.name);
    this.county[i] = JURISDICTION_NAMES.indexOf(figures.county as Jurisdiction);
    this.row[i] = figures.row ?? 0;
    for (let column = 0; column < AMOUNT_KEYS.length; column++)
      this.storeAmount(i * 3 + column, figures.amounts[AMOUNT_KEYS[column]!]);
    this.storeCount(i * 2, figures.pensionPayers);
    this.storeCount(i * 2 + 1, figures.taxFilers);
    let lists = 0;
    for (const list of figures.top500) lists |= 1 << TOP500_LISTS.indexOf(list);
    this.top500[i] = lists;
    this.listings[i] = figures.listings3y;
  }

  at(index: number): EnterpriseFigures | undefined {
    if (index < 0 || index >= this.length) return undefined;
    // Called twice per enterprise while rating: plain literals, no closures or spreads.
    const slot = index * 3;
    const amounts: Record<AmountKey, Exact | null> = {
      revenue_2y: this.amount(slot),
      contribution_2y: this.amount(slot + 1),
      rd_2y: this.amount(slot + 2),
    };
    const lists = this.top500[index]!;
    const figures: EnterpriseFigures = {
      uscc: this.uscc[index]!,
      name: this.name[index]!,
      county: JURISDICTION_NAMES[this.county[index]!] ?? '',
      amounts,
      pensionPayers: this.count(index * 2),
      taxFilers: this.count(index * 2 + 1),
      top500: lists === 0 ? [] : TOP500_LISTS.filter((_, bit) => lists & (1 << bit)),
      listings3y: this.listings[index]!,
    };
    const row = this.row[index]!;
    if (row) figures.row = row;
    return figures;
  }

  private storeAmount(slot: number, value: Exact | null) {
    if (value === null) {
      this.amountPlaces[slot] = NO_PLACES;
      return;
    }
    const places = POWERS_OF_TEN.indexOf(value.den);
    if (places < 0)
      throw new RangeError('amounts are decimals: their denominator is a power of ten');
    this.amountPlaces[slot] = places;
    if (value.num >= INT64_MIN && value.num <= INT64_MAX) this.amountNum[slot] = value.num;
    else this.largeAmounts.set(slot, value.num);
  }

  private amount(slot: number): Exact | null {
    const places = this.amountPlaces[slot]!;
    if (places === NO_PLACES) return null;
    // The map is almost always empty: skip the lookup then.
    const large = this.largeAmounts.size === 0 ? undefined : this.largeAmounts.get(slot);
    const num = large ?? this.amountNum[slot]!;
    return Exact.of(num, POWERS_OF_TEN[places]!);
  }

  private storeCount(slot: number, value: bigint | null) {
    this.countPresent[slot] = value === null ? 0 : 1;
    if (value === null) return;
    if (value >= INT64_MIN && value <= INT64_MAX) this.counts[slot] = value;
    else this.largeCounts.set(slot, value);
  }

  private count(slot: number): bigint | null {
    if (!this.countPresent[slot]) return null;
    if (this.largeCounts.size === 0) return this.counts[slot]!;
    return this.largeCounts.get(slot) ?? this.counts[slot]!;
  }

  private grow() {
    this.capacity = Math.max(1024, this.capacity * 2);
    const grown = <T extends Uint8Array | Uint32Array | BigInt64Array>(old: T, size: number): T => {
      const next = new (old.constructor as new (n: number) => T)(size);
      next.set(old as never);
      return next;
    };
    this.county = grown(this.county, this.capacity);
    this.row = grown(this.row, this.capacity);
    this.amountNum = grown(this.amountNum, this.capacity * 3);
    this.amountPlaces = grown(this.amountPlaces, this.capacity * 3);
    this.counts = grown(this.counts, this.capacity * 2);
    this.countPresent = grown(this.countPresent, this.capacity * 2);
    this.top500 = grown(this.top500, this.capacity);
    this.listings = grown(this.listings, this.capacity);
  }
}
