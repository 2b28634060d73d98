import { DEFAULT_CANCELLATION_POLICY, type City, type Movie, type Theater } from '../domain/catalog.js';
import { rowLabel, type LayoutSpec } from '../domain/seat-layout.js';

/** The demo world local mode starts with: 3 cities, 7 theaters, movies in four languages. */
export const DEMO_CITIES: City[] = [
  { id: 'hyderabad', name: 'Hyderabad' },
  { id: 'mumbai', name: 'Mumbai' },
  { id: 'bengaluru', name: 'Bengaluru' },
];

const theater = (id: string, cityId: string, name: string, address: string, amenities: string[]): Theater => ({
  id,
  cityId,
  name,
  address,
  timezone: 'Asia/Kolkata',
  amenities,
  cancellationPolicy: DEFAULT_CANCELLATION_POLICY,
  convenienceFeeBps: 175,
});

export const DEMO_THEATERS: Theater[] = [
  theater('charminar-cinemas', 'hyderabad', 'Charminar Cinemas', 'Pathergatti Road, Hyderabad 500002', ['Parking', 'Food court']),
  theater('hitech-screens', 'hyderabad', 'Hitech Screens', 'HITEC City Main Road, Madhapur, Hyderabad 500081', ['Dolby Atmos', 'Recliners', 'Wheelchair access']),
  theater('marine-drive-talkies', 'mumbai', 'Marine Drive Talkies', 'Netaji Subhash Chandra Bose Road, Mumbai 400020', ['Heritage building', 'Wheelchair access']),
  theater('andheri-cineplex', 'mumbai', 'Andheri Cineplex', 'Link Road, Andheri West, Mumbai 400053', ['4K laser', 'Food court', 'Parking']),
  theater('lalbagh-pictures', 'bengaluru', 'Lalbagh Pictures', 'Lalbagh Fort Road, Bengaluru 560004', ['Parking']),
  theater('indiranagar-movie-house', 'bengaluru', 'Indiranagar Movie House', '100 Feet Road, Indiranagar, Bengaluru 560038', ['Recliners', 'Cafe']),
  theater('whitefield-grand', 'bengaluru', 'Whitefield Grand', 'ITPL Main Road, Whitefield, Bengaluru 560066', ['Dolby Atmos', 'Wheelchair access']),
];

/** The prototype's screen: rows A–G, ten seats each, an aisle in the middle. */
export const PROTOTYPE_LAYOUT: LayoutSpec = {
  rows: ['A', 'B', 'C', 'D', 'E', 'F', 'G'].map((label, i) => ({
    label,
    cells: i >= 5 ? 'ppppp.ppppp' : 'rrrrr.rrrrr',
  })),
};

/** A 1,200-seat hall: 30 rows of 40 seats in three blocks, recliners at the back. */
export function grandHallLayout(): LayoutSpec {
  return {
    rows: Array.from({ length: 30 }, (_, i) => {
      const t = i >= 27 ? 'R' : i >= 18 ? 'p' : 'r';
      const block = (n: number) => t.repeat(n);
      let cells = `${block(10)}..${block(20)}..${block(10)}`;
      if (i === 0) cells = `ww${block(8)}..${block(20)}..${block(8)}ww`;
      return { label: rowLabel(i), cells };
    }),
  };
}

/** A medium hall: 12 rows of 20, couple seats on the last row, two blocked seats for the projector post. */
export function mediumHallLayout(): LayoutSpec {
  return {
    rows: Array.from({ length: 12 }, (_, i) => {
      let cells = 'rrrrrrrrrr..rrrrrrrrrr';
      if (i === 0) cells = 'wwrrrrrrrr..rrrrrrrrww';
      if (i >= 8) cells = 'pppppppppp..pppppppppp';
      if (i === 6) cells = 'rrrrrrrrrx..xrrrrrrrrr';
      if (i === 11) cells = 'cccccccccc..cccccccccc';
      return { label: rowLabel(i), cells };
    }),
  };
}

export const DEMO_MOVIES: Movie[] = [
  {
    id: 'monsoon-express',
    title: 'Monsoon Express',
    languages: ['Hindi'],
    genres: ['Drama', 'Romance'],
    certificate: 'UA',
    durationMinutes: 148,
    synopsis: 'Two strangers share a compartment on the last train out of Mumbai before the rains close the line.',
    cast: ['Aarav Kapoor', 'Meera Joshi'],
    rating: 4.3,
    releaseDate: '2026-11-13',
  },
  {
    id: 'chai-and-chaos',
    title: 'Chai and Chaos',
    languages: ['Hindi'],
    genres: ['Comedy', 'Family'],
    certificate: 'U',
    durationMinutes: 126,
    synopsis: 'A tea stall owner accidentally becomes the campaign manager of the town mayor.',
    cast: ['Rohan Mehta', 'Sana Qureshi'],
    rating: 3.9,
    releaseDate: '2026-11-20',
  },
  {
    id: 'godavari-rising',
    title: 'Godavari Rising',
    languages: ['Telugu', 'Hindi'],
    genres: ['Action', 'Drama'],
    certificate: 'UA13+',
    durationMinutes: 165,
    synopsis: 'A boatman stands up to the sand mafia when the river his village lives on starts to disappear.',
    cast: ['Venkat Rao', 'Lakshmi Priya'],
    rating: 4.6,
    releaseDate: '2026-11-06',
  },
  {
    id: 'hyderabad-nights',
    title: 'Hyderabad Nights',
    languages: ['Telugu'],
    genres: ['Thriller'],
    certificate: 'A',
    durationMinutes: 139,
    synopsis: 'A night-shift cab driver finds a missing scientist in the back seat of his car.',
    cast: ['Karthik Reddy', 'Ananya Sharma'],
    rating: 4.1,
    releaseDate: '2026-11-20',
  },
  {
    id: 'kaveri-song',
    title: 'Kaveri Song',
    languages: ['Tamil'],
    genres: ['Musical', 'Drama'],
    certificate: 'U',
    durationMinutes: 152,
    synopsis: 'A temple singer and a rapper from Chennai make an album that neither of their families approves of.',
    cast: ['Arjun Subramanian', 'Divya Menon'],
    rating: 4.4,
    releaseDate: '2026-10-30',
  },
  {
    id: 'orbit-of-ashes',
    title: 'Orbit of Ashes',
    languages: ['English', 'Hindi'],
    genres: ['Science fiction', 'Adventure'],
    certificate: 'UA13+',
    durationMinutes: 171,
    synopsis: 'The last crew of a failing space station must choose who goes home on the only capsule.',
    cast: ['Nina Alvarez', 'Dev Patel Jr.'],
    rating: 4.0,
    releaseDate: '2026-11-13',
  },
  {
    id: 'paper-tigers',
    title: 'Paper Tigers',
    languages: ['English'],
    genres: ['Animation', 'Family'],
    certificate: 'U',
    durationMinutes: 98,
    synopsis: 'Origami animals come to life in a Kolkata bookshop and try to save it from closing.',
    cast: ['Voices of Priya Nair', 'Sam Carter'],
    rating: 4.2,
    releaseDate: '2026-11-25',
  },
];

/** Prices per seat type in paise, GST included (the prototype's ₹320 regular seat). */
export const DEMO_PRICES = { regular: 32000, premium: 42000, recliner: 65000, couple: 70000, wheelchair: 32000 };

export const DEMO_SHOW_TIMES = ['10:00', '13:30', '17:00', '20:30'];
