import type { LayoutSpec, SeatType } from './seat-layout.js';
import type { AutoLeaseRule } from './auto-lease.js';

export interface City {
  id: string;
  name: string;
}

export interface CancellationPolicy {
  /** Tiers from the earliest: at least `hoursBefore` hours before the show, refund `refundPercent`% of tickets. */
  tiers: { hoursBefore: number; refundPercent: number }[];
}

export interface Theater {
  id: string;
  cityId: string;
  name: string;
  address: string;
  timezone: string;
  amenities: string[];
  cancellationPolicy: CancellationPolicy;
  /** Convenience fee in basis points of the tickets (175 = 1.75%), GST included. */
  convenienceFeeBps: number;
  /** Minutes a screen needs between one show's end and the next start (default 20). */
  cleaningMinutes?: number;
  /** Kiosks ask for a few seats of each show ahead of time (docs/kiosk.md); absent: off. */
  autoLease?: AutoLeaseRule;
}

export interface Screen {
  id: string;
  theaterId: string;
  name: string;
  layoutVersion: number;
  seatsTotal: number;
}

export interface ScreenLayout {
  screenId: string;
  version: number;
  spec: LayoutSpec;
}

export interface Movie {
  id: string;
  title: string;
  languages: string[];
  genres: string[];
  certificate: 'U' | 'UA' | 'UA7+' | 'UA13+' | 'UA16+' | 'A' | 'S';
  durationMinutes: number;
  synopsis: string;
  cast: string[];
  rating: number | null;
  releaseDate: string;
  /** File name of the uploaded poster, served at /posters/<posterFile>. */
  posterFile?: string;
}

export interface Showtime {
  id: string;
  movieId: string;
  theaterId: string;
  screenId: string;
  cityId: string;
  /** UTC instant, ISO-8601. */
  startsAt: string;
  endsAt: string;
  timezone: string;
  localDate: string;
  language: string;
  format: string;
  prices: Partial<Record<SeatType, number>>;
  layoutVersion: number;
  seatsTotal: number;
  seatsSold: number;
  status: 'scheduled' | 'cancelled';
  movieTitle: string;
  theaterName: string;
  screenName: string;
}

export const DEFAULT_CANCELLATION_POLICY: CancellationPolicy = {
  tiers: [
    { hoursBefore: 24, refundPercent: 75 },
    { hoursBefore: 4, refundPercent: 50 },
  ],
};
