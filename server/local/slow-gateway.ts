import type { PaymentGateway } from '../booking/payment-gateway.js';

/**
 * Local mode with TEST_GATEWAY_DELAY_MS: the test gateway answers authorize and capture only
 * after a provider-like delay, so tests can stop a server in the middle of a payment.
 */
export function slowGateway(inner: PaymentGateway, delayMs: number): PaymentGateway {
  const wait = () => new Promise((r) => setTimeout(r, delayMs));
  return {
    authorize: async (req) => {
      await wait();
      return inner.authorize(req);
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
