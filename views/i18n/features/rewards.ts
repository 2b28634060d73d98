/**
 * Loyalty points and the waitlist: their words in the three languages. Kept apart from the main catalogs so the
 * feature's keys live together; en.ts, hi.ts and te.ts mount them as `rewards`, and `typeof en` makes
 * a key missing in Hindi or Telugu fail the typecheck.
 */
const n = (x: number, locale: string) => x.toLocaleString(locale);

export const en = {
  points: {
    title: 'Loyalty points',
    balance: (x: number) => (x === 1 ? '1 point' : `${n(x, 'en-IN')} points`),
    worth: (money: string) => `worth ${money} at checkout`,
    rules: (min: number) =>
      `You earn 1 point for every full ₹10 of ticket price on shows you attend; they arrive when your ticket is scanned at the door, or a day after the show. Each point is worth ₹0.25 off the tickets (up to half their price) once you have ${min} points. Cancelling a booking gives back the points it used and removes the points it earned.`,
    recent: 'Recent points',
    caption: 'Your recent points, newest first',
    when: 'Date',
    what: 'What',
    change: 'Points',
    none: 'No points yet. You earn them on the shows you attend.',
    earn: (title: string) => `Earned on ${title}`,
    redeem: (title: string) => `Spent on ${title}`,
    reverse: (title: string) => `Booking cancelled: ${title}`,
    forgiven: (x: number) => `${n(x, 'en-IN')} points you had already spent were not taken back.`,
  },
  checkout: {
    legend: 'Loyalty points',
    use: (x: number, money: string) => `Use ${n(x, 'en-IN')} points (−${money})`,
    youPay: (money: string) => `With points you pay ${money}; the GST is worked out again on the lower ticket price.`,
    tooFew: (x: number, min: number) => `You have ${n(x, 'en-IN')} points. Points can be spent once you have ${n(min, 'en-IN')}.`,
    discount: (x: number) => `Loyalty points (${n(x, 'en-IN')})`,
    pointsGone: 'Your points were just used on another booking, so they cannot pay for this one. You have not been charged; pay without points or try again.',
  },
  waitlist: {
    heading: 'Sold out? Wait for seats',
    intro: 'Join the waitlist and we will email you (and text you, if you chose SMS) as soon as enough seats come free. Seats are not kept for you: whoever books first gets them.',
    seatsLabel: 'Seats you want',
    join: 'Tell me when seats free up',
    joined: (x: number) => `You are on the waitlist for ${x === 1 ? '1 seat' : `${x} seats`}. We will tell you when seats come free.`,
    notified: 'We told you seats came free. They go to whoever books first; join again to hear about the next ones.',
    leave: 'Leave the waitlist',
    left: 'You have left the waitlist.',
    notNeeded: 'Enough seats are free right now, so there is no need to wait: pick your seats on the map.',
    login: 'Log in to join the waitlist',
  },
};

export const hi: typeof en = {
  points: {
    title: 'लॉयल्टी पॉइंट',
    balance: (x) => `${n(x, 'hi-IN')} पॉइंट`,
    worth: (money) => `चेकआउट पर ${money} के बराबर`,
    rules: (min) =>
      `जिन शो में आप जाते हैं, उनके टिकट मूल्य के हर पूरे ₹10 पर आपको 1 पॉइंट मिलता है; पॉइंट दरवाज़े पर टिकट स्कैन होते ही, या शो के एक दिन बाद जुड़ते हैं। ${min} पॉइंट हो जाने पर हर पॉइंट टिकटों पर ₹0.25 की छूट देता है (टिकट मूल्य के आधे तक)। बुकिंग रद्द करने पर उसमें लगे पॉइंट लौट आते हैं और उससे कमाए पॉइंट हट जाते हैं।`,
    recent: 'हाल के पॉइंट',
    caption: 'आपके हाल के पॉइंट, नए पहले',
    when: 'तारीख़',
    what: 'विवरण',
    change: 'पॉइंट',
    none: 'अभी कोई पॉइंट नहीं। जिन शो में आप जाते हैं, उन पर पॉइंट मिलते हैं।',
    earn: (title) => `${title} पर कमाए`,
    redeem: (title) => `${title} पर ख़र्च किए`,
    reverse: (title) => `बुकिंग रद्द: ${title}`,
    forgiven: (x) => `आपके पहले से ख़र्च किए गए ${n(x, 'hi-IN')} पॉइंट वापस नहीं लिए गए।`,
  },
  checkout: {
    legend: 'लॉयल्टी पॉइंट',
    use: (x, money) => `${n(x, 'hi-IN')} पॉइंट इस्तेमाल करें (−${money})`,
    youPay: (money) => `पॉइंट के साथ आप ${money} चुकाएँगे; GST कम हुए टिकट मूल्य पर फिर से जोड़ा जाता है।`,
    tooFew: (x, min) => `आपके पास ${n(x, 'hi-IN')} पॉइंट हैं। ${n(min, 'hi-IN')} पॉइंट होने पर उन्हें ख़र्च किया जा सकता है।`,
    discount: (x) => `लॉयल्टी पॉइंट (${n(x, 'hi-IN')})`,
    pointsGone: 'आपके पॉइंट अभी-अभी किसी दूसरी बुकिंग में इस्तेमाल हो गए, इसलिए इस बुकिंग में नहीं लग सकते। आपसे कोई पैसा नहीं लिया गया है; बिना पॉइंट के भुगतान करें या फिर से कोशिश करें।',
  },
  waitlist: {
    heading: 'हाउसफ़ुल? सीटों का इंतज़ार करें',
    intro: 'प्रतीक्षा सूची में शामिल हों, जैसे ही पर्याप्त सीटें ख़ाली होंगी हम आपको ईमेल करेंगे (और अगर आपने SMS चुना है तो SMS भी)। सीटें आपके लिए रोकी नहीं जातीं: जो पहले बुक करेगा उसे मिलेंगी।',
    seatsLabel: 'आपको कितनी सीटें चाहिए',
    join: 'सीटें ख़ाली होने पर मुझे बताएँ',
    joined: (x) => `आप ${x} ${x === 1 ? 'सीट' : 'सीटों'} के लिए प्रतीक्षा सूची में हैं। सीटें ख़ाली होते ही हम आपको बताएँगे।`,
    notified: 'हमने आपको बताया था कि सीटें ख़ाली हुई हैं। वे पहले बुक करने वाले को मिलती हैं; अगली सीटों की ख़बर के लिए फिर से शामिल हों।',
    leave: 'प्रतीक्षा सूची छोड़ें',
    left: 'आपने प्रतीक्षा सूची छोड़ दी है।',
    notNeeded: 'अभी पर्याप्त सीटें ख़ाली हैं, इंतज़ार की ज़रूरत नहीं: नक़्शे पर अपनी सीटें चुनें।',
    login: 'प्रतीक्षा सूची में शामिल होने के लिए लॉग इन करें',
  },
};

export const te: typeof en = {
  points: {
    title: 'లాయల్టీ పాయింట్లు',
    balance: (x) => (x === 1 ? '1 పాయింట్' : `${n(x, 'te-IN')} పాయింట్లు`),
    worth: (money) => `చెకౌట్‌లో ${money} విలువ`,
    rules: (min) =>
      `మీరు హాజరైన షోల టికెట్ ధరలో ప్రతి పూర్తి ₹10కి 1 పాయింట్ వస్తుంది; గేటు వద్ద టికెట్ స్కాన్ అయిన వెంటనే, లేదా షో అయిన ఒక రోజు తర్వాత పాయింట్లు జమ అవుతాయి. మీ దగ్గర ${min} పాయింట్లు ఉన్నప్పుడు ప్రతి పాయింట్ టికెట్లపై ₹0.25 తగ్గింపు ఇస్తుంది (టికెట్ ధరలో సగం వరకు). బుకింగ్ రద్దు చేస్తే దానికి వాడిన పాయింట్లు తిరిగి వస్తాయి, దాని వల్ల వచ్చిన పాయింట్లు తీసివేయబడతాయి.`,
    recent: 'ఇటీవలి పాయింట్లు',
    caption: 'మీ ఇటీవలి పాయింట్లు, కొత్తవి ముందు',
    when: 'తేదీ',
    what: 'వివరం',
    change: 'పాయింట్లు',
    none: 'ఇంకా పాయింట్లు లేవు. మీరు హాజరైన షోలపై పాయింట్లు వస్తాయి.',
    earn: (title) => `${title}పై సంపాదించారు`,
    redeem: (title) => `${title}పై ఖర్చు చేశారు`,
    reverse: (title) => `బుకింగ్ రద్దు: ${title}`,
    forgiven: (x) => `మీరు ఇప్పటికే ఖర్చు చేసిన ${n(x, 'te-IN')} పాయింట్లు వెనక్కి తీసుకోలేదు.`,
  },
  checkout: {
    legend: 'లాయల్టీ పాయింట్లు',
    use: (x, money) => `${n(x, 'te-IN')} పాయింట్లు వాడండి (−${money})`,
    youPay: (money) => `పాయింట్లతో మీరు ${money} చెల్లిస్తారు; తగ్గిన టికెట్ ధరపై GST మళ్లీ లెక్కిస్తాం.`,
    tooFew: (x, min) => `మీ దగ్గర ${n(x, 'te-IN')} పాయింట్లు ఉన్నాయి. ${n(min, 'te-IN')} పాయింట్లు అయ్యాక వాటిని ఖర్చు చేయవచ్చు.`,
    discount: (x) => `లాయల్టీ పాయింట్లు (${n(x, 'te-IN')})`,
    pointsGone: 'మీ పాయింట్లు ఇప్పుడే మరో బుకింగ్‌లో వాడబడ్డాయి, కాబట్టి ఈ బుకింగ్‌కు వాడలేం. మీ నుండి డబ్బు తీసుకోలేదు; పాయింట్లు లేకుండా చెల్లించండి లేదా మళ్లీ ప్రయత్నించండి.',
  },
  waitlist: {
    heading: 'హౌస్‌ఫుల్? సీట్ల కోసం వేచి ఉండండి',
    intro: 'వెయిటింగ్ లిస్ట్‌లో చేరండి; సరిపడా సీట్లు ఖాళీ అవగానే మీకు ఈమెయిల్ చేస్తాం (మీరు SMS ఎంచుకుంటే SMS కూడా). సీట్లు మీ కోసం ఆపి ఉంచం: ముందుగా బుక్ చేసినవారికే దక్కుతాయి.',
    seatsLabel: 'మీకు కావలసిన సీట్లు',
    join: 'సీట్లు ఖాళీ అయినప్పుడు నాకు చెప్పండి',
    joined: (x) => `మీరు ${x} ${x === 1 ? 'సీటు' : 'సీట్ల'} కోసం వెయిటింగ్ లిస్ట్‌లో ఉన్నారు. సీట్లు ఖాళీ అవగానే మీకు చెబుతాం.`,
    notified: 'సీట్లు ఖాళీ అయ్యాయని మీకు చెప్పాం. ముందుగా బుక్ చేసినవారికే దక్కుతాయి; తర్వాతి సీట్ల గురించి తెలుసుకోవడానికి మళ్లీ చేరండి.',
    leave: 'వెయిటింగ్ లిస్ట్ నుండి తప్పుకోండి',
    left: 'మీరు వెయిటింగ్ లిస్ట్ నుండి తప్పుకున్నారు.',
    notNeeded: 'ఇప్పుడు సరిపడా సీట్లు ఖాళీగా ఉన్నాయి, వేచి ఉండనవసరం లేదు: మ్యాప్‌లో మీ సీట్లు ఎంచుకోండి.',
    login: 'వెయిటింగ్ లిస్ట్‌లో చేరడానికి లాగిన్ అవ్వండి',
  },
};
