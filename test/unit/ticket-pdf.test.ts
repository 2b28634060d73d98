import { describe, expect, it } from 'vitest';
import { signTicket, verifyTicket } from '../../server/domain/ticket-signing.js';
import { ephemeralKeyring } from '../../server/tickets/keys.js';
import { scriptRuns } from '../../server/tickets/script-runs.js';
import { renderTicketPdf, showTimeText } from '../../server/tickets/ticket-pdf.js';
import { TICKET_LABELS } from '../../server/tickets/ticket-labels.js';
import { qrPayloads, readPdf } from '../helpers/pdf-inspect.js';

const ring = ephemeralKeyring('k1');

function input(lang: string, seats: string[], movieTitle = 'Monsoon Express') {
  return {
    lang,
    bookingId: 'MVM-20261201-7QK2ZP4D',
    movieTitle,
    theaterName: 'Charminar Cinemas',
    theaterAddress: 'Pathergatti Road, Hyderabad',
    screenName: 'Screen 1',
    startsAt: new Date('2026-12-02T15:00:00Z'),
    timezone: 'Asia/Kolkata',
    amountMinor: 162800,
    tickets: seats.map((seat) => ({
      seat,
      payload: signTicket({ bookingId: 'MVM-20261201-7QK2ZP4D', showtimeId: 'show-1', seat, keyId: 'k1' }, ring.privateKey),
    })),
  };
}

describe('ticket PDF rendering', () => {
  it('prints Hindi labels and titles with an embedded Devanagari font', async () => {
    const pdf = await renderTicketPdf(input('hi', ['A1', 'A2'], 'मानसून एक्सप्रेस'));
    const { text, fonts } = await readPdf(pdf);
    expect(fonts.some((f) => f.includes('NotoSansDevanagari'))).toBe(true);
    expect(text[0]).toContain('सीट');
    expect(text[0]).toMatch(/[\u0900-\u097f]{4}/);
    expect(qrPayloads(pdf).map((p) => verifyTicket(p ?? '', (id) => ring.publicKeys.get(id)).ok)).toEqual([true, true]);
  });

  it('prints Telugu, including clusters fontkit cannot position (శ్రీ), with an embedded Telugu font', async () => {
    const pdf = await renderTicketPdf(input('te', ['A1'], 'శ్రీ గోదావరి'));
    const { text, fonts } = await readPdf(pdf);
    expect(fonts.some((f) => f.includes('NotoSansTelugu'))).toBe(true);
    expect(text[0]).toMatch(/[\u0c00-\u0c7f]{3}/);
    expect(text[0]).toContain('MVM-20261201-7QK2ZP4D');
  });

  it('has a label for every field in every language', () => {
    const keys = Object.keys(TICKET_LABELS.en).sort();
    for (const labels of Object.values(TICKET_LABELS)) expect(Object.keys(labels).sort()).toEqual(keys);
  });

  it('shows the time on the theater clock with its zone', () => {
    expect(showTimeText(new Date('2026-12-02T15:00:00Z'), 'Asia/Kolkata', 'en-IN')).toBe('Wed, 2 Dec, 2026, 8:30 pm IST');
    expect(showTimeText(new Date('2026-12-02T15:00:00Z'), 'Asia/Dubai', 'en-IN')).toMatch(/7:00 pm GST$/);
  });

  it('cuts mixed text into runs per script, keeping joiners with their cluster', () => {
    expect(scriptRuns('सीट A1 ₹10')).toEqual([
      { face: 'devanagari', text: 'सीट' },
      { face: 'latin', text: ' A1 ' },
      { face: 'latinExt', text: '₹' },
      { face: 'latin', text: '10' },
    ]);
    expect(scriptRuns('ఫోన్‌లో')).toEqual([{ face: 'telugu', text: 'ఫోన్‌లో' }]);
  });
});
