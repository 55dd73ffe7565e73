/**
 * Limits for free-form JSON that crosses a trust boundary (a `lead`'s
 * simulation, a data update's fields): checked iteratively, so a payload
 * nested 20,000 levels deep is refused here instead of overflowing the stack
 * of whatever recurses over it later (JSON.stringify, a schema, a copy).
 */
export interface JsonBounds {
  /** Objects and arrays inside one another; the value itself is depth 1. */
  readonly maxDepth: number;
  /** Keys and array items in all. */
  readonly maxNodes: number;
  /** Length of any one string (UTF-16 units). */
  readonly maxStringLength: number;
}

export const freeFormBounds: JsonBounds = { maxDepth: 8, maxNodes: 2_000, maxStringLength: 2_000 };

/** Key names a payload may use: plain identifiers, never `__proto__`, `constructor` or `prototype`. */
const keyPattern = /^[A-Za-z][A-Za-z0-9_.-]{0,63}$/;
const reservedKeys = new Set(['__proto__', 'constructor', 'prototype']);

/** Why a value is refused, with where, or null when it is within bounds. */
export function jsonBoundsProblem(value: unknown, bounds: JsonBounds = freeFormBounds): string | null {
  const stack: { readonly value: unknown; readonly depth: number; readonly path: string }[] = [
    { value, depth: 1, path: '' },
  ];
  let nodes = 0;
  while (stack.length > 0) {
    const { value: v, depth, path } = stack.pop()!;
    if (typeof v === 'string') {
      if (v.length > bounds.maxStringLength) {
        return `${path || '(value)'}: string longer than ${bounds.maxStringLength}`;
      }
      continue;
    }
    if (v === null || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v))) {
      continue;
    }
    if (typeof v !== 'object') {
      return `${path || '(value)'}: not a JSON value`;
    }
    if (depth > bounds.maxDepth) {
      return `${path || '(value)'}: nested deeper than ${bounds.maxDepth}`;
    }
    const entries: [string, unknown][] = Array.isArray(v)
      ? v.map((item, i) => [String(i), item] as [string, unknown])
      : Object.keys(v).map((k) => [k, (v as Record<string, unknown>)[k]] as [string, unknown]);
    nodes += entries.length;
    if (nodes > bounds.maxNodes) {
      return `${path || '(value)'}: more than ${bounds.maxNodes} keys and items`;
    }
    for (const [key, item] of entries) {
      if (!Array.isArray(v) && (reservedKeys.has(key) || !keyPattern.test(key))) {
        return `${path || '(value)'}: key name not allowed`;
      }
      stack.push({ value: item, depth: depth + 1, path: path ? `${path}.${key}` : key });
    }
  }
  return null;
}

/** A whole event payload: deeper and larger than free-form parts (a statement e-mail may carry a PDF). */
export const payloadBounds: JsonBounds = { maxDepth: 10, maxNodes: 20_000, maxStringLength: 14_000_000 };
