/**
 * The words of booking emails and SMS, by language: English, Hindi and Telugu (the booking's
 * language, else the account's). Brand names, movie titles and seat ids stay as they are.
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
  /** In the one-line SMS: "seats A1,A2" and "Tickets: <link>". */
  smsSeats: string;
  smsTickets: string;
  confirmed: { subject: (id: string, title: string, when: string) => string; heading: string; intro: (id: string) => string; sms: string };
  cancelled: { subject: (id: string) => string; heading: string; intro: (id: string) => string; refundComing: (amount: string) => string; noRefund: string; sms: string };
  refunded: { subject: (id: string) => string; heading: string; intro: (amount: string, id: string) => string; sms: (amount: string) => string };
  changed: { subject: (id: string, title: string) => string; heading: string; intro: (from: string, to: string) => string; sms: string };
  showCancelled: { subject: (title: string) => string; heading: string; intro: (title: string, when: string) => string; refund: (amount: string) => string; sms: (amount: string) => string };
  reminder: { subject: (title: string, time: string) => string; heading: string; intro: (title: string, time: string) => string; sms: (time: string) => string };
  /** A payment that finished after its hold expired: the money went back, no booking. */
  returned: { subject: string; heading: string; intro: (amount: string, title: string) => string; noCharge: string };
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
  smsSeats: 'seats',
  smsTickets: 'Tickets',
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
  returned: {
    subject: 'Your payment was returned',
    heading: 'We could not book your seats',
    intro: (amount, title) => `Your payment of ${amount} for ${title} finished after your seat hold had expired, so we could not book the seats.`,
    noCharge: 'The payment has been cancelled and the money returned to you. You have not been charged.',
  },
};

const hi: NoticeWords = {
  locale: 'hi-IN',
  hello: (name) => `नमस्ते ${name},`,
  footer: 'Movie Magic · यह ईमेल आपको इसलिए मिला है क्योंकि आपने Movie Magic पर बुकिंग की है। प्रवेश द्वार पर QR कोड दिखाएँ।',
  movie: 'फ़िल्म',
  theater: 'थिएटर',
  screen: 'स्क्रीन',
  showTime: 'शो का समय',
  seats: 'सीटें',
  amountPaid: 'भुगतान राशि',
  bookingId: 'बुकिंग आईडी',
  refund: 'रिफ़ंड',
  ticketsButton: 'टिकट डाउनलोड करें (PDF)',
  bookingButton: 'बुकिंग देखें',
  smsSeats: 'सीटें',
  smsTickets: 'टिकट',
  confirmed: {
    subject: (id, title, when) => `बुकिंग ${id}: ${title}, ${when}`,
    heading: 'आपकी बुकिंग पक्की हो गई है',
    intro: (id) => `बुकिंग ${id} पक्की हो गई है। नीचे से अपने टिकट डाउनलोड करें: हर सीट का एक QR कोड, जिसे प्रवेश द्वार पर काग़ज़ पर या फ़ोन पर दिखाना है।`,
    sms: 'पक्की हो गई',
  },
  cancelled: {
    subject: (id) => `बुकिंग ${id} रद्द`,
    heading: 'आपकी बुकिंग रद्द हो गई है',
    intro: (id) => `बुकिंग ${id} रद्द हो गई है और उसकी सीटें फिर से ख़ाली हैं। उसके QR कोड से अब किसी को प्रवेश नहीं मिलेगा।`,
    refundComing: (amount) => `${amount} आपके भुगतान के मूल तरीके पर लौटाए जा रहे हैं।`,
    noRefund: 'थिएटर की रद्द करने की नीति के तहत कोई रिफ़ंड नहीं बनता।',
    sms: 'रद्द हो गई',
  },
  refunded: {
    subject: (id) => `बुकिंग ${id} का रिफ़ंड`,
    heading: 'आपका रिफ़ंड रास्ते में है',
    intro: (amount, id) => `हमने बुकिंग ${id} के ${amount} आपके भुगतान के मूल तरीके पर लौटा दिए हैं। बैंक खाते में दिखने में 5–7 कामकाजी दिन लग सकते हैं।`,
    sms: (amount) => `${amount} का रिफ़ंड जारी`,
  },
  changed: {
    subject: (id, title) => `${title} का नया शो समय (बुकिंग ${id})`,
    heading: 'आपके शो का समय बदल गया है',
    intro: (from, to) => `थिएटर ने आपका शो ${from} से बदलकर ${to} कर दिया है। आपकी सीटें और टिकट नए समय के लिए भी मान्य हैं।`,
    sms: 'शो का समय बदला, टिकट मान्य हैं। नया समय',
  },
  showCancelled: {
    subject: (title) => `शो रद्द: ${title}`,
    heading: 'आपका शो रद्द हो गया है',
    intro: (title, when) => `थिएटर ने ${when} का ${title} शो रद्द कर दिया है। हमें खेद है।`,
    refund: (amount) => `पूरे ${amount} आपके भुगतान के मूल तरीके पर लौटाए जा रहे हैं।`,
    sms: (amount) => `शो रद्द; पूरे ${amount} का रिफ़ंड`,
  },
  reminder: {
    subject: (title, time) => `आज: ${title}, ${time}`,
    heading: 'आपका शो जल्द शुरू होगा',
    intro: (title, time) => `${title} ${time} पर शुरू होगी। अपने टिकट तैयार रखें: हर सीट का एक QR कोड, काग़ज़ पर या फ़ोन पर।`,
    sms: (time) => `याद दिलाना: शो ${time} पर`,
  },
  returned: {
    subject: 'आपका भुगतान लौटा दिया गया',
    heading: 'हम आपकी सीटें बुक नहीं कर सके',
    intro: (amount, title) => `${title} के लिए आपका ${amount} का भुगतान आपकी सीटों की होल्ड ख़त्म होने के बाद पूरा हुआ, इसलिए हम सीटें बुक नहीं कर सके।`,
    noCharge: 'भुगतान रद्द कर दिया गया है और पैसा आपको लौटा दिया गया है। आपसे कोई शुल्क नहीं लिया गया।',
  },
};

const te: NoticeWords = {
  locale: 'te-IN',
  hello: (name) => `నమస్కారం ${name},`,
  footer: 'Movie Magic · మీరు Movie Magicలో బుక్ చేసినందుకు ఈ ఈమెయిల్ వచ్చింది. ప్రవేశ ద్వారం వద్ద QR కోడ్‌లు చూపించండి.',
  movie: 'సినిమా',
  theater: 'థియేటర్',
  screen: 'స్క్రీన్',
  showTime: 'షో సమయం',
  seats: 'సీట్లు',
  amountPaid: 'చెల్లించిన మొత్తం',
  bookingId: 'బుకింగ్ ఐడి',
  refund: 'రీఫండ్',
  ticketsButton: 'టికెట్లు డౌన్‌లోడ్ చేయండి (PDF)',
  bookingButton: 'బుకింగ్ చూడండి',
  smsSeats: 'సీట్లు',
  smsTickets: 'టికెట్లు',
  confirmed: {
    subject: (id, title, when) => `బుకింగ్ ${id}: ${title}, ${when}`,
    heading: 'మీ బుకింగ్ ఖరారైంది',
    intro: (id) => `బుకింగ్ ${id} ఖరారైంది. కింద మీ టికెట్లు డౌన్‌లోడ్ చేసుకోండి: ప్రతి సీటుకు ఒక QR కోడ్, ప్రవేశ ద్వారం వద్ద కాగితంపై లేదా ఫోన్‌లో చూపించడానికి.`,
    sms: 'ఖరారైంది',
  },
  cancelled: {
    subject: (id) => `బుకింగ్ ${id} రద్దయింది`,
    heading: 'మీ బుకింగ్ రద్దయింది',
    intro: (id) => `బుకింగ్ ${id} రద్దయింది, దాని సీట్లు మళ్లీ ఖాళీ అయ్యాయి. దాని QR కోడ్‌లతో ఇక ప్రవేశం ఉండదు.`,
    refundComing: (amount) => `${amount} మీరు చెల్లించిన విధానానికే తిరిగి వస్తోంది.`,
    noRefund: 'థియేటర్ రద్దు విధానం ప్రకారం రీఫండ్ రాదు.',
    sms: 'రద్దయింది',
  },
  refunded: {
    subject: (id) => `బుకింగ్ ${id} రీఫండ్`,
    heading: 'మీ రీఫండ్ వస్తోంది',
    intro: (amount, id) => `బుకింగ్ ${id} కోసం ${amount} మీరు చెల్లించిన విధానానికే తిరిగి పంపాం. బ్యాంకులో కనిపించడానికి 5–7 పని దినాలు పట్టవచ్చు.`,
    sms: (amount) => `${amount} రీఫండ్ చేశాం`,
  },
  changed: {
    subject: (id, title) => `${title} కొత్త షో సమయం (బుకింగ్ ${id})`,
    heading: 'మీ షో సమయం మారింది',
    intro: (from, to) => `థియేటర్ మీ షోను ${from} నుంచి ${to}కి మార్చింది. మీ సీట్లు, టికెట్లు కొత్త సమయానికీ చెల్లుతాయి.`,
    sms: 'షో సమయం మారింది, టికెట్లు చెల్లుతాయి. కొత్త సమయం',
  },
  showCancelled: {
    subject: (title) => `షో రద్దయింది: ${title}`,
    heading: 'మీ షో రద్దయింది',
    intro: (title, when) => `థియేటర్ ${when} ${title} షోను రద్దు చేసింది. క్షమించండి.`,
    refund: (amount) => `మొత్తం ${amount} మీరు చెల్లించిన విధానానికే తిరిగి వస్తోంది.`,
    sms: (amount) => `షో రద్దయింది; ${amount} పూర్తి రీఫండ్`,
  },
  reminder: {
    subject: (title, time) => `ఈరోజు: ${title}, ${time}`,
    heading: 'మీ షో త్వరలో మొదలవుతుంది',
    intro: (title, time) => `${title} ${time}కి మొదలవుతుంది. మీ టికెట్లు సిద్ధంగా ఉంచుకోండి: ప్రతి సీటుకు ఒక QR కోడ్, కాగితంపై లేదా ఫోన్‌లో.`,
    sms: (time) => `గుర్తుచేస్తున్నాం: షో ${time}కి`,
  },
  returned: {
    subject: 'మీ చెల్లింపు తిరిగి ఇవ్వబడింది',
    heading: 'మీ సీట్లను బుక్ చేయలేకపోయాం',
    intro: (amount, title) => `${title} కోసం మీ ${amount} చెల్లింపు మీ సీట్ల హోల్డ్ ముగిసిన తర్వాత పూర్తయింది, అందుకే సీట్లను బుక్ చేయలేకపోయాం.`,
    noCharge: 'చెల్లింపు రద్దు చేయబడింది, డబ్బు మీకు తిరిగి ఇవ్వబడింది. మీ నుండి ఎలాంటి రుసుము తీసుకోలేదు.',
  },
};

const WORDS: Record<string, NoticeWords> = { en, hi, te };

export function noticeWords(lang: string | undefined): NoticeWords {
  return WORDS[lang ?? 'en'] ?? en;
}
