/**
 * Which rows of a long list to draw: those in view and a few either side. Every row has the
 * same height, so the window follows from the scroll offset alone and a log of 100,000
 * events draws as many elements as one of 30.
 */
export const visibleRows = (
  scrollTop: number,
  viewHeight: number,
  rowHeight: number,
  rowCount: number,
  overscan = 8,
): { first: number; last: number } => {
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const last = Math.min(rowCount, Math.ceil((scrollTop + viewHeight) / rowHeight) + overscan);
  return { first, last: Math.max(first, last) };
};

/** Whether the view is close enough to the end of what is loaded to fetch the next page. */
export const nearTheEnd = (
  scrollTop: number,
  viewHeight: number,
  rowHeight: number,
  rowCount: number,
): boolean => scrollTop + viewHeight >= (rowCount - 20) * rowHeight;
