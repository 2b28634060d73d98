import type { StateWords } from './states-en.js';

/** Stored states in తెలుగు (see states-en.ts). */
export const statesTe: StateWords = {
  paymentMethod: { upi: 'UPI', card: 'కార్డ్', wallet: 'వాలెట్', netbanking: 'నెట్ బ్యాంకింగ్', cash: 'నగదు' },
  paymentStatus: { authorized: 'ఆమోదించబడింది', captured: 'చెల్లించారు', refunded: 'రీఫండ్ అయింది', partially_refunded: 'కొంత రీఫండ్ అయింది', voided: 'రద్దు, డబ్బు తీసుకోలేదు' },
  refundStatus: { pending: 'దారిలో ఉంది', refunded: 'రీఫండ్ అయింది' },
  delivery: { pending: 'పంపాల్సి ఉంది', sent: 'పంపారు', failed: 'పంపలేకపోయాం', cancelled: 'పంపలేదు (ఇక అవసరం లేదు)' },
  channel: { email: 'ఈమెయిల్', sms: 'SMS సందేశం', task: 'పని' },
  invite: { accepted: 'అంగీకరించారు', expired: 'గడువు ముగిసింది', withdrawn: 'ఉపసంహరించారు' },
};
