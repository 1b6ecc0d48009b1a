import Database from 'better-sqlite3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTables, rowStatements, rowWriter } from './applyRowChanges.ts';
import type { Row, RowChange, TableSpec } from './projection.ts';

// The folded writer must leave exactly the rows (in the same order) and answer
// exactly the reads that writing each change at once does, whatever the changes.

const tables: TableSpec[] = [
  {
    name: 'items',
    columns: [
      'id TEXT NOT NULL',
      'label TEXT',
      "state TEXT NOT NULL DEFAULT 'new'",
      'count INTEGER NOT NULL DEFAULT 0',
    ],
    primaryKey: ['id'],
    indexes: ['(state)'],
  },
  {
    name: 'links',
    columns: ['a TEXT NOT NULL', 'b INTEGER NOT NULL', 'note TEXT', 'live INTEGER DEFAULT 1'],
    primaryKey: ['a', 'b'],
  },
];

type Step =
  | { readonly kind: 'change'; readonly change: RowChange }
  | { readonly kind: 'get'; readonly table: string; readonly key: Row }
  | { readonly kind: 'flush' };

const id = fc.constantFrom('x', 'y', 'z');
const linkKey = fc.record({ a: fc.constantFrom('p', 'q'), b: fc.constantFrom(1, 2) });
const itemSet = fc.record(
  {
    label: fc.option(fc.constantFrom('one', 'two'), { nil: null }),
    state: fc.constantFrom('new', 'open', 'shut'),
    count: fc.integer({ min: 0, max: 9 }),
  },
  { requiredKeys: [] },
);
const linkSet = fc.record(
  { note: fc.option(fc.constantFrom('n1', 'n2'), { nil: null }), live: fc.constantFrom(0, 1) },
  { requiredKeys: [] },
);

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.tuple(id, itemSet).map(([key, set]): Step => ({
    kind: 'change',
    change: { op: 'upsert', table: 'items', row: { id: key, ...set } },
  })),
  fc.tuple(id, itemSet).map(([key, set]): Step => ({
    kind: 'change',
    change: { op: 'update', table: 'items', key: { id: key }, set },
  })),
  fc.tuple(fc.constantFrom('new', 'open', 'shut'), itemSet).map(([state, set]): Step => ({
    // By a column that is not the key: may change several rows.
    kind: 'change',
    change: { op: 'update', table: 'items', key: { state }, set },
  })),
  id.map((key): Step => ({
    kind: 'change',
    change: { op: 'delete', table: 'items', key: { id: key } },
  })),
  id.map((key): Step => ({ kind: 'get', table: 'items', key: { id: key } })),
  fc.tuple(linkKey, linkSet).map(([key, set]): Step => ({
    kind: 'change',
    change: { op: 'upsert', table: 'links', row: { ...key, ...set } },
  })),
  fc.tuple(linkKey, linkSet).map(([key, set]): Step => ({
    kind: 'change',
    change: { op: 'update', table: 'links', key, set },
  })),
  linkKey.map((key): Step => ({ kind: 'change', change: { op: 'delete', table: 'links', key } })),
  linkKey.map((key): Step => ({ kind: 'get', table: 'links', key })),
  fc.constant<Step>({ kind: 'flush' }),
);

const database = () => {
  const db = new Database(':memory:');
  createTables(db, tables);
  return db;
};
/** Rows in rowid order: the order a query without ORDER BY would see them in. */
const contents = (db: Database.Database) =>
  tables.map((table) => db.prepare(`SELECT * FROM "${table.name}" ORDER BY rowid`).all());
/** Reads compared as SQLite would hand them back (column order aside). */
const sorted = (row: Row | undefined) =>
  row && Object.fromEntries(Object.entries(row).toSorted(([a], [b]) => a.localeCompare(b)));

describe('Row changes folded over a batch', () => {
  it('leave the rows and answer the reads that writing each change at once does', () => {
    fc.assert(
      fc.property(
        fc.array(step, { maxLength: 40 }),
        fc.array(step, { maxLength: 10 }),
        (before, steps) => {
          const direct = database();
          const folded = database();
          const statements = rowStatements(direct, tables);
          const writer = rowWriter(folded, tables);
          // Rows from earlier batches, written by both.
          for (const item of before) {
            if (item.kind !== 'change') continue;
            const { change } = item;
            for (const statementsOf of [statements, rowStatements(folded, tables)]) {
              if (change.op === 'upsert') statementsOf.upsert(change.table, change.row);
              else if (change.op === 'update')
                statementsOf.update(change.table, change.key, change.set);
              else statementsOf.remove(change.table, change.key);
            }
          }
          for (const item of steps) {
            if (item.kind === 'flush') writer.flush();
            else if (item.kind === 'get') {
              expect(sorted(writer.get(item.table, item.key))).toEqual(
                sorted(statements.get(item.table, item.key)),
              );
            } else {
              const { change } = item;
              writer.apply([change]);
              if (change.op === 'upsert') statements.upsert(change.table, change.row);
              else if (change.op === 'update')
                statements.update(change.table, change.key, change.set);
              else statements.remove(change.table, change.key);
            }
          }
          writer.flush();
          expect(contents(folded)).toEqual(contents(direct));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('forgets what it folded when the batch is discarded', () => {
    const db = database();
    const writer = rowWriter(db, tables);
    writer.apply([{ op: 'upsert', table: 'items', row: { id: 'x', label: 'kept' } }]);
    writer.flush();
    writer.apply([{ op: 'update', table: 'items', key: { id: 'x' }, set: { label: 'lost' } }]);
    expect(writer.get('items', { id: 'x' })).toMatchObject({ label: 'lost' });
    writer.discard();
    writer.flush();
    expect(writer.get('items', { id: 'x' })).toMatchObject({
      label: 'kept',
      state: 'new',
      count: 0,
    });
  });
});
