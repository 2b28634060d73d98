import { showTimeText } from '../../domain/show-time-label.js';
import { renderEmail } from './email-layout.js';

/** "Seats are free" for someone on a sold-out show's waitlist: email and SMS, in English, Hindi and Telugu. */
export interface SeatsFreeContext {
  name: string;
  lang: string;
  movieTitle: string;
  theaterName: string;
  screenName: string;
  startsAt: string;
  timezone: string;
  /** How many seats they asked for. */
  seats: number;
  /** The show's seat map. */
  link: string;
}

interface SeatsFreeWords {
  locale: string;
  subject: (title: string, when: string) => string;
  heading: string;
  hello: (name: string) => string;
  intro: (title: string, when: string) => string;
  firstCome: string;
  wanted: (n: number) => string;
  button: string;
  movie: string;
  theater: string;
  showTime: string;
  footer: string;
  sms: (title: string, when: string, link: string) => string;
}

const en: SeatsFreeWords = {
  locale: 'en-IN',
  subject: (title, when) => `Seats are free again: ${title}, ${when}`,
  heading: 'Seats have come free',
  hello: (name) => `Hello ${name},`,
  intro: (title, when) => `Seats have come free for ${title} at ${when}, the show you asked us to watch for.`,
  firstCome: 'They are not kept for you: the first to book them gets them, so book soon if you still want to go.',
  wanted: (n) => `You asked for ${n === 1 ? '1 seat' : `${n} seats`}.`,
  button: 'Pick your seats',
  movie: 'Movie',
  theater: 'Theater',
  showTime: 'Show time',
  footer: 'Movie Magic · You get this email because you joined the waitlist of this show.',
  sms: (title, when, link) => `Movie Magic: seats free for ${title}, ${when}. First come, first served: ${link}`,
};

const hi: SeatsFreeWords = {
  locale: 'hi-IN',
  subject: (title, when) => `सीटें फिर से ख़ाली हैं: ${title}, ${when}`,
  heading: 'सीटें ख़ाली हुई हैं',
  hello: (name) => `नमस्ते ${name},`,
  intro: (title, when) => `${when} के ${title} शो में सीटें ख़ाली हुई हैं, जिस शो के लिए आपने हमें नज़र रखने को कहा था।`,
  firstCome: 'ये सीटें आपके लिए रोकी नहीं गई हैं: जो पहले बुक करेगा उसे मिलेंगी, इसलिए अगर आप अब भी जाना चाहते हैं तो जल्दी बुक करें।',
  wanted: (n) => `आपने ${n} ${n === 1 ? 'सीट' : 'सीटें'} माँगी थीं।`,
  button: 'अपनी सीटें चुनें',
  movie: 'फ़िल्म',
  theater: 'थिएटर',
  showTime: 'शो का समय',
  footer: 'Movie Magic · यह ईमेल आपको इसलिए मिला है क्योंकि आप इस शो की प्रतीक्षा सूची में शामिल हुए थे।',
  sms: (title, when, link) => `Movie Magic: ${title}, ${when} में सीटें ख़ाली हैं। पहले आओ, पहले पाओ: ${link}`,
};

const te: SeatsFreeWords = {
  locale: 'te-IN',
  subject: (title, when) => `సీట్లు మళ్లీ ఖాళీ అయ్యాయి: ${title}, ${when}`,
  heading: 'సీట్లు ఖాళీ అయ్యాయి',
  hello: (name) => `నమస్తే ${name},`,
  intro: (title, when) => `మీరు కనిపెట్టమని అడిగిన ${when} ${title} షోలో సీట్లు ఖాళీ అయ్యాయి.`,
  firstCome: 'ఈ సీట్లు మీ కోసం ఆపి ఉంచలేదు: ముందుగా బుక్ చేసినవారికే దక్కుతాయి, కాబట్టి ఇంకా వెళ్లాలనుకుంటే త్వరగా బుక్ చేయండి.',
  wanted: (n) => `మీరు ${n} ${n === 1 ? 'సీటు' : 'సీట్లు'} అడిగారు.`,
  button: 'మీ సీట్లు ఎంచుకోండి',
  movie: 'సినిమా',
  theater: 'థియేటర్',
  showTime: 'షో సమయం',
  footer: 'Movie Magic · మీరు ఈ షో వెయిటింగ్ లిస్ట్‌లో చేరినందున ఈ ఈమెయిల్ మీకు వచ్చింది.',
  sms: (title, when, link) => `Movie Magic: ${title}, ${when} షోలో సీట్లు ఖాళీ. ముందు వచ్చినవారికే: ${link}`,
};

const WORDS: Record<string, SeatsFreeWords> = { en, hi, te };
const wordsFor = (lang: string) => WORDS[lang] ?? en;

export function seatsFreeEmail(ctx: SeatsFreeContext): { subject: string; text: string; html: string } {
  const w = wordsFor(ctx.lang);
  const when = showTimeText(new Date(ctx.startsAt), ctx.timezone, w.locale);
  const body = renderEmail({
    heading: w.heading,
    paragraphs: [w.hello(ctx.name), w.intro(ctx.movieTitle, when), w.wanted(ctx.seats), w.firstCome],
    details: [
      [w.movie, ctx.movieTitle],
      [w.theater, `${ctx.theaterName} · ${ctx.screenName}`],
      [w.showTime, when],
    ],
    buttons: [{ label: w.button, href: ctx.link }],
    footer: w.footer,
    lang: ctx.lang,
  });
  return { subject: w.subject(ctx.movieTitle, when), ...body };
}

export function seatsFreeSms(ctx: SeatsFreeContext): string {
  const w = wordsFor(ctx.lang);
  return w.sms(ctx.movieTitle, showTimeText(new Date(ctx.startsAt), ctx.timezone, w.locale), ctx.link);
}
