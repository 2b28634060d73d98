import type { PaymentGateway } from '../booking/payment-gateway.js';

/**
 * Local mode with TEST_GATEWAY_DELAY_MS: the test gateway answers authorize and capture only
 * after a provider-like delay, so tests can stop a server in the middle of a payment. The
 * authorization is recorded at once and its answer is slow to come back (the money is held
 * while the server still waits); a capture is slow to happen. Both windows are then as wide
 * as the delay, so a test that kills the server inside them does not depend on luck.
 */
export function slowGateway(inner: PaymentGateway, delayMs: number): PaymentGateway {
  const wait = () => new Promise((r) => setTimeout(r, delayMs));
  return {
    authorize: async (req) => {
      const answer = await inner.authorize(req);
      await wait();
      return answer;
    },
    capture: async (id) => {
      await wait();
      return inner.capture(id);
    },
    void: (id) => inner.void(id),
    refund: (id, amount, key) => inner.refund(id, amount, key),
    ...(inner.find ? { find: (key: string) => inner.find!(key) } : {}),
  };
}
