/**
 * UUIDv7 (RFC 9562): 48-bit Unix milliseconds, then random bits, so ids made
 * on the terminal sort by creation time and the centre can use them as
 * idempotency keys. Within one millisecond (or when the clock steps back)
 * the 12-bit `rand_a` field works as a counter, so a generator's ids are
 * strictly increasing (RFC 9562 §6.2, method 1).
 */

export type RandomFill = (bytes: Uint8Array) => Uint8Array;

export const uuidV7Pattern = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const defaultFill: RandomFill = (bytes) => globalThis.crypto.getRandomValues(bytes);

export function createUuidV7Generator(now: () => number = Date.now, fill: RandomFill = defaultFill): () => string {
  let lastMs = -1;
  let counter = 0;
  return () => {
    const random = fill(new Uint8Array(10));
    let ms = Math.max(now(), lastMs);
    if (ms === lastMs) {
      counter += 1;
      if (counter > 0xfff) {
        // 4,096 ids in one millisecond: borrow the next millisecond rather than repeat.
        ms += 1;
        counter = seedCounter(random);
      }
    } else {
      counter = seedCounter(random);
    }
    lastMs = ms;
    const bytes = new Uint8Array(16);
    for (let i = 0; i < 6; i += 1) {
      bytes[i] = Math.floor(ms / 2 ** (8 * (5 - i))) & 0xff;
    }
    bytes[6] = 0x70 | (counter >> 8);
    bytes[7] = counter & 0xff;
    bytes[8] = 0x80 | ((random[2] ?? 0) & 0x3f);
    bytes.set(random.subarray(3, 10), 9);
    return format(bytes);
  };
}

/** A random start in the lower half leaves room to count up within the millisecond. */
function seedCounter(random: Uint8Array): number {
  return (((random[0] ?? 0) << 8) | (random[1] ?? 0)) & 0x7ff;
}

function format(bytes: Uint8Array): string {
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The millisecond timestamp a UUIDv7 carries. */
export function uuidV7Time(id: string): number {
  return parseInt(id.replace(/-/g, '').slice(0, 12), 16);
}

export const uuidv7: () => string = createUuidV7Generator();
