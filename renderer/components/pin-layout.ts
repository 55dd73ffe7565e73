/** Members' PINs have exactly four digits (BRIEF: first access sets a 4-digit PIN). */
export const PIN_LENGTH = 4;

/** The fixed telephone keypad order: 1 2 3 / 4 5 6 / 7 8 9 / 0. */
export const telephoneDigits: readonly string[] = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0'];

/** An unbiased integer in [0, bound) from the platform CSPRNG (rejection sampling). */
function randomBelow(bound: number): number {
  const limit = Math.floor(0x1_0000_0000 / bound) * bound;
  const sample = new Uint32Array(1);
  for (;;) {
    crypto.getRandomValues(sample);
    const value = sample[0] ?? 0;
    if (value < limit) {
      return value % bound;
    }
  }
}

/**
 * The ten digits in a uniformly random order, drawn with
 * crypto.getRandomValues: a predictable shuffle would defeat its purpose.
 */
export function shuffledDigits(): string[] {
  const pool = [...telephoneDigits];
  const shuffled: string[] = [];
  while (pool.length > 0) {
    shuffled.push(...pool.splice(randomBelow(pool.length), 1));
  }
  return shuffled;
}
