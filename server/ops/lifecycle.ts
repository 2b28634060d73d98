/**
 * The process's place between start and exit, shared by the readiness probe and graceful
 * shutdown: while draining, /readyz says 503 so the load balancer stops sending new requests,
 * and shutdown waits for the requests already inside to finish.
 */
export class Lifecycle {
  private drainingSince: number | null = null;
  private inFlight = 0;
  private waiters: (() => void)[] = [];

  get draining(): boolean {
    return this.drainingSince !== null;
  }

  get requestsInFlight(): number {
    return this.inFlight;
  }

  startDraining(): void {
    this.drainingSince ??= Date.now();
  }

  requestStarted(): void {
    this.inFlight++;
  }

  requestFinished(): void {
    this.inFlight = Math.max(0, this.inFlight - 1);
    if (this.inFlight === 0) for (const w of this.waiters.splice(0)) w();
  }

  /** Resolves true once no request is being handled, or false after `timeoutMs`. */
  idle(timeoutMs: number): Promise<boolean> {
    if (this.inFlight === 0) return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(false), timeoutMs);
      this.waiters.push(() => {
        clearTimeout(timer);
        resolve(true);
      });
    });
  }
}
