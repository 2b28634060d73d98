import { createHash } from 'node:crypto';
import type { Db } from '../store/db.js';
import { captureAuthorized, getPayment, recordAuthorization, updatePayment } from '../store/payments.js';
import type { AuthorizeRequest, AuthorizeResult, PaymentGateway } from './payment-gateway.js';

export const DECLINE_TOKEN = 'decline';

/** One authorization per idempotency key: the id is derived from it. */
const authorizationIdFor = (idempotencyKey: string) => `pay_${createHash('sha256').update(idempotencyKey).digest('hex').slice(0, 24)}`;

/**
 * The built-in test gateway (local mode and tests): approves every method except the token
 * "decline". Its ledger lives in DynamoDB, so money can be checked against seats.
 * `beforeAuthorize` lets a test stand in for a slow payment (e.g. move its clock).
 */
export class TestGateway implements PaymentGateway {
  constructor(
    private readonly db: Db,
    private readonly clock: () => Date,
    private readonly beforeAuthorize?: (req: AuthorizeRequest) => Promise<void>,
  ) {}

  async authorize(req: AuthorizeRequest): Promise<AuthorizeResult> {
    await this.beforeAuthorize?.(req);
    if (req.token === DECLINE_TOKEN) return { status: 'declined', reason: 'The test card was declined.' };
    const rec = await recordAuthorization(this.db, {
      authorizationId: authorizationIdFor(req.idempotencyKey),
      idempotencyKey: req.idempotencyKey,
      reference: req.reference,
      method: req.method,
      amountMinor: req.amountMinor,
      capturedMinor: 0,
      refundedMinor: 0,
      status: 'authorized',
      createdAt: this.clock().toISOString(),
    });
    return { status: 'authorized', authorizationId: rec.authorizationId };
  }

  async find(idempotencyKey: string): Promise<{ authorizationId: string; status: string } | null> {
    const p = await getPayment(this.db, authorizationIdFor(idempotencyKey));
    return p ? { authorizationId: p.authorizationId, status: p.status } : null;
  }

  async capture(authorizationId: string): Promise<void> {
    if (await captureAuthorized(this.db, authorizationId)) return;
    const p = await getPayment(this.db, authorizationId);
    if (p?.status === 'captured') return;
    throw new Error(`authorization ${authorizationId} cannot be captured (${p?.status ?? 'unknown'})`);
  }

  async void(authorizationId: string): Promise<void> {
    const p = await getPayment(this.db, authorizationId);
    if (!p || p.status === 'voided') return;
    if (p.status === 'captured') {
      await this.refund(authorizationId, p.capturedMinor - p.refundedMinor, `void-${authorizationId}`);
      return;
    }
    await updatePayment(this.db, authorizationId, { status: 'voided' }, ['authorized']);
  }

  async refund(authorizationId: string, amountMinor: number, idempotencyKey: string): Promise<{ refundId: string }> {
    const refundId = `rfnd_${idempotencyKey}`.slice(0, 60);
    for (let attempt = 0; attempt < 5; attempt++) {
      const p = await getPayment(this.db, authorizationId);
      if (!p) throw new Error(`unknown payment ${authorizationId}`);
      if (amountMinor === 0) return { refundId };
      const refunded = Math.min(p.capturedMinor, p.refundedMinor + amountMinor);
      const status = refunded >= p.capturedMinor ? 'refunded' : 'partially_refunded';
      if (await updatePayment(this.db, authorizationId, { refundedMinor: refunded, status }, [p.status])) return { refundId };
    }
    throw new Error(`refund of ${authorizationId} kept conflicting`);
  }
}
