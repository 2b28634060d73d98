import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { randomUUID } from 'node:crypto';
import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { hashPassword } from '../../server/auth/password.js';
import { randomBookingChars } from '../../server/domain/booking-id.js';
import type { Theater } from '../../server/domain/catalog.js';
import { AppError } from '../../server/domain/errors.js';
import { fieldsError, type FieldProblem } from '../../server/domain/field-hints.js';
import { normalizeEmail, type RoleGrant, type StaffRole } from '../../server/domain/user.js';
import { renderEmail } from '../../server/notify/templates/email-layout.js';
import { isTransactionCancelled } from '../../server/store/db.js';
import { acceptInviteUpdate, getInvite, invitePut, type InviteRecord } from '../../server/store/invites.js';
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

export async function inviteStaff(deps: AdminDeps, who: Who, theater: Theater, input: { email: string; role: string }): Promise<InviteRecord> {
  const email = normalizeEmail(input.email ?? '');
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) || email.length > 200) {
    throw fieldsError('Give the email address of the person to invite.', { email: ['An email address.', { code: 'email' }] });
  }
  const role = input.role as StaffRole;
  if (!(role in RANK)) throw fieldsError('Choose a role.', { role: ['Choose a role.', { code: 'chooseRole' }] });
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
  };
  const link = `${deps.booking.publicUrl}/invite/${theater.id}.${invite.id}.${secret}`;
  const content = renderEmail({
    heading: `Join ${theater.name} on Movie Magic`,
    paragraphs: [
      `${who.name} invites you to work at ${theater.name} as ${ROLE_NAMES[role]}.`,
      `Open the link to set your name and password (or, if you already have an account with this email, to sign in and accept). The link works once, for ${INVITE_DAYS} days.`,
    ],
    buttons: [{ label: 'Accept the invitation', href: link }],
    footer: 'If you did not expect this, ignore this email: nothing happens unless the link is used.',
  });
  const message = { id: randomUUID(), channel: 'email' as const, to: email, kind: 'staff_invite', lang: 'en', subject: `You are invited to ${theater.name} on Movie Magic`, ...content, createdAt: now.toISOString() };
  const audit = auditOf(who, theater.id, 'staff.invite', email, { after: `invited as ${ROLE_NAMES[role]}`, afterNote: { kind: 'invited', role } }, now);
  await deps.db.doc.send(new TransactWriteCommand({ TransactItems: [invitePut(deps.db.table, invite), outboxPut(deps.db.table, message), auditPut(deps.db.table, audit)] }));
  deps.booking.messagesWaiting();
  return invite;
}

export type InviteState = { state: 'valid'; invite: InviteRecord; theater: Theater } | { state: 'used' | 'expired' | 'unknown' };

/** What an invitation link leads to now. */
export async function readInvite(deps: Pick<AdminDeps, 'db'>, token: string, now: Date): Promise<InviteState> {
  const m = /^([a-z0-9-]{1,80})\.([0-9A-Z]{12})\.([\w-]{32})$/.exec(token);
  if (!m) return { state: 'unknown' };
  const invite = await getInvite(deps.db, m[1], m[2]);
  if (!invite) return { state: 'unknown' };
  const given = Buffer.from(hash(m[3]));
  if (given.length !== invite.secretHash.length || !timingSafeEqual(given, Buffer.from(invite.secretHash))) return { state: 'unknown' };
  if (invite.status !== 'pending') return { state: 'used' };
  if (Date.parse(invite.expiresAt) <= now.getTime()) return { state: 'expired' };
  const theater = await getTheater(deps.db, invite.theaterId);
  return theater ? { state: 'valid', invite, theater } : { state: 'unknown' };
}

function gone(): AppError {
  return new AppError('not_found', 'This invitation has been used or has expired. Ask for a new one.');
}

/** A new account for the invited email, with the role, in one transaction with using the invitation. */
export async function acceptAsNewAccount(deps: AdminDeps, token: string, input: { name: string; password: string }): Promise<InviteRecord> {
  const now = deps.clock();
  const found = await readInvite(deps, token, now);
  if (found.state !== 'valid') throw gone();
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
    if (isTransactionCancelled(err)) throw gone();
    throw err;
  }
  return found.invite;
}

/** The signed-in account of the invited email takes the role. */
export async function acceptAsUser(deps: AdminDeps, token: string, user: { id: string; email: string; roles: RoleGrant[] }): Promise<InviteRecord> {
  const now = deps.clock();
  const found = await readInvite(deps, token, now);
  if (found.state !== 'valid') throw gone();
  if (normalizeEmail(user.email) !== found.invite.email) throw new AppError('forbidden', `This invitation is for ${found.invite.email}. Log in with that address to accept it.`);
  // The invitation is used in the same transaction that gives the role: never one without the other.
  try {
    await setUserRoles(deps.db, user.id, withRole(user.roles, found.invite.role, found.invite.theaterId), [acceptInviteUpdate(deps.db.table, found.invite, user.id, now)]);
  } catch (err) {
    if (isTransactionCancelled(err)) throw gone();
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
