import { chmodSync, existsSync, linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { randomBookingChars } from '../domain/booking-id.js';
import { kioskSalesCloseAt } from '../domain/sales-window.js';
import { newKioskToken, parseKioskToken, secretMatches } from '../kiosk-sync/kiosk-token.js';
import type { Db } from '../store/db.js';
import { getKiosk, putKiosk } from '../store/kiosks.js';
import { createLease } from '../store/leases.js';
import { listShowtimesByCityDate } from '../store/catalog.js';
import { getUserById, setUserRoles } from '../store/users.js';
import { localDate } from '../domain/theater-time.js';

export const DEMO_KIOSK_THEATER = 'charminar-cinemas';
const DEMO_USERS = ['demo-owner', 'demo-staff'];

/**
 * Local mode: a kiosk registered at the demo theater whose token waits in `tokenFile` (0600), so
 * `npm run kiosk` needs no setup. A new one is made when the file is missing or its kiosk is gone
 * (a fresh DATA_DIR), with a few seats of the next shows leased to it to try selling offline.
 */
export async function ensureDemoKiosk(db: Db, opts: { tokenFile: string; now: Date }): Promise<{ kioskId: string; created: boolean }> {
  // Staff sign in at kiosks through the who-works-where index; data folders made before it existed lack it.
  for (const id of DEMO_USERS) {
    const user = await getUserById(db, id);
    if (user) await setUserRoles(db, id, user.roles);
  }
  if (existsSync(opts.tokenFile)) {
    const parsed = parseKioskToken(readFileSync(opts.tokenFile, 'utf8').trim());
    const kiosk = parsed ? await getKiosk(db, parsed.kioskId) : null;
    if (parsed && kiosk && !kiosk.revokedAt && secretMatches(parsed.secret, kiosk.tokenHash)) return { kioskId: kiosk.id, created: false };
    unlinkSync(opts.tokenFile);
  }
  const id = randomBookingChars(10);
  const { token, hash } = newKioskToken(id);
  await putKiosk(db, { id, theaterId: DEMO_KIOSK_THEATER, name: 'Demo box office', tokenHash: hash, createdAt: opts.now.toISOString(), createdBy: 'demo-owner' });
  writeExclusive(opts.tokenFile, `${token}\n`);
  await leaseDemoSeats(db, id, opts.now);
  return { kioskId: id, created: true };
}

/** Row A, seats 1–6, of the next three shows on the demo theater's first screen. */
async function leaseDemoSeats(db: Db, kioskId: string, now: Date): Promise<void> {
  const today = localDate(now, 'Asia/Kolkata');
  const shows = (await listShowtimesByCityDate(db, 'hyderabad', today))
    .concat(await listShowtimesByCityDate(db, 'hyderabad', localDate(new Date(now.getTime() + 86_400_000), 'Asia/Kolkata')))
    .filter((s) => s.screenId === `${DEMO_KIOSK_THEATER}-1` && Date.parse(s.startsAt) > now.getTime())
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt))
    .slice(0, 3);
  for (const show of shows) {
    await createLease(
      db,
      {
        id: randomBookingChars(12),
        kioskId,
        theaterId: DEMO_KIOSK_THEATER,
        showtimeId: show.id,
        seats: ['A1', 'A2', 'A3', 'A4', 'A5', 'A6'],
        endsAt: kioskSalesCloseAt(show).toISOString(),
        status: 'active',
        createdAt: now.toISOString(),
        createdBy: 'demo-owner',
      },
      now,
    );
  }
}

function writeExclusive(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, text, { mode: 0o600 });
  try {
    linkSync(tmp, file);
  } finally {
    unlinkSync(tmp);
  }
  chmodSync(file, 0o600);
}
