import type { Lang } from '../../server/domain/i18n/lang.js';

/**
 * Names of movie languages, genres and cities as the catalog stores them (in English), for display in
 * Hindi and Telugu. Only the label changes: filters and links keep the stored value, so the
 * movie-language filter stays independent of the page language. Unknown names show as stored.
 */
const NAMES: Record<Exclude<Lang, 'en'>, Record<string, string>> = {
  hi: {
    English: 'अंग्रेज़ी',
    Hindi: 'हिन्दी',
    Telugu: 'तेलुगु',
    Tamil: 'तमिल',
    Kannada: 'कन्नड़',
    Malayalam: 'मलयालम',
    Bengali: 'बांग्ला',
    Marathi: 'मराठी',
    Action: 'एक्शन',
    Adventure: 'एडवेंचर',
    Animation: 'एनिमेशन',
    Comedy: 'कॉमेडी',
    Drama: 'ड्रामा',
    Family: 'पारिवारिक',
    Horror: 'हॉरर',
    Musical: 'म्यूज़िकल',
    Romance: 'रोमांस',
    'Science fiction': 'साइंस फ़िक्शन',
    Thriller: 'थ्रिलर',
    // Cities (names typed by staff for a new city show as typed).
    Hyderabad: 'हैदराबाद',
    Mumbai: 'मुंबई',
    Bengaluru: 'बेंगलुरु',
    Chennai: 'चेन्नई',
    Delhi: 'दिल्ली',
    Kolkata: 'कोलकाता',
    Pune: 'पुणे',
    Ahmedabad: 'अहमदाबाद',
    Jaipur: 'जयपुर',
    Lucknow: 'लखनऊ',
    Kochi: 'कोच्चि',
    Vijayawada: 'विजयवाड़ा',
    Visakhapatnam: 'विशाखापत्तनम',
    Warangal: 'वारंगल',
    Tirupati: 'तिरुपति',
  },
  te: {
    English: 'ఇంగ్లీష్',
    Hindi: 'హిందీ',
    Telugu: 'తెలుగు',
    Tamil: 'తమిళం',
    Kannada: 'కన్నడ',
    Malayalam: 'మలయాళం',
    Bengali: 'బెంగాలీ',
    Marathi: 'మరాఠీ',
    Action: 'యాక్షన్',
    Adventure: 'సాహసం',
    Animation: 'యానిమేషన్',
    Comedy: 'కామెడీ',
    Drama: 'డ్రామా',
    Family: 'కుటుంబ కథ',
    Horror: 'హారర్',
    Musical: 'మ్యూజికల్',
    Romance: 'రొమాన్స్',
    'Science fiction': 'సైన్స్ ఫిక్షన్',
    Thriller: 'థ్రిల్లర్',
    // Cities (names typed by staff for a new city show as typed).
    Hyderabad: 'హైదరాబాద్',
    Mumbai: 'ముంబై',
    Bengaluru: 'బెంగళూరు',
    Chennai: 'చెన్నై',
    Delhi: 'ఢిల్లీ',
    Kolkata: 'కోల్‌కతా',
    Pune: 'పుణె',
    Ahmedabad: 'అహ్మదాబాద్',
    Jaipur: 'జైపూర్',
    Lucknow: 'లక్నో',
    Kochi: 'కొచ్చి',
    Vijayawada: 'విజయవాడ',
    Visakhapatnam: 'విశాఖపట్నం',
    Warangal: 'వరంగల్',
    Tirupati: 'తిరుపతి',
  },
};

/** A stored movie language, genre or city, named in the page language. */
export function dataName(lang: Lang, stored: string): string {
  return lang === 'en' ? stored : (NAMES[lang][stored] ?? stored);
}
