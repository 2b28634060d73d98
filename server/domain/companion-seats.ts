/**
 * A wheelchair space is booked with a companion seat beside it: the nearest seat in the same
 * row (one place left or right first, then two) that is not itself a wheelchair space.
 */
export interface PlacedSeat {
  id: string;
  x: number;
  y: number;
  type: string;
  status: string;
}

export interface CompanionPair {
  space: string;
  companion: string;
}

/** Every free wheelchair space with a free companion seat, in map order (row, then place). */
export function wheelchairPairs(seats: readonly PlacedSeat[]): CompanionPair[] {
  const at = new Map(seats.map((s) => [`${s.x},${s.y}`, s]));
  const free = (s: PlacedSeat | undefined): s is PlacedSeat => !!s && s.status === 'available';
  const pairs: CompanionPair[] = [];
  const spaces = seats.filter((s) => s.type === 'wheelchair' && free(s)).sort((a, b) => a.y - b.y || a.x - b.x);
  for (const space of spaces) {
    for (const dx of [1, -1, 2, -2]) {
      const next = at.get(`${space.x + dx},${space.y}`);
      if (free(next) && next.type !== 'wheelchair') {
        pairs.push({ space: space.id, companion: next.id });
        break;
      }
    }
  }
  return pairs;
}
