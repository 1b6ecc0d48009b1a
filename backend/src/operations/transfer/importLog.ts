import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { ImportRefusedError, openLogImport } from '../../eventStore/sqlite/logImport.ts';
import { JsonlLineError, parseJsonlLine } from './jsonlEvent.ts';

export interface ImportResult {
  readonly events: number;
  readonly head: { position: number; hash: string } | undefined;
}

const endsWithNewline = async (file: string, size: number): Promise<boolean> => {
  if (size === 0) return true;
  const handle = await open(file, 'r');
  try {
    const last = Buffer.alloc(1);
    await handle.read(last, 0, 1, size - 1);
    return last[0] === 0x0a;
  } finally {
    await handle.close();
  }
};

/**
 * Reads an export file (JSON Lines) into the empty embedded log at `path`, line by line,
 * in one transaction: the first bad line (malformed, cut short, out of order, a revision
 * out of sequence) is named by its number and nothing at all is imported.
 */
export const importLog = async (options: {
  readonly from: string;
  readonly path: string;
  readonly signingKey?: string;
  readonly onProgress?: (bytesRead: number, bytes: number) => void;
}): Promise<ImportResult> => {
  const { size } = await stat(options.from);
  // A file cut off at the end usually loses its last newline, even when the cut fell
  // just before it and the last line still parses.
  const complete = await endsWithNewline(options.from, size);
  const target = openLogImport({
    path: options.path,
    ...(options.signingKey !== undefined && { signingKey: options.signingKey }),
  });
  const input = createReadStream(options.from);
  let line = 0;
  let events = 0;
  try {
    let lastPosition = 0;
    for await (const text of createInterface({ input, crlfDelay: Infinity })) {
      line += 1;
      if (text.trim() === '') throw new JsonlLineError(line, 'empty line');
      const event = parseJsonlLine(text, line);
      if (event.position <= lastPosition) {
        throw new JsonlLineError(
          line,
          `position ${event.position} does not come after ${lastPosition}: the lines are out of order`,
        );
      }
      lastPosition = event.position;
      try {
        target.add(event);
      } catch (error) {
        if (error instanceof ImportRefusedError) throw new JsonlLineError(line, error.message);
        throw error;
      }
      events += 1;
      if (events % 1_000 === 0) options.onProgress?.(input.bytesRead, size);
    }
    if (!complete) {
      throw new JsonlLineError(line, 'cut short: the file does not end with a newline');
    }
    options.onProgress?.(size, size);
    return { events, head: target.commit() };
  } catch (error) {
    input.destroy();
    target.abort();
    throw error;
  }
};
