/** A pass that runs again and again until stopped. */
export interface Repeating {
  /** No further passes; resolves when the one under way (if any) has finished. */
  stop(): Promise<void>;
}

/**
 * Runs `pass` now and then every `intervalMs`, each wait jittered by ±25% so several servers
 * spread out. A failed pass goes to `onError` and the next one runs as planned; passes never overlap.
 */
export function repeatWithJitter(pass: () => Promise<unknown>, intervalMs: number, onError: (err: Error) => void): Repeating {
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<unknown> = Promise.resolve();
  let stopped = false;
  const tick = () => {
    running = pass()
      .catch((err: unknown) => onError(err as Error))
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, intervalMs * (0.75 + Math.random() * 0.5));
      });
  };
  tick();
  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
