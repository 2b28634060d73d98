import type { StaffRole } from '../../domain/user.js';
import { renderEmail } from './email-layout.js';

interface InviteWords {
  subject: (theater: string) => string;
  heading: (theater: string) => string;
  invites: (who: string, theater: string, role: string) => string;
  howTo: (days: number) => string;
  again: string;
  button: string;
  footer: string;
  roles: Record<StaffRole, string>;
}

/**
 * The staff invitation email in the language the inviting manager chose for it (the
 * invitation's `lang`). Names of people and theaters stay as they are.
 */
const WORDS: Record<string, InviteWords> = {
  en: {
    subject: (theater) => `You are invited to ${theater} on Movie Magic`,
    heading: (theater) => `Join ${theater} on Movie Magic`,
    invites: (who, theater, role) => `${who} invites you to work at ${theater} as ${role}.`,
    howTo: (days) =>
      `Open the link to set your name and password (or, if you already have an account with this email, to sign in and accept). The link works once, for ${days} days.`,
    again: 'This is a new link: any earlier invitation link no longer works.',
    button: 'Accept the invitation',
    footer: 'If you did not expect this, ignore this email: nothing happens unless the link is used.',
    roles: { staff: 'box-office staff', manager: 'manager', owner: 'owner' },
  },
  hi: {
    subject: (theater) => `Movie Magic पर ${theater} से जुड़ने का आमंत्रण`,
    heading: (theater) => `Movie Magic पर ${theater} से जुड़ें`,
    invites: (who, theater, role) => `${who} आपको ${theater} में ${role} के रूप में काम करने के लिए आमंत्रित करते हैं।`,
    howTo: (days) =>
      `अपना नाम और पासवर्ड सेट करने के लिए लिंक खोलें (या, अगर इस ईमेल से आपका खाता पहले से है, तो लॉग इन करके स्वीकार करें)। लिंक एक बार, ${days} दिनों तक चलता है।`,
    again: 'यह नया लिंक है: आमंत्रण का कोई भी पुराना लिंक अब काम नहीं करता।',
    button: 'आमंत्रण स्वीकार करें',
    footer: 'अगर आपको इसकी उम्मीद नहीं थी, तो इस ईमेल को अनदेखा करें: लिंक इस्तेमाल न हो तो कुछ नहीं होता।',
    roles: { staff: 'बॉक्स-ऑफ़िस स्टाफ़', manager: 'मैनेजर', owner: 'मालिक' },
  },
  te: {
    subject: (theater) => `Movie Magic లో ${theater} లో చేరడానికి ఆహ్వానం`,
    heading: (theater) => `Movie Magic లో ${theater} లో చేరండి`,
    invites: (who, theater, role) => `${who} మిమ్మల్ని ${theater} లో ${role} గా పని చేయడానికి ఆహ్వానిస్తున్నారు.`,
    howTo: (days) =>
      `మీ పేరు, పాస్‌వర్డ్ సెట్ చేయడానికి లింక్ తెరవండి (లేదా, ఈ ఈమెయిల్‌తో మీకు ఇప్పటికే ఖాతా ఉంటే, లాగిన్ అయి అంగీకరించండి). లింక్ ఒక్కసారి, ${days} రోజుల పాటు పని చేస్తుంది.`,
    again: 'ఇది కొత్త లింక్: ఆహ్వానపు పాత లింక్ ఇక పని చేయదు.',
    button: 'ఆహ్వానాన్ని అంగీకరించండి',
    footer: 'మీరు దీన్ని ఊహించకపోతే, ఈ ఈమెయిల్‌ను పట్టించుకోకండి: లింక్ వాడకపోతే ఏమీ జరగదు.',
    roles: { staff: 'బాక్స్ ఆఫీస్ సిబ్బంది', manager: 'మేనేజర్', owner: 'యజమాని' },
  },
};

/** Subject, text and HTML of an invitation (`again`: a resend, whose earlier link stopped working). */
export function staffInviteMessage(p: { lang?: string; inviter: string; theater: string; role: StaffRole; link: string; days: number; again?: boolean }) {
  const lang = p.lang && WORDS[p.lang] ? p.lang : 'en';
  const w = WORDS[lang];
  const content = renderEmail({
    heading: w.heading(p.theater),
    paragraphs: [w.invites(p.inviter, p.theater, w.roles[p.role]), w.howTo(p.days), ...(p.again ? [w.again] : [])],
    buttons: [{ label: w.button, href: p.link }],
    footer: w.footer,
    lang,
  });
  return { lang, subject: w.subject(p.theater), ...content };
}
