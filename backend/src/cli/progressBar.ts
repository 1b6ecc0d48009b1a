/**
 * A one-line progress bar on a terminal, redrawn in place. Nothing at all when the
 * stream is not a TTY (a pipe, a log file, CI), where carriage returns are only noise.
 */
export const progressBar = (stream: NodeJS.WriteStream, label: string, width = 30) => {
  let shown = -1;
  return {
    update(done: number, total: number): void {
      if (!stream.isTTY || total <= 0) return;
      const percent = Math.min(100, Math.floor((done / total) * 100));
      if (percent === shown) return;
      shown = percent;
      const filled = Math.round((percent / 100) * width);
      stream.write(
        `\r${label} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${percent}% ${done}/${total}`,
      );
    },
    finish(): void {
      if (stream.isTTY && shown >= 0) stream.write('\n');
    },
  };
};
