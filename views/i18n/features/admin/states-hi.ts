import type { StateWords } from './states-en.js';

/** Stored states in हिन्दी (see states-en.ts). */
export const statesHi: StateWords = {
  paymentMethod: { upi: 'UPI', card: 'कार्ड', wallet: 'वॉलेट', netbanking: 'नेट बैंकिंग', cash: 'नक़द' },
  paymentStatus: { authorized: 'मंज़ूर', captured: 'भुगतान हुआ', refunded: 'रिफ़ंड हुआ', partially_refunded: 'आंशिक रिफ़ंड हुआ', voided: 'रद्द, कोई पैसा नहीं लिया' },
  refundStatus: { pending: 'रास्ते में', refunded: 'रिफ़ंड हुआ' },
  delivery: { pending: 'भेजा जाना बाकी', sent: 'भेजा गया', failed: 'भेजा नहीं जा सका', cancelled: 'नहीं भेजा (अब ज़रूरत नहीं)' },
  channel: { email: 'ईमेल', sms: 'SMS संदेश', task: 'काम' },
  invite: { accepted: 'स्वीकार किया', expired: 'समय ख़त्म', withdrawn: 'वापस लिया गया' },
};
