import { useState, type ReactNode, type UIEvent } from 'react';
import { virtualWindow } from './virtualWindow.ts';

interface VirtualRowsProps<Item> {
  readonly items: readonly Item[];
  /** Every row is this high (CSS keeps it so); the window is worked out from it. */
  readonly rowHeight: number;
  /** The scrolling area's height; the list is shorter when it has fewer rows. */
  readonly viewportHeight: number;
  readonly head: ReactNode;
  readonly row: (item: Item, index: number) => ReactNode;
  readonly label: string;
  /** Called when the last rows come into view: the moment to fetch the next page. */
  readonly onEndReached?: (() => void) | undefined;
}

/**
 * A table whose body holds only the rows in view: two spacer rows stand in for the rest,
 * so the scroll bar and the position are as if every row were there.
 */
export function VirtualRows<Item>(props: VirtualRowsProps<Item>) {
  const { items, rowHeight, viewportHeight, head, row, label, onEndReached } = props;
  const [scrollTop, setScrollTop] = useState(0);
  const window = virtualWindow(items.length, rowHeight, scrollTop, viewportHeight);
  const onScroll = (event: UIEvent<HTMLDivElement>) => {
    const top = event.currentTarget.scrollTop;
    setScrollTop(top);
    if (
      onEndReached &&
      virtualWindow(items.length, rowHeight, top, viewportHeight).end >= items.length
    )
      onEndReached();
  };
  return (
    <div
      className="virtual-rows"
      style={{ maxHeight: viewportHeight }}
      onScroll={onScroll}
      data-rows={items.length}
    >
      <table aria-label={label} aria-rowcount={items.length + 1}>
        <thead>{head}</thead>
        <tbody>
          {window.above > 0 && (
            <tr aria-hidden className="virtual-spacer" style={{ height: window.above }} />
          )}
          {items
            .slice(window.start, window.end)
            .map((item, offset) => row(item, window.start + offset))}
          {window.below > 0 && (
            <tr aria-hidden className="virtual-spacer" style={{ height: window.below }} />
          )}
        </tbody>
      </table>
    </div>
  );
}
