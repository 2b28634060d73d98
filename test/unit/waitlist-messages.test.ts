import { describe, expect, it } from 'vitest';
import { seatsFreeEmail, seatsFreeSms } from '../../server/notify/templates/waitlist-messages.js';

const ctx = {
  name: 'Asha <b>',
  movieTitle: 'Pushpa 3',
  theaterName: 'Charminar Cinemas',
  screenName: 'Screen 1',
  startsAt: '2026-12-04T15:00:00.000Z',
  timezone: 'Asia/Kolkata',
  seats: 2,
  link: 'http://localhost:3000/showtimes/charminar-cinemas-1-20261204-2030',
};

describe('"seats are free" messages', () => {
  it('speak English, Hindi and Telugu with the show, the time in the theater zone and the seat-map link', () => {
    const en = seatsFreeEmail({ ...ctx, lang: 'en' });
    expect(en.subject).toBe('Seats are free again: Pushpa 3, Fri, 4 Dec, 2026, 8:30 pm IST');
    expect(en.text).toContain('first to book them gets them');
    expect(en.html).toContain('Asha &lt;b&gt;');
    const hi = seatsFreeEmail({ ...ctx, lang: 'hi' });
    const te = seatsFreeEmail({ ...ctx, lang: 'te' });
    expect(hi.subject).toMatch(/^सीटें फिर से ख़ाली हैं: Pushpa 3/);
    expect(te.subject).toMatch(/^సీట్లు మళ్లీ ఖాళీ అయ్యాయి: Pushpa 3/);
    for (const m of [en, hi, te]) expect(m.text).toContain(ctx.link);
    expect(hi.html).toContain('lang="hi"');
  });

  it('fits an SMS near 160 characters and falls back to English for an unknown language', () => {
    const sms = seatsFreeSms({ ...ctx, lang: 'te' });
    expect(sms).toContain(ctx.link);
    expect(sms.length).toBeLessThan(200);
    expect(seatsFreeSms({ ...ctx, lang: 'xx' })).toMatch(/^Movie Magic: seats free for Pushpa 3/);
  });
});
