import Database from 'better-sqlite3';

// 64 MiB a step at SQLite's default 4 KiB pages: steps short enough for a progress bar.
const defaultStepPages = 16_384;
// Not `totalPages`: the file may grow before the step runs, leaving a few pages for one
// more step, before which a writer starts the copy over, and so on for ever. The largest
// count better-sqlite3 passes on makes the step copy every page of its own snapshot.
const allTheRest = 0x7fffffff;

/**
 * Copies a live SQLite file with SQLite's online backup: each step reads a consistent
 * snapshot while writers carry on (WAL), and a write from another connection between
 * steps makes SQLite start over. Once that happens the rest is copied in a single step,
 * so a busy writer can delay a backup by one restart but never starve it, and the copy
 * is never torn. The copy is then switched out of WAL mode, so it is one self-contained
 * file that can be checksummed, opened read-only and copied back as it is.
 */
export const copySqliteFile = async (
  source: string,
  destination: string,
  onPages: (done: number, total: number) => void,
  stepPages = defaultStepPages,
): Promise<void> => {
  const db = new Database(source, { fileMustExist: true, timeout: 10_000 });
  try {
    let remainingBefore = Number.POSITIVE_INFINITY;
    let restarted = false;
    await db.backup(destination, {
      progress({ totalPages, remainingPages }) {
        // A step that leaves no fewer pages to copy than the one before started over.
        if (remainingPages >= remainingBefore) restarted = true;
        remainingBefore = remainingPages;
        onPages(totalPages - remainingPages, totalPages);
        return restarted ? allTheRest : stepPages;
      },
    });
  } finally {
    db.close();
  }
  const copy = new Database(destination, { fileMustExist: true });
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
};
