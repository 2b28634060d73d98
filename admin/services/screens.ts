import type { Screen } from '../../server/domain/catalog.js';
import { AppError } from '../../server/domain/errors.js';
import { fieldsError } from '../../server/domain/field-hints.js';
import { expandLayout } from '../../server/domain/seat-layout.js';
import { getLayout } from '../../server/store/catalog.js';
import { addLayoutVersion, createScreen, getScreen } from '../../server/store/catalog-admin.js';
import type { Db } from '../../server/store/db.js';
import { auditOf } from './audit-log.js';
import { slugOf } from './form-input.js';
import { layoutNote, specOf, summarizeSeats, summaryText, type LayoutForm } from './layout-editor.js';

type Who = { id: string; email: string; name: string };

export function checkScreenName(name: string): string {
  const n = name.trim();
  if (n.length < 1 || n.length > 40) throw fieldsError('Give the screen a name of up to 40 characters.', { name: ['Up to 40 characters.', n ? { code: 'maxChars', max: 40 } : { code: 'required' }] });
  return n;
}

/** A new screen at `theaterId` with layout version 1. */
export async function addScreen(db: Db, who: Who, theaterId: string, name: string, layout: LayoutForm, now: Date): Promise<Screen> {
  const screenName = checkScreenName(name);
  const spec = specOf(layout);
  const summary = summarizeSeats(expandLayout(spec));
  for (let n = 1; n <= 20; n++) {
    const screen: Screen = {
      id: `${theaterId}-${slugOf(screenName)}${n === 1 ? '' : `-${n}`}`,
      theaterId,
      name: screenName,
      layoutVersion: 1,
      seatsTotal: summary.seats,
    };
    const audit = auditOf(who, theaterId, 'screen.create', screen.id, { after: `${screenName}, ${summaryText(1, summary)}`, afterNote: layoutNote(1, summary, screenName) }, now);
    if (await createScreen(db, screen, spec, audit)) return screen;
  }
  throw fieldsError('Choose another name for the screen.', { name: ['Choose another name.', { code: 'nameTaken' }] });
}

/**
 * Saves the edited layout as the screen's next version. Showtimes already scheduled keep the
 * version they were made with (their seats and prices stay as sold); new showtimes use this one.
 */
export async function saveScreenLayout(db: Db, who: Who, screen: Screen, layout: LayoutForm, now: Date): Promise<number> {
  const spec = specOf(layout);
  const summary = summarizeSeats(expandLayout(spec));
  const old = await getLayout(db, screen.id, screen.layoutVersion);
  const oldSummary = old ? summarizeSeats(expandLayout(old.spec)) : undefined;
  const before = old && oldSummary ? summaryText(old.version, oldSummary) : undefined;
  const version = screen.layoutVersion + 1;
  const audit = auditOf(who, screen.theaterId, 'screen.layout', screen.id, { before, after: summaryText(version, summary), beforeNote: old && oldSummary ? layoutNote(old.version, oldSummary) : undefined, afterNote: layoutNote(version, summary) }, now);
  if (!(await addLayoutVersion(db, screen, { screenId: screen.id, version, spec }, summary.seats, audit))) {
    throw new AppError('edit_conflict', 'Someone saved this layout a moment ago. Reload to see their version, then make your change again.');
  }
  return version;
}

export async function screenWithLayout(db: Db, id: string) {
  const screen = await getScreen(db, id);
  if (!screen) throw new AppError('not_found', 'There is no screen with that id.');
  const layout = await getLayout(db, screen.id, screen.layoutVersion);
  if (!layout) throw new AppError('not_found', 'This screen has no layout.');
  return { screen, layout };
}
