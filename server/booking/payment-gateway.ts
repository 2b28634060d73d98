/**
 * What the booking flow needs from a payment provider. The built-in test gateway implements it
 * for local mode and tests; a real provider (Razorpay, PayU…) implements the same four calls.
 * Every call carries an idempotency key, so a retried call never charges twice.
 */
export type GatewayMethod = 'upi' | 'card' | 'wallet' | 'netbanking' | 'cash';

export interface AuthorizeRequest {
  amountMinor: number;
  currency: 'INR';
  method: GatewayMethod;
  token?: string;
  /** Our reference (the hold or sale id). */
  reference: string;
  idempotencyKey: string;
}

export type AuthorizeResult =
  | { status: 'authorized'; authorizationId: string }
  | { status: 'declined'; reason: string };

export interface PaymentGateway {
  authorize(req: AuthorizeRequest): Promise<AuthorizeResult>;
  capture(authorizationId: string): Promise<void>;
  /** Releases an authorization that was never captured: the customer is not charged. */
  void(authorizationId: string): Promise<void>;
  /** Returns money from a captured payment. */
  refund(authorizationId: string, amountMinor: number, idempotencyKey: string): Promise<{ refundId: string }>;
  /**
   * The authorization made under this idempotency key, if any: the payment sweep asks after a
   * crash, to void money authorized for a booking that never committed. Providers look payments
   * up by their own idempotency key or our reference (Razorpay: by receipt).
   */
  find?(idempotencyKey: string): Promise<{ authorizationId: string; status: string } | null>;
}
