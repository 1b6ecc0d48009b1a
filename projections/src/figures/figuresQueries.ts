import type Database from 'better-sqlite3';
import type { Row } from '../projection.ts';
import { aftercareFigureQueries } from './aftercareFigureQueries.ts';
import { caseFigureQueries } from './caseFigureQueries.ts';
import type { FigurePlaces, KnownPlace } from './figurePlaces.ts';
import type { FigureBook } from './figureResults.ts';
import { partnerFigureQueries } from './partnerFigureQueries.ts';
import { patrolFigureQueries } from './patrolFigureQueries.ts';

// Every figure, aggregated from the figures read model's rows when asked for. Take a book
// per request: it keeps the last slice's shared counts, which later events would outdate.

export const readModelFigureBook = (db: Database.Database): FigureBook => ({
  ...caseFigureQueries(db),
  ...aftercareFigureQueries(db),
  ...patrolFigureQueries(db),
  ...partnerFigureQueries(db),
});

const knownPlace = (row: Row): KnownPlace => ({
  kind: row['kind'] as KnownPlace['kind'],
  id: String(row['id']),
  streetId: row['street_id'] === null ? null : String(row['street_id']),
  communityId: row['community_id'] === null ? null : String(row['community_id']),
});

export const readModelPlaces = (db: Database.Database): FigurePlaces => ({
  placeOf: (kind, id) => {
    const row = db.prepare('SELECT * FROM figure_places WHERE kind = ? AND id = ?').get(kind, id);
    return row ? knownPlace(row as Row) : undefined;
  },
  communities: () =>
    (
      db.prepare("SELECT * FROM figure_places WHERE kind = 'community' ORDER BY id").all() as Row[]
    ).map(knownPlace),
});
