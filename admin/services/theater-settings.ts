import { z } from 'zod';
import type { CancellationPolicy, Theater } from '../../server/domain/catalog.js';
import type { AuditNote } from '../../server/domain/audit-note.js';
import { AppError } from '../../server/domain/errors.js';
import { AUTO_LEASE_LIMITS, DEFAULT_AUTO_LEASE, type AutoLeaseRule } from '../../server/domain/auto-lease.js';
import { isValidTimeZone } from '../../server/domain/theater-time.js';
import { DEFAULT_CLEANING_MINUTES } from '../../server/domain/showtime-overlap.js';
import { theaterChanged } from '../../server/booking/catalog-cache.js';
import { getTheaters, listCities, putCityIfNew, saveTheater } from '../../server/store/catalog-admin.js';
import type { Db } from '../../server/store/db.js';
import { setUserRoles } from '../../server/store/users.js';
import type { RoleGrant } from '../../server/domain/user.js';
import { auditOf } from './audit-log.js';
import { fieldsError, rule, type FieldProblem } from '../../server/domain/field-hints.js';
import { intField, listField, parseForm, slugOf, textField } from './form-input.js';

export const POLICY_ROWS = 4;

const autoLeaseFields = {
  autoLeaseSeats: z.string().trim().default('0').pipe(intField('Kiosk seats per show', 0, AUTO_LEASE_LIMITS.seatsPerShow[1])),
  autoLeaseHours: z.string().trim().default(String(DEFAULT_AUTO_LEASE.hoursAhead)).pipe(intField('Hours ahead', AUTO_LEASE_LIMITS.hoursAhead[0], AUTO_LEASE_LIMITS.hoursAhead[1])),
  autoLeaseReturnMinutes: z
    .string()
    .trim()
    .default(String(DEFAULT_AUTO_LEASE.returnMinutesBefore))
    .pipe(intField('Return minutes before the show', AUTO_LEASE_LIMITS.returnMinutesBefore[0], AUTO_LEASE_LIMITS.returnMinutesBefore[1])),
};

const tierFields = Object.fromEntries(
  Array.from({ length: POLICY_ROWS }, (_, i) => [
    [`tierHours${i}`, z.string().trim().default('')],
    [`tierPercent${i}`, z.string().trim().default('')],
  ]).flat(),
) as Record<string, z.ZodDefault<z.ZodString>>;

const settingsSchema = z.object({
  name: textField({ min: 2, tooShort: 'Give the theater a name.', max: 80, tooLong: 'At most 80 characters.' }),
  address: textField({ min: 5, tooShort: 'Give the street address.', max: 200, tooLong: 'At most 200 characters.' }),
  amenities: listField('Amenities', 20, 40),
  convenienceFeePercent: z
    .string()
    .trim()
    .refine((s) => /^\d{1,2}(\.\d{1,2})?$/.test(s), rule('Give the fee as a percentage such as 1.75.', { code: 'percent' }))
    .transform((s) => Math.round(Number(s) * 100))
    .refine((bps) => bps <= 1000, rule('The convenience fee may be at most 10%.', { code: 'maxPercent', max: 10 })),
  cleaningMinutes: intField('Cleaning time', 0, 120),
  ...autoLeaseFields,
  ...tierFields,
});

const createSchema = settingsSchema.extend({
  cityId: z.string().trim().default(''),
  newCity: textField({ max: 60, tooLong: 'At most 60 characters.' }).default(''),
  timezone: z
    .string()
    .trim()
    .refine((s) => s.length > 0, rule('Choose the time zone, such as Asia/Kolkata.', { code: 'required' }))
    .refine((s) => s.length === 0 || isValidTimeZone(s), rule('That is not an IANA time zone; use a name such as Asia/Kolkata or Europe/London.', { code: 'timezone' })),
});

export type TheaterForm = Record<string, string>;

/** Auto-lease is off unless "Kiosk seats per show" is above 0; the other two fields then apply. */
function autoLeaseOf(input: { autoLeaseSeats: number; autoLeaseHours: number; autoLeaseReturnMinutes: number }): AutoLeaseRule | undefined {
  if (input.autoLeaseSeats === 0) return undefined;
  return { seatsPerShow: input.autoLeaseSeats, hoursAhead: input.autoLeaseHours, returnMinutesBefore: input.autoLeaseReturnMinutes };
}

function policyOf(form: Record<string, string>): CancellationPolicy {
  const tiers: CancellationPolicy['tiers'] = [];
  const fields: Record<string, FieldProblem> = {};
  for (let i = 0; i < POLICY_ROWS; i++) {
    const h = form[`tierHours${i}`];
    const p = form[`tierPercent${i}`];
    if (!h && !p) continue;
    const hours = Number(h);
    const percent = Number(p);
    if (!/^\d{1,3}(\.\d+)?$/.test(h ?? '') || hours > 720) fields[`tierHours${i}`] = ['Hours before the show: 0 to 720.', { code: 'between', min: 0, max: 720 }];
    else if (!/^\d{1,3}$/.test(p ?? '') || percent > 100) fields[`tierPercent${i}`] = ['Refund: a whole percentage, 0 to 100.', { code: 'wholeBetween', min: 0, max: 100 }];
    else if (tiers.some((t) => t.hoursBefore === hours)) fields[`tierHours${i}`] = ['Each tier needs its own number of hours.', { code: 'tierHoursTwice' }];
    else tiers.push({ hoursBefore: hours, refundPercent: percent });
  }
  if (Object.keys(fields).length) throw fieldsError('Please correct the cancellation policy.', fields);
  return { tiers: tiers.sort((a, b) => b.hoursBefore - a.hoursBefore) };
}

/** The theater's settings as a form's fields (for editing). */
export function formOf(t: Theater): TheaterForm {
  const form: TheaterForm = {
    name: t.name,
    address: t.address,
    amenities: t.amenities.join(', '),
    convenienceFeePercent: (t.convenienceFeeBps / 100).toString(),
    cleaningMinutes: String(t.cleaningMinutes ?? DEFAULT_CLEANING_MINUTES),
    autoLeaseSeats: String(t.autoLease?.seatsPerShow ?? 0),
    autoLeaseHours: String(t.autoLease?.hoursAhead ?? DEFAULT_AUTO_LEASE.hoursAhead),
    autoLeaseReturnMinutes: String(t.autoLease?.returnMinutesBefore ?? DEFAULT_AUTO_LEASE.returnMinutesBefore),
    cityId: t.cityId,
    timezone: t.timezone,
  };
  t.cancellationPolicy.tiers.forEach((tier, i) => {
    form[`tierHours${i}`] = String(tier.hoursBefore);
    form[`tierPercent${i}`] = String(tier.refundPercent);
  });
  return form;
}

export function summarize(t: Theater): string {
  const tiers = t.cancellationPolicy.tiers.map((x) => `≥${x.hoursBefore} h ${x.refundPercent}%`).join(', ') || 'no refunds';
  const auto = t.autoLease ? `${t.autoLease.seatsPerShow} seats/show ${t.autoLease.hoursAhead} h ahead, back ${t.autoLease.returnMinutesBefore} min before` : 'off';
  return `${t.name}; fee ${(t.convenienceFeeBps / 100).toFixed(2)}%; cleaning ${t.cleaningMinutes ?? DEFAULT_CLEANING_MINUTES} min; kiosk auto-lease ${auto}; refunds ${tiers}; amenities ${t.amenities.join(', ') || 'none'}`;
}

/** The same settings as facts for the audit page. */
export function theaterNote(t: Theater): AuditNote {
  return {
    kind: 'theater',
    name: t.name,
    feeBps: t.convenienceFeeBps,
    cleaningMinutes: t.cleaningMinutes ?? DEFAULT_CLEANING_MINUTES,
    ...(t.autoLease ? { autoLease: { ...t.autoLease } } : {}),
    tiers: t.cancellationPolicy.tiers.map((x) => ({ hoursBefore: x.hoursBefore, refundPercent: x.refundPercent })),
    amenities: t.amenities,
  };
}

type Who = { id: string; email: string; name: string; roles: RoleGrant[] };

/**
 * An owner adds a theater. Its id comes from its name (a number added if taken); the owner's
 * grant then covers it. City and time zone are set here once: showtimes are filed by city and
 * theater-local date, so changing either later would misfile every show already scheduled.
 */
export async function createTheater(db: Db, who: Who, form: TheaterForm, now: Date): Promise<Theater> {
  const input = parseForm(createSchema, form);
  const cancellationPolicy = policyOf(form);
  const cities = await listCities(db);
  let cityId = input.cityId;
  if (input.newCity) {
    const existing = cities.find((c) => c.name.toLowerCase() === input.newCity.toLowerCase());
    cityId = existing?.id ?? slugOf(input.newCity);
    if (!existing) await putCityIfNew(db, { id: cityId, name: input.newCity });
  } else if (!cities.some((c) => c.id === cityId)) {
    throw fieldsError('Choose a city or name a new one.', { cityId: ['Choose a city or name a new one.', { code: 'chooseCity' }] });
  }
  const base = slugOf(input.name);
  for (let n = 1; n <= 20; n++) {
    const theater: Theater = {
      id: n === 1 ? base : `${base}-${n}`,
      cityId,
      name: input.name,
      address: input.address,
      timezone: input.timezone,
      amenities: input.amenities,
      cancellationPolicy,
      convenienceFeeBps: input.convenienceFeePercent,
      cleaningMinutes: input.cleaningMinutes,
      autoLease: autoLeaseOf(input),
    };
    const audit = auditOf(who, theater.id, 'theater.create', theater.id, { after: summarize(theater), afterNote: theaterNote(theater) }, now);
    if (await saveTheater(db, theater, { create: true }, audit)) {
      await setUserRoles(db, who.id, withTheater(who.roles, theater.id));
      return theater;
    }
  }
  throw fieldsError('Too many theaters share that name; choose another.', { name: ['Choose another name.', { code: 'nameTaken' }] });
}

/** The owner's grants with the new theater added to their (first) owner grant. */
export function withTheater(roles: RoleGrant[], theaterId: string): RoleGrant[] {
  const i = roles.findIndex((g) => g.role === 'owner');
  if (i < 0) return [...roles, { role: 'owner', theaterIds: [theaterId] }];
  return roles.map((g, j) => (j === i ? { ...g, theaterIds: [...new Set([...g.theaterIds, theaterId])] } : g));
}

export async function updateTheater(db: Db, who: Who, id: string, form: TheaterForm, now: Date): Promise<Theater> {
  const [old] = await getTheaters(db, [id]);
  if (!old) throw new AppError('not_found', 'There is no theater with that id.');
  const input = parseForm(settingsSchema, form);
  const next: Theater = {
    ...old,
    name: input.name,
    address: input.address,
    amenities: input.amenities,
    cancellationPolicy: policyOf(form),
    convenienceFeeBps: input.convenienceFeePercent,
    cleaningMinutes: input.cleaningMinutes,
    autoLease: autoLeaseOf(input),
  };
  const audit = auditOf(who, id, 'theater.edit', id, { before: summarize(old), after: summarize(next), beforeNote: theaterNote(old), afterNote: theaterNote(next) }, now);
  if (!(await saveTheater(db, next, { create: false }, audit))) throw new AppError('not_found', 'There is no theater with that id.');
  theaterChanged(db, id);
  return next;
}
