import { listAudit, newAuditEntry, putAudit, type AuditEntry } from '../../server/store/audit.js';
import type { AuditNote } from '../../server/domain/audit-note.js';
import type { Db } from '../../server/store/db.js';
import type { en as adminWords } from '../../views/i18n/features/admin/en.js';

export type { AuditEntry };

/** Every kind of audit entry: each is named in the admin catalog, so a kind without a label fails the typecheck. */
export type AuditKind = keyof typeof adminWords.audit.labels;

/** An audit entry for a change `who` made at `theaterId` (written by the store in the change's own transaction where it can be). */
export function auditOf(
  who: { id: string; email: string; name: string },
  theaterId: string,
  what: AuditKind,
  subject: string,
  change: { before?: string; after?: string; beforeNote?: AuditNote; afterNote?: AuditNote },
  now: Date,
): AuditEntry {
  return newAuditEntry({ theaterId, who: { id: who.id, email: who.email, name: who.name }, what, subject, ...change }, now);
}

/** For changes whose write has no transaction to join (a refund through the gateway). */
export async function recordAudit(db: Db, entry: AuditEntry): Promise<void> {
  await putAudit(db, entry);
}

export async function auditTrail(db: Db, theaterId: string, before?: string) {
  return listAudit(db, theaterId, { limit: 50, before });
}
