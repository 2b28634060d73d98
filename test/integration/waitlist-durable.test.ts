import { PutCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEATS_BACK_GRACE_MS, waitlistTasks } from '../../server/booking/waitlist-work.js';
import { Dispatcher } from '../../server/notify/dispatcher.js';
import { createSnsPublisher } from '../../server/notify/sns-publisher.js';
import { joinWaitlist } from '../../server/store/waitlist.js';
import { customer, withDemoData } from '../helpers/customers.js';
import type { Client } from '../helpers/http.js';
import { ORIGIN, createTestEnv, type TestEnv } from '../helpers/test-app.js';

// The announcement of seats that came back survives the process dying right after the freeing
// committed: the freeing's transaction wrote a work item the dispatcher runs (docs/loyalty-and-waitlist.md).
const SHOW = 'charminar-cinemas-1-20261202-2030';
const QUIET = 'charminar-cinemas-1-20261203-2030'; // nobody waits for it
const CUT = 'charminar-cinemas-1-20261205-2030';

let env: TestEnv;
type Customer = Client & { email: string; userId: string };
let booker: Customer;
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- response bodies

beforeAll(async () => {
  env = await createTestEnv({ rateLimits: 'off' });
  await withDemoData(env);
  booker = await customer(env);
});
afterAll(() => env.close());

async function wait(showtimeId: string, c: Customer) {
  const now = env.clock.now();
  await joinWaitlist(env.db, { showtimeId, userId: c.userId, seats: 1, joinedAt: now.toISOString(), lang: 'en', status: 'waiting' }, new Date(now.getTime() + 86400_000));
  env.clock.advance(1000);
}

async function bookOne(showtimeId: string, seat: string): Promise<string> {
  return bookTwo(showtimeId, [seat]);
}

async function bookTwo(showtimeId: string, seats: string[]): Promise<string> {
  const h = await booker.post('/api/v1/holds', { showtimeId, seats });
  expect(h.status).toBe(201);
  const res = await booker.post('/api/v1/bookings', { holdId: ((await h.json()) as Json).hold.id, payment: { method: 'upi' } });
  expect(res.status).toBe(201);
  return ((await res.json()) as Json).booking.id as string;
}

/** The process "dies" right after the freeing commits: its in-process announcement fails at its first write. */
function killNextAnnouncement(): void {
  const doc = env.db.doc as unknown as { send: (cmd: unknown, ...rest: unknown[]) => Promise<unknown> };
  const send = doc.send.bind(doc);
  doc.send = async (cmd, ...rest) => {
    if (cmd instanceof PutCommand && String(cmd.input.Item?.sk).startsWith('FREED#')) {
      delete (doc as { send?: unknown }).send;
      throw new Error('process killed after the commit');
    }
    return send(cmd, ...rest);
  };
}

const tasks = async () => (await env.scanAll()).filter((i) => i.type === 'outbox' && i.channel === 'task');
const toldAbout = (email: string) => env.sink.mailbox.list().filter((m) => m.to === email && m.channel === 'email');

describe('durable waitlist announcements', () => {
  it('writes no work item when nobody waits for the show', async () => {
    const id = await bookOne(QUIET, 'C3');
    expect((await booker.post(`/api/v1/bookings/${id}/cancel`, {})).status).toBe(200);
    expect(await tasks()).toEqual([]);
  });

  it('announces a cancellation whose in-process announcement died, once, from the work item', async () => {
    const waiter = await customer(env);
    await wait(SHOW, waiter);
    const id = await bookOne(SHOW, 'D4');
    killNextAnnouncement();
    expect((await booker.post(`/api/v1/bookings/${id}/cancel`, {})).status).toBe(200);
    await env.flushOutbox();
    expect(toldAbout(waiter.email)).toEqual([]);
    // The work item committed with the cancellation, due after the grace.
    const [work] = await tasks();
    expect(work).toMatchObject({ kind: 'waitlist_seats_back', status: 'pending' });
    expect(JSON.parse(work.text as string)).toEqual({ showtimeId: SHOW, freeing: `cancel-${id}`, count: 1 });

    env.clock.advance(SEATS_BACK_GRACE_MS + 1000);
    await env.flushOutbox(); // runs the work item: the waiter's messages go in the outbox
    await env.flushOutbox(); // …and out
    expect(toldAbout(waiter.email)).toHaveLength(1);
    expect(toldAbout(waiter.email)[0].body).toContain(`/showtimes/${SHOW}`);
    expect((await tasks()).map((t) => t.status)).toEqual(['sent']);
    await env.flushOutbox();
    expect(toldAbout(waiter.email)).toHaveLength(1);
  });

  it('two dispatchers running the same work item tell the waiter once', async () => {
    const waiter = await customer(env);
    await wait(SHOW, waiter);
    const id = await bookOne(SHOW, 'D5');
    killNextAnnouncement();
    expect((await booker.post(`/api/v1/bookings/${id}/cancel`, {})).status).toBe(200);
    env.clock.advance(SEATS_BACK_GRACE_MS + 1000);
    const deps = { db: env.db, clock: env.clock.now, publicUrl: ORIGIN, messagesWaiting: () => undefined, log: () => undefined };
    const dispatchers = [1, 2].map(
      () =>
        new Dispatcher({
          db: env.db,
          clock: env.clock.now,
          publisher: createSnsPublisher({ endpoint: env.sink.url, region: 'ap-south-1', topicName: 'test-notifications' }),
          tasks: waitlistTasks(deps),
        }),
    );
    // The handler also runs twice more at once, as other processes holding the item would: while
    // one announces, the others see the claim under way and fail (their dispatcher retries later).
    const [work] = (await tasks()).filter((t) => t.status === 'pending');
    const runs = await Promise.allSettled([...dispatchers.map((d) => d.runOnce()), ...[1, 2].map(() => waitlistTasks(deps).waitlist_seats_back(work as never))]);
    for (const r of runs) if (r.status === 'rejected') expect((r.reason as Error).message).toBe('the announcement of this freeing is under way');
    await Promise.all(dispatchers.map((d) => d.runOnce()));
    await waitlistTasks(deps).waitlist_seats_back(work as never); // once it is done: a no-op
    expect(toldAbout(waiter.email)).toHaveLength(1);
    const waitMessages = (await env.scanAll()).filter((i) => i.type === 'outbox' && i.to === waiter.email && i.channel === 'email');
    expect(waitMessages).toHaveLength(1);
  });

  it('finishes an announcement cut short after the first in line was told, without telling them twice', async () => {
    const [first, second] = [await customer(env), await customer(env)];
    await wait(CUT, first);
    await wait(CUT, second);
    const id = await bookTwo(CUT, ['F1', 'F2']);
    // The process dies while telling the second in line (its transaction never reaches the store).
    const doc = env.db.doc as unknown as { send: (cmd: unknown, ...rest: unknown[]) => Promise<unknown> };
    const send = doc.send.bind(doc);
    doc.send = async (cmd, ...rest) => {
      if (cmd instanceof TransactWriteCommand && String(cmd.input.TransactItems?.[0]?.Update?.Key?.sk).endsWith(second.userId)) {
        delete (doc as { send?: unknown }).send;
        throw new Error('process killed while announcing');
      }
      return send(cmd, ...rest);
    };
    expect((await booker.post(`/api/v1/bookings/${id}/cancel`, {})).status).toBe(200);
    await env.flushOutbox();
    expect(toldAbout(first.email)).toHaveLength(1);
    expect(toldAbout(second.email)).toHaveLength(0);
    env.clock.advance(SEATS_BACK_GRACE_MS + 1000);
    await env.flushOutbox();
    await env.flushOutbox();
    expect(toldAbout(first.email)).toHaveLength(1);
    expect(toldAbout(second.email)).toHaveLength(1);
    const freed = (await env.scanAll()).find((i) => i.sk === `FREED#cancel-${id}`);
    expect(freed?.done).toBe(true);
  });

  it('a released hold announced at once is not announced again when its work item runs', async () => {
    const waiter = await customer(env);
    await wait(SHOW, waiter);
    const h = (await (await booker.post('/api/v1/holds', { showtimeId: SHOW, seats: ['E6'] })).json()) as Json;
    expect((await booker.request('DELETE', `/api/v1/holds/${h.hold.id}`)).status).toBe(204);
    await env.flushOutbox();
    expect(toldAbout(waiter.email)).toHaveLength(1);
    const pending = (await tasks()).filter((t) => t.status === 'pending');
    expect(pending.map((t) => JSON.parse(t.text as string).freeing)).toEqual([`release-${h.hold.id}`]);
    env.clock.advance(SEATS_BACK_GRACE_MS + 1000);
    await env.flushOutbox();
    await env.flushOutbox();
    expect(toldAbout(waiter.email)).toHaveLength(1);
    expect((await tasks()).every((t) => t.status === 'sent')).toBe(true);
  });
});
