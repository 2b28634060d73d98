import { randomUUID } from 'node:crypto';
import { PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { AuditNote } from '../domain/audit-note.js';
import type { Db } from './db.js';

/**
 * Who changed what at a theater and when: one item per change in the theater's own partition
 * (`AUDIT#<theaterId>`, sk `<at>#<id>`), so the newest changes are one Query read backwards.
 * Entries are never edited or deleted.
 */
export interface AuditEntry {
  id: string;
  theaterId: string;
  at: string;
  who: { id: string; email: string; name: string };
  /** What kind of change: `showtime.create`, `showtime.prices`, `booking.refund`, `screen.layout`… */
  what: string;
  /** The thing changed: a showtime, booking, screen or theater id. */
  subject: string;
  /** Short summaries for people, e.g. "regular ₹200" → "regular ₹250" (English). */
  before?: string;
  after?: string;
  /** The same values as facts, for the audit page in any language (entries before these were added have none). */
  beforeNote?: AuditNote;
  afterNote?: AuditNote;
}

export function auditPut(table: string, entry: AuditEntry) {
  return { Put: { TableName: table, Item: { pk: `AUDIT#${entry.theaterId}`, sk: `${entry.at}#${entry.id}`, type: 'audit', ...entry } } };
}

export function newAuditEntry(e: Omit<AuditEntry, 'id' | 'at'>, now: Date): AuditEntry {
  return { id: randomUUID(), at: now.toISOString(), ...e };
}

export async function putAudit(db: Db, entry: AuditEntry): Promise<void> {
  await db.doc.send(new PutCommand(auditPut(db.table, entry).Put));
}

/** Newest first; `before` is the sk of the last entry of the previous page. */
export async function listAudit(db: Db, theaterId: string, opts: { limit: number; before?: string }): Promise<{ entries: AuditEntry[]; next?: string }> {
  const out = await db.doc.send(
    new QueryCommand({
      TableName: db.table,
      KeyConditionExpression: opts.before ? 'pk = :p AND sk < :b' : 'pk = :p',
      ExpressionAttributeValues: { ':p': `AUDIT#${theaterId}`, ...(opts.before ? { ':b': opts.before } : {}) },
      ScanIndexForward: false,
      Limit: opts.limit,
    }),
  );
  const entries = (out.Items ?? []).map(({ pk: _p, sk: _s, type: _t, ...rest }) => rest as AuditEntry);
  const last = out.LastEvaluatedKey?.sk as string | undefined;
  return { entries, ...(last ? { next: last } : {}) };
}
