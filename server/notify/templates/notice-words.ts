/**
 * The words of booking emails and SMS, by language. English only for now: issue 8 adds Hindi
 * and Telugu, which fall back to English until then (the ticket PDF already has their labels).
 */
export interface NoticeWords {
  locale: string;
  hello: (name: string) => string;
  footer: string;
  movie: string;
  theater: string;
  screen: string;
  showTime: string;
  seats: string;
  amountPaid: string;
  bookingId: string;
  refund: string;
  ticketsButton: string;
  bookingButton: string;
  confirmed: { subject: (id: string, title: string, when: string) => string; heading: string; intro: (id: string) => string; sms: string };
  cancelled: { subject: (id: string) => string; heading: string; intro: (id: string) => string; refundComing: (amount: string) => string; noRefund: string; sms: string };
  refunded: { subject: (id: string) => string; heading: string; intro: (amount: string, id: string) => string; sms: (amount: string) => string };
  changed: { subject: (id: string, title: string) => string; heading: string; intro: (from: string, to: string) => string; sms: string };
  showCancelled: { subject: (title: string) => string; heading: string; intro: (title: string, when: string) => string; refund: (amount: string) => string; sms: (amount: string) => string };
  reminder: { subject: (title: string, time: string) => string; heading: string; intro: (title: string, time: string) => string; sms: (time: string) => string };
}

const en: NoticeWords = {
  locale: 'en-IN',
  hello: (name) => `Hello ${name},`,
  footer: 'Movie Magic · You get this email because you booked on Movie Magic. Show the QR codes at the entrance.',
  movie: 'Movie',
  theater: 'Theater',
  screen: 'Screen',
  showTime: 'Show time',
  seats: 'Seats',
  amountPaid: 'Amount paid',
  bookingId: 'Booking ID',
  refund: 'Refund',
  ticketsButton: 'Download tickets (PDF)',
  bookingButton: 'View booking',
  confirmed: {
    subject: (id, title, when) => `Booking ${id}: ${title}, ${when}`,
    heading: 'Your booking is confirmed',
    intro: (id) => `Booking ${id} is confirmed. Download your tickets below: one QR code per seat, to show at the entrance on paper or on your phone.`,
    sms: 'confirmed',
  },
  cancelled: {
    subject: (id) => `Booking ${id} cancelled`,
    heading: 'Your booking is cancelled',
    intro: (id) => `Booking ${id} is cancelled and its seats are free again. Its QR codes no longer admit anyone.`,
    refundComing: (amount) => `${amount} is being refunded to your original payment method.`,
    noRefund: 'Under the theater’s cancellation policy, no refund is due.',
    sms: 'cancelled',
  },
  refunded: {
    subject: (id) => `Refund for booking ${id}`,
    heading: 'Your refund is on its way',
    intro: (amount, id) => `We have refunded ${amount} for booking ${id} to your original payment method. Banks take up to 5–7 working days to show it.`,
    sms: (amount) => `refund of ${amount} issued`,
  },
  changed: {
    subject: (id, title) => `New show time for ${title} (booking ${id})`,
    heading: 'Your show time has changed',
    intro: (from, to) => `The theater has moved your show from ${from} to ${to}. Your seats and tickets stay valid for the new time.`,
    sms: 'show moved, tickets stay valid. New time',
  },
  showCancelled: {
    subject: (title) => `Show cancelled: ${title}`,
    heading: 'Your show is cancelled',
    intro: (title, when) => `The theater has cancelled ${title} at ${when}. We are sorry.`,
    refund: (amount) => `${amount} is being refunded in full to your original payment method.`,
    sms: (amount) => `show cancelled; ${amount} refunded in full`,
  },
  reminder: {
    subject: (title, time) => `Today: ${title} at ${time}`,
    heading: 'Your show starts soon',
    intro: (title, time) => `${title} starts at ${time}. Keep your tickets ready: one QR code per seat, on paper or on your phone.`,
    sms: (time) => `reminder: show at ${time}`,
  },
};

const WORDS: Record<string, NoticeWords> = { en };

export function noticeWords(lang: string | undefined): NoticeWords {
  return WORDS[lang ?? 'en'] ?? en;
}
