import { describe, expect, it } from 'vitest';
import { byChannel, byMovie, byScreen, changePct, fillDays, occupancyPct, periodEnding, previousPeriod, totalsOf } from '../../admin/services/analytics.js';
import { formRows, gridSpec, layoutFromForm, specOf } from '../../admin/services/layout-editor.js';
import { toCsv } from '../../admin/services/report-table.js';
import { parseSeatList } from '../../admin/services/seat-list.js';
import { AppError } from '../../server/domain/errors.js';
import { imageTypeOf } from '../../server/domain/image-type.js';
import { expandLayout } from '../../server/domain/seat-layout.js';
import type { DayAgg, ShowAgg } from '../../server/store/sales-aggregates.js';

const day = (date: string, over: Partial<DayAgg> = {}): DayAgg => ({
  date, shows: 0, seatsOffered: 0, bookings: 0, seatsSold: 0, revenueMinor: 0, refundedMinor: 0, cancellations: 0,
  onlineBookings: 0, onlineSeats: 0, onlineRevenueMinor: 0, counterBookings: 0, counterSeats: 0, counterRevenueMinor: 0,
  kioskBookings: 0, kioskSeats: 0, kioskRevenueMinor: 0, pointsDiscountMinor: 0, ...over,
});

describe('report figures', () => {
  it('periods are theater-local days ending today, and trends compare with the one before', () => {
    const p = periodEnding('2027-03-01', 7);
    expect(p).toEqual({ from: '2027-02-23', to: '2027-03-01', days: 7 });
    expect(previousPeriod(p)).toEqual({ from: '2027-02-16', to: '2027-02-22', days: 7 });
    const filled = fillDays(p, [day('2027-02-25', { bookings: 2, revenueMinor: 5000 })]);
    expect(filled.map((d) => d.date)).toHaveLength(7);
    expect(filled[2].bookings).toBe(2);
    expect(filled[3].bookings).toBe(0);
  });

  it('adds up days, splits channels, and turns sold ÷ offered into occupancy', () => {
    const days = [
      day('2027-01-01', { shows: 4, seatsOffered: 400, seatsSold: 100, bookings: 40, revenueMinor: 3_000_000, onlineBookings: 30, onlineSeats: 75, onlineRevenueMinor: 2_250_000, counterBookings: 10, counterSeats: 25, counterRevenueMinor: 750_000 }),
      day('2027-01-02', { shows: 4, seatsOffered: 400, seatsSold: 300, bookings: 100, revenueMinor: 9_000_000, kioskBookings: 100, kioskSeats: 300, kioskRevenueMinor: 9_000_000 }),
    ];
    expect(totalsOf(days)).toMatchObject({ bookings: 140, seatsSold: 400, seatsOffered: 800, occupancyPct: 50, revenueMinor: 12_000_000, pointsDiscountMinor: 0 });
    expect(totalsOf([day('2027-01-01', { pointsDiscountMinor: 5000 }), day('2027-01-02', { pointsDiscountMinor: 2500 })]).pointsDiscountMinor).toBe(7500);
    expect(byChannel(days)).toEqual([
      { channel: 'online', bookings: 30, seats: 75, revenueMinor: 2_250_000 },
      { channel: 'counter', bookings: 10, seats: 25, revenueMinor: 750_000 },
      { channel: 'kiosk', bookings: 100, seats: 300, revenueMinor: 9_000_000 },
    ]);
    expect(occupancyPct(1, 3)).toBe(33.3);
    expect(occupancyPct(5, 0)).toBe(0);
    expect(changePct(150, 100)).toBe(50);
    expect(changePct(5, 0)).toBeNull();
  });

  it('ranks movies by revenue and gives occupancy per screen over scheduled shows only', () => {
    const show = (id: string, movie: string, screen: string, sold: number, revenue: number, status: ShowAgg['status'] = 'scheduled') =>
      ({ ...day('2027-01-01'), showtimeId: id, movieId: movie, movieTitle: movie.toUpperCase(), screenId: screen, screenName: screen, startsAt: '2027-01-01T10:00:00Z', status, seatsOffered: 100, seatsSold: sold, bookings: sold, revenueMinor: revenue }) as ShowAgg;
    const shows = [show('1', 'b', 's1', 50, 100), show('2', 'a', 's1', 30, 300), show('3', 'a', 's2', 10, 50), show('4', 'b', 's2', 0, 0, 'cancelled')];
    expect(byMovie(shows).map((m) => [m.movieId, m.revenueMinor, m.shows])).toEqual([['a', 350, 2], ['b', 100, 1]]);
    expect(byScreen(shows).map((s) => [s.screenId, s.shows, s.occupancyPct])).toEqual([['s1', 2, 40], ['s2', 1, 10]]);
  });

  it('writes CSV a spreadsheet reads safely: rupees, quoting, no formulas', () => {
    const csv = toCsv({
      id: 't',
      title: 'T',
      columns: [
        { key: 'name', label: 'Movie', kind: 'text' },
        { key: 'rev', label: 'Revenue', kind: 'money' },
        { key: 'occ', label: 'Occupancy', kind: 'percent' },
      ],
      rows: [
        { name: 'Chai, "and" Chaos', rev: 162800, occ: 33.333 },
        { name: '=HYPERLINK("x")', rev: 5, occ: 0 },
      ],
    });
    expect(csv.split('\r\n')).toEqual(['Movie,Revenue (INR),Occupancy (%)', '"Chai, ""and"" Chaos",1628.00,33.3', `"'=HYPERLINK(""x"")",0.05,0.0`, '']);
  });
});

describe('the layout editor', () => {
  it('reads rows from the form, fills missing labels, and gives the same rows back', () => {
    const form = { rowCount: '5', label_0: 'a', cells_0: 'rr..rr', label_1: '', cells_1: 'pppp', label_2: '', cells_2: '', label_3: '', cells_3: 'R R', label_4: 'e', cells_4: 'ccx' };
    const layout = layoutFromForm(form);
    expect(layout.rows).toHaveLength(4);
    const spec = specOf(layout);
    expect(spec.rows).toEqual([
      { label: 'A', cells: 'rr..rr' },
      { label: 'B', cells: 'pppp' },
      { label: 'C', cells: 'R.R' },
      { label: 'E', cells: 'ccx' },
    ]);
    expect(formRows(spec)).toEqual(spec.rows);
    expect(expandLayout(spec).filter((s) => !s.blocked)).toHaveLength(12);
  });

  it('fills a grid with aisles, and names what is wrong', () => {
    expect(gridSpec(2, 8, [2, 6]).rows).toEqual([{ label: 'A', cells: 'rr.rrrr.rr' }, { label: 'B', cells: 'rr.rrrr.rr' }]);
    const why = (rows: { label: string; cells: string }[]) => {
      try {
        specOf({ rows });
        return 'ok';
      } catch (err) {
        return (err as AppError).message;
      }
    };
    expect(why([])).toBe('Add at least one row of seats.');
    expect(why([{ label: 'A', cells: 'rrq' }])).toBe('Row A: use only r, p, R, c, w, x and . (gap).');
    expect(why([{ label: 'A', cells: '....' }])).toBe('Row A has no seats.');
    expect(why([{ label: 'A', cells: 'xx' }])).toBe('Every seat is blocked; leave at least one to sell.');
    expect(why([{ label: 'A', cells: 'rr' }, { label: 'A', cells: 'rr' }])).toBe('Row A appears twice.');
  });
});

describe('small readers', () => {
  it('knows a poster by its bytes, not its name', () => {
    expect(imageTypeOf(Buffer.from('89504e470d0a1a0a0000', 'hex'))).toBe('png');
    expect(imageTypeOf(Buffer.from('ffd8ffe000104a464946', 'hex'))).toBe('jpeg');
    expect(imageTypeOf(Buffer.from('RIFF\x10\x00\x00\x00WEBPVP8 ', 'latin1'))).toBe('webp');
    expect(imageTypeOf(Buffer.from('GIF89a'))).toBeNull();
    expect(imageTypeOf(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg">'))).toBeNull();
  });

  it('reads seat lists with ranges in one row', () => {
    expect(parseSeatList('a1-a3, B7 c2')).toEqual(['A1', 'A2', 'A3', 'B7', 'C2']);
    expect(() => parseSeatList('A3-B4')).toThrow('within one row');
    expect(() => parseSeatList('')).toThrow('at least one seat');
  });
});
