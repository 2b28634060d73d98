import { eq } from 'drizzle-orm';
import { AppError, isErrorCode, type ErrorCode } from '../../server/domain/errors.js';
import { cachedLeases } from '../db/cache-read.js';
import { leases } from '../db/schema.js';
import type { KioskContext } from '../context.js';
import { ServerRefused, ServerUnreachable } from '../sync/server-client.js';

/**
 * Staff press "Renew lease" on a show page: the server moves the lease's end to when kiosk sales
 * of the show close (its renew path: only an active lease of this kiosk, only the seats still
 * leased under it). Needs the link; offline the lease runs on to its end as it is.
 */
export async function renewLeaseNow(ctx: KioskContext, leaseId: string): Promise<{ endsAt: string; seats: string[] }> {
  const lease = cachedLeases(ctx.db).find((l) => l.id === leaseId);
  if (!lease) throw new AppError('not_found', 'This kiosk has no such lease (any more). Sync and look again.', { why: 'no_lease' });
  if (lease.status === 'returning') throw new AppError('invalid_request', 'This lease is being given back, so it cannot be renewed.', { why: 'lease_returning' });
  try {
    const out = await ctx.server.request<{ lease: { endsAt: string; seats: string[] } }>('POST', `/leases/${encodeURIComponent(leaseId)}/renew`, {});
    ctx.sync.markOnline();
    ctx.db.update(leases).set({ endsAt: out.lease.endsAt, seats: JSON.stringify(out.lease.seats) }).where(eq(leases.id, leaseId)).run();
    return out.lease;
  } catch (err) {
    if (err instanceof ServerUnreachable) {
      ctx.sync.markOffline(err);
      throw new AppError('store_unavailable', 'The link to the server is down, so the lease cannot be renewed now. Its seats can still be sold until it ends.', { why: 'renew_offline' });
    }
    if (err instanceof ServerRefused) {
      const code: ErrorCode = isErrorCode(err.code) ? err.code : 'invalid_request';
      throw new AppError(code, `The server did not renew the lease: ${err.message}`, { ...err.details, why: 'renew_refused', serverCode: code });
    }
    throw err;
  }
}
