import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { customer, TEST_PASSWORD, withDemoData } from '../helpers/customers.js';
import { Client } from '../helpers/http.js';
import { readPdf } from '../helpers/pdf-inspect.js';
import { createTestEnv, type TestEnv } from '../helpers/test-app.js';

// The test clock starts at 2026-12-01 12:00 IST; demo shows run 10:00, 13:30, 17:00, 20:30 daily.
const SHOW = 'charminar-cinemas-1-20261205-2030'; // the 7×10 screen
const HALL = 'hitech-screens-1-20261203-2030'; // the Grand Hall: wheelchair spaces A1, A2, A39, A40

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv({ rateLimits: 'off' });
  await withDemoData(env);
});
afterAll(() => env.close());

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- response bodies
const text = async (res: Response) => res.text();
const htmlLang = (html: string) => html.match(/<html lang="([a-z]+)"/)?.[1];
const hiddenKey = (html: string) => html.match(/name="idempotencyKey" value="([^"]+)"/)?.[1];

describe('pages in Hindi and Telugu', () => {
  it('follows the browser’s Accept-Language, and a lang cookie over it', async () => {
    const hi = await text(await env.app.request('/', { headers: { 'accept-language': 'hi-IN,hi;q=0.9,en;q=0.5' } }));
    expect(htmlLang(hi)).toBe('hi');
    expect(hi).toContain('<h1 class="page-title">बेंगलुरु में क्या चल रहा है — <time datetime="2026-12-01">आज</time></h1>');
    expect(hi).toContain('मुख्य सामग्री पर जाएँ');
    expect(hi).toContain('<button type="submit" name="lang" value="te" lang="te"');

    const te = await text(await env.app.request('/theaters/charminar-cinemas', { headers: { 'accept-language': 'hi', cookie: 'lang=te' } }));
    expect(htmlLang(te)).toBe('te');
    expect(te).toContain('రద్దు విధానం');
    expect(te).toContain('షోకి కనీసం 24 గంటలు ముందు రద్దు చేస్తే');
    // Theater names and movie titles stay as they are; movie languages are named in Telugu, but
    // the movie-language filter keeps its own values.
    expect(te).toContain('Charminar Cinemas');
    const home = await text(await env.app.request('/?city=hyderabad', { headers: { cookie: 'lang=te' } }));
    expect(home).toContain('<option value="Telugu">తెలుగు</option>');
    expect(home).toMatch(/<span class="show-time-details">(తెలుగు|హిందీ|ఇంగ్లీష్|తమిళం) · 2D<\/span>/);

    const en = await text(await env.app.request('/about'));
    expect(htmlLang(en)).toBe('en');
    expect(en).toContain('About Movie Magic');
  });

  it('switches with POST /language, back to the same page only, and keeps the choice in a cookie', async () => {
    const c = new Client(env.app);
    const res = await c.request('POST', '/language', { form: { lang: 'hi', next: '/about' } });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/about');
    expect(c.cookies.get('lang')).toBe('hi');
    const about = await text(await c.get('/about'));
    expect(htmlLang(about)).toBe('hi');
    expect(about).toContain('Movie Magic के बारे में');

    const away = await c.request('POST', '/language', { form: { lang: 'te', next: '//evil.example/' } });
    expect(away.headers.get('location')).toBe('/');
    const junk = await c.request('POST', '/language', { form: { lang: 'xx', next: '/contact' } });
    expect(junk.status).toBe(303);
    expect(c.cookies.get('lang')).toBe('te');
  });

  it('remembers the language and display settings on the account, on every device', async () => {
    const phone = await customer(env, { name: 'Lakshmi' });
    await phone.request('POST', '/language', { form: { lang: 'te', next: '/account' } });
    await phone.request('POST', '/display', { form: { toggle: 'contrast', next: '/account' } });
    expect(phone.cookies.get('display')).toBe('contrast');
    const me = (await (await phone.get('/api/v1/me')).json()) as Json;
    expect(me.user.language).toBe('te');

    // Another browser, no cookies: after logging in, the account's choices apply.
    const laptop = new Client(env.app);
    await laptop.post('/api/v1/auth/login', { email: phone.email, password: TEST_PASSWORD });
    const account = await text(await laptop.get('/account'));
    expect(htmlLang(account)).toBe('te');
    expect(account).toContain('<html lang="te" class="theme-contrast">');
    expect(account).toContain('మీ ఖాతా');

    const saved = await laptop.request('POST', '/account/preferences', { form: { language: 'hi', large: 'on' } });
    expect(saved.headers.get('location')).toBe('/account?saved=1');
    const after = await text(await laptop.get('/account?saved=1'));
    expect(after).toContain('<html lang="hi" class="text-large">');
    expect(after).toContain('आपकी सेटिंग सहेज ली गई है।');
    expect(((await (await laptop.get('/api/v1/me')).json()) as Json).user.language).toBe('hi');
  });

  it('reads every seat out in the page language and offers a list view and wheelchair pairs', async () => {
    const map = await text(await env.app.request(`/showtimes/${HALL}`, { headers: { cookie: 'lang=hi' } }));
    expect(map).toContain('aria-label="A3, पंक्ति A सीट 3, सामान्य, ₹320, ख़ाली"');
    expect(map).toContain('परदा इस तरफ़ है');
    expect(map).toContain('value="A1,A3"');
    expect(map).toContain('value="A40,A38"');
    expect(map).toContain('data-one="{n} सीट: {ids} · {total}"');

    const list = await text(await env.app.request(`/showtimes/${HALL}?view=list`, { headers: { cookie: 'lang=te' } }));
    expect(list).toContain('వరుస A');
    expect(list.match(/<input type="checkbox" name="seats"/g)?.length).toBe(1200);
    expect(list).not.toContain('id="smap"');

    const c = await customer(env);
    const hold = await c.request('POST', `/showtimes/${HALL}/hold`, { form: { seats: 'A1,A3' } });
    expect(hold.status).toBe(303);
    const checkout = await text(await c.get(hold.headers.get('location')!));
    expect(checkout).toContain('Seats <strong>A1, A3</strong>');
  });

  it('books in Hindi: checkout, booking page, email and ticket PDF all in Hindi', async () => {
    const c = await customer(env, { name: 'Ravi' });
    await c.request('POST', '/language', { form: { lang: 'hi' } });
    const hold = await c.request('POST', `/showtimes/${SHOW}/hold`, { form: { seats: 'A4,A5' } });
    const path = hold.headers.get('location')!;
    const checkout = await text(await c.get(path));
    expect(checkout).toContain('भुगतान का तरीका');
    expect(checkout).toContain('टिकट (2 सीटें)');
    expect(checkout).toContain('₹651.20 चुकाएँ');
    const paid = await c.request('POST', `${path}/pay`, { form: { method: 'upi', idempotencyKey: hiddenKey(checkout)! } });
    expect(paid.status).toBe(303);
    const bookingPage = await text(await c.get(paid.headers.get('location')!));
    expect(bookingPage).toContain('बुकिंग पक्की हो गई');
    const id = paid.headers.get('location')!.split('/').pop()!;

    await env.flushOutbox();
    const mail = env.sink.mailbox.list().find((m) => m.to === c.email);
    expect(mail?.subject).toMatch(new RegExp(`^बुकिंग ${id}: `));
    expect(mail?.body).toContain('आपकी बुकिंग पक्की हो गई है');

    const pdf = await readPdf(Buffer.from(await (await c.get(`/bookings/${id}/ticket.pdf`)).arrayBuffer()));
    // PDF.js reads glyphs in visual order, so vowel signs before consonants come out swapped; these labels have none.
    expect(pdf.text.join(' ')).toContain('शो का समय');
    expect(pdf.text.join(' ')).toContain('सीटें');
  });

  it('sends htmx fragments in the page language: search results and live seat updates', async () => {
    const search = await text(await env.app.request('/?city=hyderabad', { headers: { cookie: 'lang=te', 'hx-request': 'true' } }));
    expect(search).toMatch(/^<title>హైదరాబాద్\u200cలో ఏం ఆడుతున్నాయి · Movie Magic<\/title><div id="search"/);
    const since = env.clock.now().toISOString();
    const other = await customer(env);
    expect((await other.post('/api/v1/holds', { showtimeId: SHOW, seats: ['C1'] })).status).toBe(201);
    const updates = await text(await env.app.request(`/showtimes/${SHOW}/seat-updates?since=${encodeURIComponent(since)}`, { headers: { cookie: 'lang=hi' } }));
    expect(updates).toContain('aria-label="C1, पंक्ति C सीट 1, सामान्य, ₹320, रोकी गई"');
  });

  it('signs up in Telugu: the code arrives in Telugu and the account keeps the language', async () => {
    const c = new Client(env.app);
    c.cookies.set('lang', 'te');
    const email = 'sita@example.in';
    const res = await c.request('POST', '/register', { form: { email, name: 'Sita', password: TEST_PASSWORD } });
    expect(res.status).toBe(303);
    await env.flushOutbox();
    const mail = env.sink.mailbox.list().find((m) => m.to === email);
    expect(mail?.subject).toMatch(/^\d{6} మీ Movie Magic ధృవీకరణ కోడ్$/);
    expect(mail?.body).toContain('నమస్కారం Sita,');
    const fresh = new Client(env.app);
    await fresh.post('/api/v1/auth/login', { email, password: TEST_PASSWORD });
    expect(((await (await fresh.get('/api/v1/me')).json()) as Json).user.language).toBe('te');
  });

  it('keeps the JSON API in English unless Accept-Language asks for Hindi or Telugu', async () => {
    const plain = (await (await env.app.request('/api/v1/showtimes/nope', { headers: { cookie: 'lang=hi' } })).json()) as Json;
    expect(plain.error.message).toBe('There is no showtime with this id.');
    const te = (await (await env.app.request('/api/v1/showtimes/nope', { headers: { 'accept-language': 'te' } })).json()) as Json;
    expect(te.error).toMatchObject({ code: 'not_found', message: 'మాకు అది కనిపించలేదు.' });
  });

  it('says the newer error codes in Hindi and Telugu too', async () => {
    const c = await customer(env);
    const refused = (await (await c.post(`/api/v1/showtimes/${SHOW}/waitlist`, { seats: 2 }, { 'accept-language': 'te' })).json()) as Json;
    expect(refused.error).toMatchObject({ code: 'waitlist_not_needed', message: expect.stringContaining('సీట్ మ్యాప్‌లో') });
    const review = (await (await c.request('PUT', '/api/v1/movies/godavari-rising/reviews/mine', { json: { rating: 5, text: 'Loved it.' }, headers: { 'accept-language': 'hi' } })).json()) as Json;
    expect(review.error).toMatchObject({ code: 'not_eligible', message: expect.stringContaining('समीक्षा') });
  });

  it('shows the error page in the page language', async () => {
    const res = await env.app.request('/movies/no-such-movie', { headers: { cookie: 'lang=hi' } });
    expect(res.status).toBe(404);
    const html = await text(res);
    expect(html).toContain('पेज नहीं मिला');
    expect(html).toContain('हमें यह नहीं मिला।');
  });
});
