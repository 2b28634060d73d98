/**
 * Holds this process has seen booked: a final state, so when the same customer picks seats on
 * the same show again, the hold their current-hold pointer names need not be read back to learn
 * that there is nothing to release. Only a shortcut: a hold not remembered here (booked by
 * another process, or forgotten) is read from the store as before.
 */
const MAX = 20_000;
const closed = new Set<string>();

export function holdClosed(holdId: string): void {
  closed.add(holdId);
  if (closed.size > MAX) closed.delete(closed.values().next().value as string);
}

export function isHoldClosed(holdId: string): boolean {
  return closed.has(holdId);
}
