/**
 * How a customer picks seats in both phases of the flash sale (through the app and straight to
 * the store), so both do the same work at the store: 1–4 random seats among those the client
 * believes free, from a map it read. After a lost race it drops the seats the refusal named
 * (the 409's `details.seats`, or the store's cancellation reasons), keeps the rest, and applies
 * the seats changed since its last read (the live update the seat page gets); it reads the
 * whole map again only when it believes nothing is left.
 */
export class SeatPicker {
  private free: string[] = [];
  private at = new Map<string, number>();

  constructor(private readonly rand: () => number) {}

  get empty(): boolean {
    return this.free.length === 0;
  }

  /** A fresh map: these seats are free. */
  reset(freeSeats: string[]): void {
    this.free = [];
    this.at.clear();
    for (const s of freeSeats) this.add(s);
  }

  /** 1–4 random seats, taken off the free list. */
  pick(): string[] {
    const want = Math.min(this.free.length, 1 + Math.floor(this.rand() * 4));
    const picked: string[] = [];
    for (let k = 0; k < want; k++) {
      const id = this.free[Math.floor(this.rand() * this.free.length)];
      this.remove(id);
      picked.push(id);
    }
    return picked;
  }

  /** The hold was refused: `taken` are gone, the other picked seats are still free. */
  lost(picked: string[], taken: string[]): void {
    const gone = new Set(taken);
    for (const s of picked) if (!gone.has(s)) this.add(s);
  }

  /** Seats whose state changed (a live update): free ones join the list, the others leave it. */
  apply(changes: { id: string; status: string }[]): void {
    for (const c of changes) {
      if (c.status === 'available') this.add(c.id);
      else this.remove(c.id);
    }
  }

  private add(id: string): void {
    if (this.at.has(id)) return;
    this.at.set(id, this.free.length);
    this.free.push(id);
  }

  private remove(id: string): void {
    const i = this.at.get(id);
    if (i === undefined) return;
    const last = this.free.pop()!;
    this.at.delete(id);
    if (last !== id) {
      this.free[i] = last;
      this.at.set(last, i);
    }
  }
}
