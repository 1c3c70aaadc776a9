/**
 * The bytes of JSON one page of a list may take. A reply travels as one NATS message (at most MAX_REPLY_BYTES), so
 * a page stops early, well under that, leaving room for the rest of the reply, and says where to go on.
 */
export const PAGE_BUDGET_BYTES = 512 * 1024;

/** The bytes `value` takes in a reply, as JSON. */
export function jsonBytes(value: unknown): number {
  return Buffer.byteLength(JSON.stringify(value ?? null));
}

/**
 * The first of these items whose JSON, after `spentBytes` of the rest of the reply, fits in `budgetBytes`: always
 * at least one, so that a walk through the list moves on. The page then continues after the last item kept.
 */
export function withinPageBudget<T>(
  items: readonly T[],
  spentBytes = 0,
  budgetBytes = PAGE_BUDGET_BYTES,
): T[] {
  let bytes = spentBytes;
  for (let index = 0; index < items.length; index++) {
    bytes += jsonBytes(items[index]) + 1;
    if (bytes > budgetBytes && index > 0) return items.slice(0, index);
  }
  return [...items];
}

/**
 * The items in consecutive runs whose JSON each fits in `budgetBytes` (a run of one item may not): for a request
 * that carries many items, which also travels as one NATS message.
 */
export function chunksWithinBudget<T>(items: readonly T[], budgetBytes = PAGE_BUDGET_BYTES): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; ) {
    const chunk = withinPageBudget(items.slice(start), 0, budgetBytes);
    chunks.push(chunk);
    start += chunk.length;
  }
  return chunks;
}
