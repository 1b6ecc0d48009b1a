/** Which rows of a long list to put in the DOM, and the space the others take. */
export interface VirtualWindow {
  /** Index of the first row rendered. */
  readonly start: number;
  /** One past the last row rendered. */
  readonly end: number;
  /** Height standing in for the rows above `start`. */
  readonly above: number;
  /** Height standing in for the rows from `end` on. */
  readonly below: number;
}

/**
 * Rows of one fixed height, scrolled to `scrollTop` in a viewport `viewportHeight` high:
 * the rows in view and `overscan` more on each side, so a quick scroll shows no gap. A
 * hundred thousand rows cost the DOM a few dozen.
 */
export function virtualWindow(
  count: number,
  rowHeight: number,
  scrollTop: number,
  viewportHeight: number,
  overscan = 8,
): VirtualWindow {
  const first = Math.floor(Math.max(0, scrollTop) / rowHeight);
  const inView = Math.ceil(viewportHeight / rowHeight) + 1;
  const start = Math.max(0, Math.min(count, first - overscan));
  const end = Math.min(count, first + inView + overscan);
  return { start, end, above: start * rowHeight, below: (count - end) * rowHeight };
}
