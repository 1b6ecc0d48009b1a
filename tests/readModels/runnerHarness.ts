import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { caseStream, eventDefinition } from '@gridline/events';
import { sampleMetadata } from '@gridline/events/fixtures/sampleMetadata.ts';
import type { Projection } from '@gridline/projections';
import { catalogueGuard } from '@gridline/backend/eventStore/catalogueGuard.ts';
import { openSqliteEventStore } from '@gridline/backend/eventStore/sqlite/sqliteEventStore.ts';
import {
  createProjectionRunner,
  type ProjectionRunner,
} from '@gridline/backend/readModels/projectionRunner.ts';

// A real embedded store in a temporary folder, notes to fill it with, and read models
// that count what they see, so a test can tell whether an event was applied twice.

export const noteCounter = (version = 1, failOn?: string): Projection => ({
  name: 'note_counter',
  version,
  eventTypes: ['CaseNoteAdded'],
  tables: [
    {
      name: 'notes',
      columns: ['text TEXT NOT NULL', 'version INTEGER NOT NULL'],
      primaryKey: ['text'],
    },
    {
      name: 'totals',
      columns: ['id INTEGER NOT NULL', 'count INTEGER NOT NULL'],
      primaryKey: ['id'],
    },
  ],
  project: ({ event }, rows) => {
    if (event.type !== 'CaseNoteAdded') return [];
    if (event.data.text === failOn) throw new Error(`cannot project note ${failOn}`);
    const count = Number(rows.get('totals', { id: 1 })?.['count'] ?? 0);
    return [
      { op: 'upsert', table: 'notes', row: { text: event.data.text, version } },
      // Counts up from the row it read: a batch applied twice would count twice.
      { op: 'upsert', table: 'totals', row: { id: 1, count: count + 1 } },
    ];
  },
});

export const runnerHarness = () => {
  const dir = mkdtempSync(join(tmpdir(), 'gridline-runner-'));
  const store = catalogueGuard(openSqliteEventStore({ path: join(dir, 'events.sqlite') }));
  const folder = join(dir, 'readmodels');
  const runners: ProjectionRunner[] = [];
  return {
    store,
    folder,
    async addNotes(count: number, prefix = 'note'): Promise<void> {
      for (let index = 0; index < count; index += 1) {
        const id = randomUUID();
        await store.append(
          caseStream('C-RUNNER'),
          [
            {
              id,
              type: 'CaseNoteAdded',
              data: { caseId: 'C-RUNNER', text: `${prefix}-${index}` },
              metadata: sampleMetadata({
                eventId: id,
                schemaVersion: eventDefinition('CaseNoteAdded').version,
              }),
            },
          ],
          { expected: 'any' },
        );
      }
    },
    async runner(projections: readonly Projection[], batchSize = 100): Promise<ProjectionRunner> {
      const runner = createProjectionRunner({
        store,
        folder,
        projections,
        batchSize,
        backoff: () => 20,
      });
      runners.push(runner);
      await runner.start();
      return runner;
    },
    async head() {
      for await (const event of store.readAll({ direction: 'backwards', maxCount: 1 })) {
        return event.position;
      }
      throw new Error('empty log');
    },
    async stop(runner: ProjectionRunner) {
      runners.splice(runners.indexOf(runner), 1);
      await runner.stop();
    },
    async close() {
      for (const runner of runners) await runner.stop();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
};
