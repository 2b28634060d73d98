import { describe, expect, it } from 'vitest';
import type { Booking } from '../../server/domain/booking.js';
import { noticeEmail, noticeSms, paymentReturnedMessage, type NoticeKind } from '../../server/notify/templates/booking-messages.js';
import { toE164 } from '../../server/domain/phone.js';

const booking = {
  id: 'MVM-20261201-7QK2ZP4D',
  userId: 'u1',
  status: 'confirmed',
  channel: 'online',
  showtimeId: 's1',
  movieId: 'm1',
  movieTitle: 'Chai <and> "Chaos"',
  theaterId: 't1',
  theaterName: 'Charminar Cinemas',
  screenName: 'Screen 1',
  startsAt: '2026-12-02T15:00:00.000Z',
  timezone: 'Asia/Kolkata',
  seats: ['A1', 'A2'],
  quote: { currency: 'INR', lines: [], ticketsMinor: 64000, convenienceFeeMinor: 1120, taxMinor: 0, totalMinor: 65120 },
  payment: { method: 'upi', status: 'captured', reference: 'p1' },
  holdId: 'h1',
  createdAt: '2026-12-01T06:30:00.000Z',
} as unknown as Booking;

const KINDS: NoticeKind[] = ['booking_confirmed', 'booking_cancelled', 'refund_issued', 'showtime_changed', 'showtime_cancelled', 'show_reminder'];
const ctx = { booking, name: 'Asha <b>', publicUrl: 'https://t.example.in', lang: 'en', refundMinor: 48000, previousStartsAt: '2026-12-02T13:30:00.000Z' };

describe('booking message templates', () => {
  it.each(KINDS)('%s: a text and an escaped HTML email with the booking details, and a short SMS', (kind) => {
    const m = noticeEmail(kind, ctx);
    expect(m.subject.length).toBeGreaterThan(5);
    expect(m.text).toContain('MVM-20261201-7QK2ZP4D');
    expect(m.text).toContain('Seats: A1, A2');
    expect(m.text).toContain('Wed, 2 Dec, 2026, 8:30 pm IST');
    expect(m.html).toContain('Chai &lt;and&gt; &quot;Chaos&quot;');
    expect(m.html).toContain('Asha &lt;b&gt;');
    expect(m.html).not.toContain('<b>');
    expect(m.html).toContain('https://t.example.in/bookings/MVM-20261201-7QK2ZP4D');
    const sms = noticeSms(kind, ctx);
    expect(sms).toContain('MVM-20261201-7QK2ZP4D');
    expect(sms.length).toBeLessThanOrEqual(240);
  });

  it('says what changed and what is refunded', () => {
    expect(noticeEmail('showtime_changed', ctx).text).toContain('from Wed, 2 Dec, 2026, 7:00 pm IST to Wed, 2 Dec, 2026, 8:30 pm IST');
    expect(noticeEmail('showtime_cancelled', ctx).text).toContain('₹480.00 is being refunded in full');
    expect(noticeEmail('booking_cancelled', { ...ctx, refundMinor: 0 }).text).toContain('no refund is due');
  });

  it('writes phone numbers as E.164 for SMS', () => {
    expect(toE164('98765 43210')).toBe('+919876543210');
    expect(toE164('098765-43210')).toBe('+919876543210');
    expect(toE164('919876543210')).toBe('+919876543210');
    expect(toE164('+44 7700 900123')).toBe('+447700900123');
    expect(toE164('12345')).toBeNull();
    expect(toE164('1234567890')).toBeNull();
  });
});

describe('payment returned', () => {
  it('says the money went back, in the language of the booking page, with the name escaped', () => {
    const p = { name: 'Asha <b>', movieTitle: 'Chai <and> "Chaos"', amountMinor: 65120 };
    const en = paymentReturnedMessage({ ...p, lang: 'en' });
    expect(en.subject).toBe('Your payment was returned');
    expect(en.text).toContain('₹651.20');
    expect(en.text).toContain('You have not been charged.');
    expect(en.html).toContain('Asha &lt;b&gt;');
    expect(en.html).not.toContain('<b>,');
    const hi = paymentReturnedMessage({ ...p, lang: 'hi' });
    expect(hi.subject).toBe('आपका भुगतान लौटा दिया गया');
    expect(hi.text).toContain('₹651.20');
    expect(hi.html).toContain('lang="hi"');
    const te = paymentReturnedMessage({ ...p, lang: 'te' });
    expect(te.subject).toBe('మీ చెల్లింపు తిరిగి ఇవ్వబడింది');
    expect(te.text).toContain('Chai <and> "Chaos"');
  });
});
