/**
 * The words printed on a ticket, by booking language. Bookings are in English for now; Hindi
 * and Telugu are here so the PDF and its fonts are ready for them (issue 8 adds the choice).
 */
export type TicketLang = 'en' | 'hi' | 'te';

export interface TicketLabels {
  locale: string;
  eTicket: string;
  theater: string;
  screen: string;
  showTime: string;
  seats: string;
  seat: string;
  amountPaid: string;
  inclTaxes: string;
  bookingId: string;
  scanHint: string;
  page: (n: number, of: number) => string;
}

export const TICKET_LABELS: Record<TicketLang, TicketLabels> = {
  en: {
    locale: 'en-IN',
    eTicket: 'E-ticket',
    theater: 'Theater',
    screen: 'Screen',
    showTime: 'Show time',
    seats: 'Seats',
    seat: 'Seat',
    amountPaid: 'Amount paid',
    inclTaxes: 'incl. GST and fees',
    bookingId: 'Booking ID',
    scanHint: 'Show one QR code per seat at the entrance, on paper or on your phone. Each code admits one person once.',
    page: (n, of) => `Page ${n} of ${of}`,
  },
  hi: {
    locale: 'hi-IN',
    eTicket: 'ई-टिकट',
    theater: 'थिएटर',
    screen: 'स्क्रीन',
    showTime: 'शो का समय',
    seats: 'सीटें',
    seat: 'सीट',
    amountPaid: 'भुगतान राशि',
    inclTaxes: 'जीएसटी और शुल्क सहित',
    bookingId: 'बुकिंग आईडी',
    scanHint: 'प्रवेश द्वार पर हर सीट का एक QR कोड दिखाएँ, काग़ज़ पर या फ़ोन पर। हर कोड से एक व्यक्ति एक बार प्रवेश कर सकता है।',
    page: (n, of) => `पृष्ठ ${n} / ${of}`,
  },
  te: {
    locale: 'te-IN',
    eTicket: 'ఈ-టికెట్',
    theater: 'థియేటర్',
    screen: 'స్క్రీన్',
    showTime: 'ప్రదర్శన సమయం',
    seats: 'సీట్లు',
    seat: 'సీటు',
    amountPaid: 'చెల్లించిన మొత్తం',
    inclTaxes: 'జీఎస్టీ, రుసుములతో సహా',
    bookingId: 'బుకింగ్ ఐడి',
    scanHint: 'ప్రవేశ ద్వారం వద్ద ప్రతి సీటుకు ఒక QR కోడ్ చూపించండి, కాగితంపై లేదా ఫోన్‌లో. ఒక్కో కోడ్‌తో ఒక్కరికి ఒక్కసారి ప్రవేశం.',
    page: (n, of) => `పేజీ ${n} / ${of}`,
  },
};

export function ticketLabels(lang: string | undefined): TicketLabels {
  return TICKET_LABELS[(lang ?? 'en') as TicketLang] ?? TICKET_LABELS.en;
}
