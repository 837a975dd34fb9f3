/**
 * A small deterministic generator in [0, 1), so a fuzz failure can be replayed from its seed.
 * @example const next = seededRandom(17); next() === seededRandom(17)() // true
 */
export function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}
