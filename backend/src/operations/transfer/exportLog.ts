import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { openLogRows } from '../logRows.ts';
import { jsonlLineOf } from './jsonlEvent.ts';

export interface ExportResult {
  readonly events: number;
  /** The last position written (the log's head when the export began). */
  readonly head: number;
}

/**
 * Writes the embedded log at `path`, from `fromPosition` up to its head when the export
 * began, to `to` as JSON Lines, a page at a time and waiting for the disk when it falls
 * behind, so memory stays flat however long the log. The file appears under its name
 * only once complete: a failed export leaves nothing that looks like a whole log.
 */
export const exportLog = async (options: {
  readonly path: string;
  readonly to: string;
  readonly fromPosition?: number;
  readonly onProgress?: (done: number, total: number) => void;
}): Promise<ExportResult> => {
  const rows = openLogRows(options.path, options.fromPosition ?? 1);
  const partial = `${options.to}.partial`;
  const output = createWriteStream(partial, { flags: 'wx' });
  let events = 0;
  try {
    await once(output, 'open');
    for (const page of rows.pages()) {
      let chunk = '';
      for (const row of page) chunk += jsonlLineOf(row);
      events += page.length;
      if (!output.write(chunk)) await once(output, 'drain');
      options.onProgress?.(events, rows.count);
    }
    output.end();
    await once(output, 'finish');
    await rename(partial, options.to);
    return { events, head: rows.head };
  } catch (error) {
    output.destroy();
    await rm(partial, { force: true });
    throw error;
  } finally {
    rows.close();
  }
};
