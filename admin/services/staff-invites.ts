import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { randomUUID } from 'node:crypto';
import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { hashPassword } from '../../server/auth/password.js';
import { randomBookingChars } from '../../server/domain/booking-id.js';
import type { Theater } from '../../server/domain/catalog.js';
import { AppError } from '../../server/domain/errors.js';
import { fieldsError, formError, type FieldProblem } from '../../server/domain/field-hints.js';
import { normalizeEmail, type RoleGrant, type StaffRole } from '../../server/domain/user.js';
import { isLang, type Lang } from '../../server/domain/i18n/lang.js';
import { staffInviteMessage } from '../../server/notify/templates/staff-invite.js';
import { isTransactionCancelled } from '../../server/store/db.js';
import { acceptInviteUpdate, getInvite, invitePut, resendInviteUpdate, withdrawInviteUpdate, type InviteRecord } from '../../server/store/invites.js';
import { outboxPut } from '../../server/store/outbox.js';
import { getTheater } from '../../server/store/theaters.js';
import { createUser, getUserByEmail, getUserById, setUserRoles } from '../../server/store/users.js';
import type { AdminDeps } from '../deps.js';
import { auditOf } from './audit-log.js';
import { auditPut } from '../../server/store/audit.js';

/**
 * Staff accounts are invited by email: a manager or owner names an email and a role at their
 * theater; the link in the email lets that person set their own name and password (or, with an
 * account already, sign in and accept). The link's secret is only stored hashed, works once and
 * for 7 days. Nobody can hand out a role above their own.
 */
export const INVITE_DAYS = 7;
const RANK: Record<StaffRole, number> = { staff: 1, manager: 2, owner: 3 };
export const ROLE_NAMES: Record<StaffRole, string> = { staff: 'box-office staff', manager: 'manager', owner: 'owner' };

type Who = { id: string; email: string; name: string; roles: RoleGrant[] };

const hash = (secret: string) => createHash('sha256').update(secret).digest('hex');

/** The highest role `roles` give at `theaterId` (0: none). */
export function rankAt(roles: RoleGrant[], theaterId: string): number {
  return Math.max(0, ...roles.filter((g) => g.theaterIds.includes(theaterId)).map((g) => RANK[g.role]));
}

export function rolesUpTo(roles: RoleGrant[], theaterId: string): StaffRole[] {
  const top = rankAt(roles, theaterId);
  return (Object.keys(RANK) as StaffRole[]).filter((r) => RANK[r] <= top);
}

/** The grants with `role` at `theaterId` added. */
export function withRole(roles: RoleGrant[], role: StaffRole, theaterId: string): RoleGrant[] {
  const i = roles.findIndex((g) => g.role === role);
  if (i < 0) return [...roles, { role, theaterIds: [theaterId] }];
  return roles.map((g, j) => (j === i ? { ...g, theaterIds: [...new Set([...g.theaterIds, theaterId])] } : g));
}

export async function inviteStaff(deps: AdminDeps, who: Who, theater: Theater, input: { email: string; role: string; lang?: string }): Promise<InviteRecord> {
  const email = normalizeEmail(input.email ?? '');
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) || email.length > 200) {
    throw fieldsError('Give the email address of the person to invite.', { email: ['An email address.', { code: 'email' }] });
  }
  const role = input.role as StaffRole;
  if (!(role in RANK)) throw fieldsError('Choose a role.', { role: ['Choose a role.', { code: 'chooseRole' }] });
  if (input.lang && !isLang(input.lang)) throw fieldsError('Choose the language of the invitation.', { lang: ['English, Hindi or Telugu.', { code: 'oneOf', options: ['en', 'hi', 'te'] }] });
  const lang: Lang = isLang(input.lang) ? input.lang : 'en';
  if (RANK[role] > rankAt(who.roles, theater.id)) throw new AppError('forbidden', 'You can only invite people to a role up to your own.');
  const now = deps.clock();
  const secret = randomBytes(24).toString('base64url');
  const invite: InviteRecord = {
    id: randomBookingChars(12),
    theaterId: theater.id,
    email,
    role,
    secretHash: hash(secret),
    invitedBy: { id: who.id, email: who.email, name: who.name },
    createdAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + INVITE_DAYS * 86_400_000).toISOString(),
    status: 'pending',
    lang,
    sentAt: now.toISOString(),
  };
  const message = inviteMessage(deps, invite, theater, who.name, secret, now, false);
  const audit = auditOf(who, theater.id, 'staff.invite', email, { after: `invited as ${ROLE_NAMES[role]}`, afterNote: { kind: 'invited', role } }, now);
  await deps.db.doc.send(new TransactWriteCommand({ TransactItems: [invitePut(deps.db.table, invite), outboxPut(deps.db.table, message), auditPut(deps.db.table, audit)] }));
  deps.booking.messagesWaiting();
  return invite;
}

/** The outbox message carrying an invitation's link, in the invitation's language. */
function inviteMessage(deps: AdminDeps, invite: InviteRecord, theater: Theater, inviter: string, secret: string, now: Date, again: boolean) {
  const link = `${deps.booking.publicUrl}/invite/${theater.id}.${invite.id}.${secret}`;
  const mail = staffInviteMessage({ lang: invite.lang, inviter, theater: theater.name, role: invite.role, link, days: INVITE_DAYS, again });
  return { id: randomUUID(), channel: 'email' as const, to: invite.email, kind: 'staff_invite', ...mail, createdAt: now.toISOString() };
}

/** At most one resend per invitation in this many minutes. */
export const RESEND_GAP_MINUTES = 10;

/** An open invitation of `theater`, else a refusal saying why it cannot be changed. */
async function openInvite(deps: AdminDeps, theater: Theater, inviteId: string): Promise<InviteRecord> {
  const invite = /^[0-9A-Z]{12}$/.test(inviteId) ? await getInvite(deps.db, theater.id, inviteId) : null;
  if (!invite) throw new AppError('not_found', 'There is no such invitation at this theater.');
  if (invite.status !== 'pending') throw closed(invite);
  return invite;
}

function closed(invite: InviteRecord): AppError {
  return formError(
    invite.status === 'withdrawn' ? 'This invitation was withdrawn already.' : 'This invitation has been accepted already.',
    { code: invite.status === 'withdrawn' ? 'inviteWithdrawn' : 'inviteAccepted' },
    'edit_conflict',
  );
}

/**
 * Sends an open (or expired, unused) invitation again with a NEW secret, so the earlier link
 * stops working, open for another INVITE_DAYS days from now. One resend per invitation per
 * RESEND_GAP_MINUTES (the write's condition, so two clicks at once send one email).
 */
export async function resendInvite(deps: AdminDeps, who: Who, theater: Theater, inviteId: string): Promise<InviteRecord> {
  const invite = await openInvite(deps, theater, inviteId);
  if (RANK[invite.role] > rankAt(who.roles, theater.id)) throw new AppError('forbidden', 'You can only resend invitations to a role up to your own.');
  const now = deps.clock();
  const sentBefore = new Date(now.getTime() - RESEND_GAP_MINUTES * 60_000);
  const tooSoon = () => formError(`This invitation was sent less than ${RESEND_GAP_MINUTES} minutes ago. Wait a few minutes before sending it again.`, { code: 'resendWait', minutes: RESEND_GAP_MINUTES }, 'rate_limited');
  if (Date.parse(invite.sentAt ?? invite.createdAt) > sentBefore.getTime()) throw tooSoon();
  const secret = randomBytes(24).toString('base64url');
  const expiresAt = new Date(now.getTime() + INVITE_DAYS * 86_400_000);
  const renewed: InviteRecord = { ...invite, secretHash: hash(secret), expiresAt: expiresAt.toISOString(), sentAt: now.toISOString() };
  const message = inviteMessage(deps, renewed, theater, invite.invitedBy.name, secret, now, true);
  const audit = auditOf(
    who,
    theater.id,
    'staff.resend',
    invite.email,
    {
      before: `open until ${invite.expiresAt}`,
      after: `sent again with a new link, open until ${renewed.expiresAt}`,
      beforeNote: { kind: 'inviteOpen', until: invite.expiresAt, timezone: theater.timezone },
      afterNote: { kind: 'inviteResent', until: renewed.expiresAt, timezone: theater.timezone },
    },
    now,
  );
  try {
    await deps.db.doc.send(
      new TransactWriteCommand({
        TransactItems: [resendInviteUpdate(deps.db.table, invite, renewed.secretHash, expiresAt, now, sentBefore), outboxPut(deps.db.table, message), auditPut(deps.db.table, audit)],
      }),
    );
  } catch (err) {
    if (!isTransactionCancelled(err)) throw err;
    const now2 = await getInvite(deps.db, theater.id, invite.id);
    if (now2 && now2.status !== 'pending') throw closed(now2);
    throw tooSoon();
  }
  deps.booking.messagesWaiting();
  return renewed;
}

/** Withdraws an open invitation: its link then says so. Exactly one of a withdraw and an accept racing it wins. */
export async function withdrawInvite(deps: AdminDeps, who: Who, theater: Theater, inviteId: string): Promise<InviteRecord> {
  const invite = await openInvite(deps, theater, inviteId);
  if (RANK[invite.role] > rankAt(who.roles, theater.id)) throw new AppError('forbidden', 'You can only withdraw invitations to a role up to your own.');
  const now = deps.clock();
  const audit = auditOf(
    who,
    theater.id,
    'staff.withdraw',
    invite.email,
    { before: `invited as ${ROLE_NAMES[invite.role]}`, after: 'withdrawn', beforeNote: { kind: 'invited', role: invite.role }, afterNote: { kind: 'inviteWithdrawn' } },
    now,
  );
  try {
    await deps.db.doc.send(new TransactWriteCommand({ TransactItems: [withdrawInviteUpdate(deps.db.table, invite, who.id, now), auditPut(deps.db.table, audit)] }));
  } catch (err) {
    if (!isTransactionCancelled(err)) throw err;
    throw closed((await getInvite(deps.db, theater.id, invite.id)) ?? invite);
  }
  return { ...invite, status: 'withdrawn', withdrawnBy: who.id, withdrawnAt: now.toISOString() };
}

export type InviteState = { state: 'valid'; invite: InviteRecord; theater: Theater } | { state: 'used' | 'expired' | 'unknown' | 'withdrawn'; lang?: Lang };

/** What an invitation link leads to now. */
export async function readInvite(deps: Pick<AdminDeps, 'db'>, token: string, now: Date): Promise<InviteState> {
  const m = /^([a-z0-9-]{1,80})\.([0-9A-Z]{12})\.([\w-]{32})$/.exec(token);
  if (!m) return { state: 'unknown' };
  const invite = await getInvite(deps.db, m[1], m[2]);
  if (!invite) return { state: 'unknown' };
  const given = Buffer.from(hash(m[3]));
  if (given.length !== invite.secretHash.length || !timingSafeEqual(given, Buffer.from(invite.secretHash))) return { state: 'unknown' };
  if (invite.status === 'withdrawn') return { state: 'withdrawn', lang: invite.lang };
  if (invite.status !== 'pending') return { state: 'used', lang: invite.lang };
  if (Date.parse(invite.expiresAt) <= now.getTime()) return { state: 'expired', lang: invite.lang };
  const theater = await getTheater(deps.db, invite.theaterId);
  return theater ? { state: 'valid', invite, theater } : { state: 'unknown' };
}

function gone(state?: InviteState['state']): AppError {
  if (state === 'withdrawn') return new AppError('not_found', 'This invitation was withdrawn. Ask the person who invited you if you still need one.');
  return new AppError('not_found', 'This invitation has been used or has expired. Ask for a new one.');
}

/** A new account for the invited email, with the role, in one transaction with using the invitation. */
export async function acceptAsNewAccount(deps: AdminDeps, token: string, input: { name: string; password: string }): Promise<InviteRecord> {
  const now = deps.clock();
  const found = await readInvite(deps, token, now);
  if (found.state !== 'valid') throw gone(found.state);
  const name = (input.name ?? '').trim();
  const fields: Record<string, FieldProblem> = {};
  if (name.length < 1 || name.length > 100) fields.name = ['Give your name (up to 100 characters).', name.length < 1 ? { code: 'required' } : { code: 'maxChars', max: 100 }];
  if ((input.password ?? '').length < 10) fields.password = ['At least 10 characters.', { code: 'minChars', min: 10 }];
  if (Object.keys(fields).length) throw fieldsError('Please correct the fields marked below.', fields);
  if (await getUserByEmail(deps.db, found.invite.email)) throw new AppError('email_taken', 'An account with this email exists: log in with it, then open the link again.');
  const id = randomUUID();
  try {
    await createUser(
      deps.db,
      {
        id,
        email: found.invite.email,
        name,
        phone: null,
        // The invitation reached this address, so it is verified.
        emailVerified: true,
        roles: [{ role: found.invite.role, theaterIds: [found.invite.theaterId] }],
        createdAt: now.toISOString(),
        passwordHash: await hashPassword(input.password),
      },
      [acceptInviteUpdate(deps.db.table, found.invite, id, now)],
    );
  } catch (err) {
    if (isTransactionCancelled(err)) throw gone((await readInvite(deps, token, now)).state);
    throw err;
  }
  return found.invite;
}

/** The signed-in account of the invited email takes the role. */
export async function acceptAsUser(deps: AdminDeps, token: string, user: { id: string; email: string; roles: RoleGrant[] }): Promise<InviteRecord> {
  const now = deps.clock();
  const found = await readInvite(deps, token, now);
  if (found.state !== 'valid') throw gone(found.state);
  if (normalizeEmail(user.email) !== found.invite.email) throw new AppError('forbidden', `This invitation is for ${found.invite.email}. Log in with that address to accept it.`);
  // The invitation is used in the same transaction that gives the role: never one without the other.
  try {
    await setUserRoles(deps.db, user.id, withRole(user.roles, found.invite.role, found.invite.theaterId), [acceptInviteUpdate(deps.db.table, found.invite, user.id, now)]);
  } catch (err) {
    if (isTransactionCancelled(err)) throw gone((await readInvite(deps, token, now)).state);
    throw err;
  }
  return found.invite;
}

/** The grants with every role at `theaterId` taken away (roles at other theaters stay). */
export function withoutTheater(roles: RoleGrant[], theaterId: string): RoleGrant[] {
  return roles.map((g) => ({ ...g, theaterIds: g.theaterIds.filter((t) => t !== theaterId) })).filter((g) => g.theaterIds.length > 0);
}

/**
 * Someone leaves a theater: their roles there end at once (the next request reads the account
 * afresh), in one transaction with the audit entry. Nobody removes themselves or someone above them.
 */
export async function removeStaff(deps: AdminDeps, who: Who, theater: Theater, userId: string): Promise<void> {
  if (userId === who.id) throw new AppError('forbidden', 'You cannot remove yourself. Ask another manager or the owner.');
  const person = await getUserById(deps.db, userId);
  const rank = person ? rankAt(person.roles, theater.id) : 0;
  if (!person || rank === 0) throw new AppError('not_found', 'This person has no role at this theater.');
  if (rank > rankAt(who.roles, theater.id)) throw new AppError('forbidden', 'You can only remove people whose role is not above your own.');
  const role = (Object.keys(RANK) as StaffRole[]).find((r) => RANK[r] === rank)!;
  const audit = auditOf(who, theater.id, 'staff.remove', person.email, { before: ROLE_NAMES[role], after: 'no role', beforeNote: { kind: 'role', role }, afterNote: { kind: 'noRole' } }, deps.clock());
  await setUserRoles(deps.db, person.id, withoutTheater(person.roles, theater.id), [auditPut(deps.db.table, audit)]);
}
