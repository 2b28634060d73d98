import { BatchWriteCommand, GetCommand, paginateQuery, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import type { City, Movie, Screen, ScreenLayout, Showtime, Theater } from '../domain/catalog.js';
import type { Db } from './db.js';

/**
 * Cities, theaters, screens and movies are few and read together, so they share one partition
 * (`pk = CATALOG`, `sk = <TYPE>#<id>`). Showtimes have their own partition each
 * (`SHOW#<id>`, with their seats) and are found by city and theater-local date through gsi1.
 */
const CATALOG = 'CATALOG';

export type CatalogItem =
  | { kind: 'city'; value: City }
  | { kind: 'theater'; value: Theater }
  | { kind: 'screen'; value: Screen }
  | { kind: 'movie'; value: Movie };

const PREFIX = { city: 'CITY#', theater: 'THEATER#', screen: 'SCREEN#', movie: 'MOVIE#' } as const;

export function catalogItem(item: CatalogItem): Record<string, unknown> {
  return { pk: CATALOG, sk: `${PREFIX[item.kind]}${item.value.id}`, type: item.kind, ...item.value };
}

export function layoutItem(layout: ScreenLayout): Record<string, unknown> {
  return {
    pk: `SCREEN#${layout.screenId}`,
    sk: `LAYOUT#${String(layout.version).padStart(6, '0')}`,
    type: 'layout',
    ...layout,
  };
}

export function showtimeItem(s: Showtime): Record<string, unknown> {
  return {
    pk: `SHOW#${s.id}`,
    sk: 'SHOW',
    type: 'showtime',
    ...s,
    gsi1pk: `CITYDATE#${s.cityId}#${s.localDate}`,
    gsi1sk: `${s.startsAt}#${s.id}`,
  };
}

/** Writes items 25 at a time, retrying what DynamoDB hands back unprocessed. */
export async function batchPut(db: Db, items: Record<string, unknown>[]): Promise<void> {
  for (let i = 0; i < items.length; i += 25) {
    let pending = items.slice(i, i + 25).map((Item) => ({ PutRequest: { Item } }));
    for (let attempt = 0; pending.length; attempt++) {
      if (attempt > 8) throw new Error('DynamoDB kept items unprocessed');
      const out = await db.doc.send(new BatchWriteCommand({ RequestItems: { [db.table]: pending } }));
      pending = (out.UnprocessedItems?.[db.table] ?? []) as typeof pending;
      if (pending.length) await new Promise((r) => setTimeout(r, 50 * 2 ** attempt));
    }
  }
}

async function queryAll(db: Db, input: Omit<QueryCommandInput, 'TableName'>): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  for await (const out of paginateQuery({ client: db.doc }, { TableName: db.table, ...input })) items.push(...(out.Items ?? []));
  return items;
}

function strip<T>(item: Record<string, unknown>): T {
  const { pk: _pk, sk: _sk, type: _type, gsi1pk: _g1, gsi1sk: _g2, ...rest } = item;
  return rest as T;
}

export interface Catalog {
  cities: City[];
  theaters: Theater[];
  screens: Screen[];
  movies: Movie[];
}

export async function loadCatalog(db: Db): Promise<Catalog> {
  const items = await queryAll(db, { KeyConditionExpression: 'pk = :p', ExpressionAttributeValues: { ':p': CATALOG } });
  const catalog: Catalog = { cities: [], theaters: [], screens: [], movies: [] };
  for (const item of items) {
    if (item.type === 'city') catalog.cities.push(strip<City>(item));
    else if (item.type === 'theater') catalog.theaters.push(strip<Theater>(item));
    else if (item.type === 'screen') catalog.screens.push(strip<Screen>(item));
    else if (item.type === 'movie') catalog.movies.push(strip<Movie>(item));
  }
  catalog.cities.sort((a, b) => a.name.localeCompare(b.name));
  return catalog;
}

export async function getShowtime(db: Db, id: string): Promise<Showtime | null> {
  const out = await db.doc.send(new GetCommand({ TableName: db.table, Key: { pk: `SHOW#${id}`, sk: 'SHOW' } }));
  return out.Item ? strip<Showtime>(out.Item) : null;
}

export async function listShowtimesByCityDate(db: Db, cityId: string, date: string): Promise<Showtime[]> {
  const items = await queryAll(db, {
    IndexName: 'gsi1',
    KeyConditionExpression: 'gsi1pk = :p',
    ExpressionAttributeValues: { ':p': `CITYDATE#${cityId}#${date}` },
  });
  return items.map((i) => strip<Showtime>(i));
}

export async function getLayout(db: Db, screenId: string, version: number): Promise<ScreenLayout | null> {
  const out = await db.doc.send(
    new GetCommand({
      TableName: db.table,
      Key: { pk: `SCREEN#${screenId}`, sk: `LAYOUT#${String(version).padStart(6, '0')}` },
    }),
  );
  return out.Item ? strip<ScreenLayout>(out.Item) : null;
}
