import { escapeHtml } from '../../domain/escape-html.js';

interface VerifyWords {
  subject: (code: string) => string;
  hello: (name: string) => string;
  code: (code: string, minutes: number) => string;
  enterAt: (url: string) => string;
  link: string;
  notYou: string;
}

/** The sign-up code email in the language of the page the account was made on. */
const WORDS: Record<string, VerifyWords> = {
  en: {
    subject: (code) => `${code} is your Movie Magic verification code`,
    hello: (name) => `Hello ${name},`,
    code: (code, minutes) => `Your Movie Magic verification code is ${code}. It is valid for ${minutes} minutes.`,
    enterAt: (url) => `Enter it at ${url}`,
    link: 'Verify your email',
    notYou: 'If you did not create an account, ignore this email.',
  },
  hi: {
    subject: (code) => `${code} आपका Movie Magic सत्यापन कोड है`,
    hello: (name) => `नमस्ते ${name},`,
    code: (code, minutes) => `आपका Movie Magic सत्यापन कोड ${code} है। यह ${minutes} मिनट तक मान्य है।`,
    enterAt: (url) => `इसे यहाँ डालें: ${url}`,
    link: 'अपना ईमेल सत्यापित करें',
    notYou: 'अगर आपने खाता नहीं बनाया है, तो इस ईमेल को अनदेखा करें।',
  },
  te: {
    subject: (code) => `${code} మీ Movie Magic ధృవీకరణ కోడ్`,
    hello: (name) => `నమస్కారం ${name},`,
    code: (code, minutes) => `మీ Movie Magic ధృవీకరణ కోడ్ ${code}. ఇది ${minutes} నిమిషాలు చెల్లుతుంది.`,
    enterAt: (url) => `దీన్ని ఇక్కడ నమోదు చేయండి: ${url}`,
    link: 'మీ ఈమెయిల్ ధృవీకరించండి',
    notYou: 'మీరు ఖాతా తెరవకపోతే, ఈ ఈమెయిల్‌ను పట్టించుకోకండి.',
  },
};

export function verifyEmailMessage(p: { name: string; code: string; minutes: number; verifyUrl: string; lang?: string }) {
  const w = WORDS[p.lang ?? 'en'] ?? WORDS.en;
  const subject = w.subject(p.code);
  const text = `${w.hello(p.name)}\n\n` + `${w.code(p.code, p.minutes)}\n` + `${w.enterAt(p.verifyUrl)}\n\n` + `${w.notYou}\n`;
  const html =
    `<p>${escapeHtml(w.hello(p.name))}</p>` +
    `<p>${escapeHtml(w.code(p.code, p.minutes)).replace(p.code, `<strong>${p.code}</strong>`)}</p>` +
    `<p><a href="${escapeHtml(p.verifyUrl)}">${escapeHtml(w.link)}</a></p>` +
    `<p>${escapeHtml(w.notYou)}</p>`;
  return { subject, text, html };
}
