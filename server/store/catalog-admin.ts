import { BatchGetCommand, GetCommand, paginateQuery, PutCommand, TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { City, Movie, Screen, ScreenLayout, Theater } from '../domain/catalog.js';
import type { LayoutSpec } from '../domain/seat-layout.js';
import { auditPut, type AuditEntry } from './audit.js';
import { catalogItem, layoutItem } from './catalog.js';
import { isConditionFailure, isTransactionCancelled, type Db } from './db.js';

/** The catalog reads and writes of the admin panel (theaters, screens, layouts, movies). */
const CATALOG = 'CATALOG';

function strip<T>(item: Record<string, unknown>): T {
  const { pk: _pk, sk: _sk, type: _type, ...rest } = item;
  return rest as T;
}

async function getCatalog<T>(db: Db, sk: string): Promise<T | null> {
  const out = await db.doc.send(new GetCommand({ TableName: db.table, Key: { pk: CATALOG, sk }, ConsistentRead: true }));
  return out.Item ? strip<T>(out.Item) : null;
}

export const getScreen = (db: Db, id: string) => getCatalog<Screen>(db, `SCREEN#${id}`);
export const getMovie = (db: Db, id: string) => getCatalog<Movie>(db, `MOVIE#${id}`);

/** Theaters by id in one BatchGetItem (the panel's theater picker), sorted by name. */
export async function getTheaters(db: Db, ids: string[]): Promise<Theater[]> {
  const out: Theater[] = [];
  const unique = [...new Set(ids)];
  for (let i = 0; i < unique.length; i += 100) {
    let keys: Record<string, unknown>[] = unique.slice(i, i + 100).map((id) => ({ pk: CATALOG, sk: `THEATER#${id}` }));
    while (keys.length) {
      const res = await db.doc.send(new BatchGetCommand({ RequestItems: { [db.table]: { Keys: keys } } }));
      out.push(...(res.Responses?.[db.table] ?? []).map((item) => strip<Theater>(item)));
      keys = (res.UnprocessedKeys?.[db.table]?.Keys ?? []) as Record<string, unknown>[];
    }
  }
  return out.sort((a, b) => a.name.localeCompare(b.name));
}

async function listKind<T>(db: Db, prefix: string, filter?: { field: string; value: string }): Promise<T[]> {
  const items: T[] = [];
  const pages = paginateQuery(
    { client: db.doc },
    {
      TableName: db.table,
      KeyConditionExpression: 'pk = :p AND begins_with(sk, :k)',
      ...(filter ? { FilterExpression: '#f = :v', ExpressionAttributeNames: { '#f': filter.field } } : {}),
      ExpressionAttributeValues: { ':p': CATALOG, ':k': prefix, ...(filter ? { ':v': filter.value } : {}) },
    },
  );
  for await (const out of pages) items.push(...(out.Items ?? []).map((i) => strip<T>(i)));
  return items;
}

export const listCities = (db: Db) => listKind<City>(db, 'CITY#');
export const listMovies = async (db: Db) => (await listKind<Movie>(db, 'MOVIE#')).sort((a, b) => a.title.localeCompare(b.title));
export const listTheaterScreens = async (db: Db, theaterId: string) =>
  (await listKind<Screen>(db, 'SCREEN#', { field: 'theaterId', value: theaterId })).sort((a, b) => a.name.localeCompare(b.name, 'en', { numeric: true }));

/** A city is added once; adding it again changes nothing. */
export async function putCityIfNew(db: Db, city: City): Promise<void> {
  try {
    await db.doc.send(new PutCommand({ TableName: db.table, Item: catalogItem({ kind: 'city', value: city }), ConditionExpression: 'attribute_not_exists(pk)' }));
  } catch (err) {
    if (!isConditionFailure(err)) throw err;
  }
}

/** Creates (the id must be new) or replaces a theater, with its audit entry. False when a new id is taken. */
export async function saveTheater(db: Db, theater: Theater, opts: { create: boolean }, audit: AuditEntry): Promise<boolean> {
  try {
    await db.doc.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Put: {
              TableName: db.table,
              Item: catalogItem({ kind: 'theater', value: theater }),
              ConditionExpression: opts.create ? 'attribute_not_exists(pk)' : 'attribute_exists(pk)',
            },
          },
          auditPut(db.table, audit),
        ],
      }),
    );
    return true;
  } catch (err) {
    if (isTransactionCancelled(err)) return false;
    throw err;
  }
}

/** A new screen and its first layout version, all or nothing. */
export async function createScreen(db: Db, screen: Screen, spec: LayoutSpec, audit: AuditEntry): Promise<boolean> {
  try {
    await db.doc.send(
      new TransactWriteCommand({
        TransactItems: [
          { Put: { TableName: db.table, Item: catalogItem({ kind: 'screen', value: screen }), ConditionExpression: 'attribute_not_exists(pk)' } },
          { Put: { TableName: db.table, Item: layoutItem({ screenId: screen.id, version: screen.layoutVersion, spec }), ConditionExpression: 'attribute_not_exists(pk)' } },
          auditPut(db.table, audit),
        ],
      }),
    );
    return true;
  } catch (err) {
    if (isTransactionCancelled(err)) return false;
    throw err;
  }
}

/**
 * Writes layout version `from + 1` and points the screen at it, if the screen is still at
 * `from`. Older versions stay: showtimes already scheduled keep the version they were made with.
 */
export async function addLayoutVersion(db: Db, screen: Screen, layout: ScreenLayout, seatsTotal: number, audit: AuditEntry): Promise<boolean> {
  try {
    await db.doc.send(
      new TransactWriteCommand({
        TransactItems: [
          { Put: { TableName: db.table, Item: layoutItem(layout), ConditionExpression: 'attribute_not_exists(pk)' } },
          {
            Update: {
              TableName: db.table,
              Key: { pk: CATALOG, sk: `SCREEN#${screen.id}` },
              UpdateExpression: 'SET layoutVersion = :v, seatsTotal = :n',
              ConditionExpression: 'layoutVersion = :from',
              ExpressionAttributeValues: { ':v': layout.version, ':n': seatsTotal, ':from': screen.layoutVersion },
            },
          },
          auditPut(db.table, audit),
        ],
      }),
    );
    return true;
  } catch (err) {
    if (isTransactionCancelled(err)) return false;
    throw err;
  }
}

export async function renameScreen(db: Db, id: string, name: string): Promise<void> {
  await db.doc.send(
    new UpdateCommand({
      TableName: db.table,
      Key: { pk: CATALOG, sk: `SCREEN#${id}` },
      UpdateExpression: 'SET #n = :n',
      ConditionExpression: 'attribute_exists(pk)',
      ExpressionAttributeNames: { '#n': 'name' },
      ExpressionAttributeValues: { ':n': name },
    }),
  );
}

/** Creates (new id) or replaces a movie; false when a new id is taken. */
export async function saveMovie(db: Db, movie: Movie, opts: { create: boolean }): Promise<boolean> {
  try {
    await db.doc.send(
      new PutCommand({
        TableName: db.table,
        Item: catalogItem({ kind: 'movie', value: movie }),
        ConditionExpression: opts.create ? 'attribute_not_exists(pk)' : 'attribute_exists(pk)',
      }),
    );
    return true;
  } catch (err) {
    if (isConditionFailure(err)) return false;
    throw err;
  }
}

export async function setMoviePoster(db: Db, id: string, posterFile: string): Promise<void> {
  await db.doc.send(
    new UpdateCommand({
      TableName: db.table,
      Key: { pk: CATALOG, sk: `MOVIE#${id}` },
      UpdateExpression: 'SET posterFile = :f',
      ConditionExpression: 'attribute_exists(pk)',
      ExpressionAttributeValues: { ':f': posterFile },
    }),
  );
}
