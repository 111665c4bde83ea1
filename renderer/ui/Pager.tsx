import { Button } from './Button';
import './pager.css';

interface PagerProps {
  page: number;
  pageSize: number;
  total: number;
  onPage: (page: number) => void;
  /** What is counted, singular then plural: ['family', 'families']. */
  noun: [string, string];
}

/** The count of rows shown and the previous/next buttons under a paged list. */
export function Pager({ page, pageSize, total, onPage, noun }: PagerProps) {
  const first = page * pageSize + 1;
  const last = Math.min(total, (page + 1) * pageSize);
  return (
    <div className="pager">
      <p role="status">
        Showing {first}–{last} of {total} {total === 1 ? noun[0] : noun[1]}
      </p>
      {total > pageSize && (
        // aria-disabled, not disabled: on the last page the Next button keeps the keyboard focus.
        <div className="pager-buttons">
          <Button aria-disabled={page === 0} onClick={() => page > 0 && onPage(page - 1)}>
            Previous page
          </Button>
          <Button aria-disabled={last >= total} onClick={() => last < total && onPage(page + 1)}>
            Next page
          </Button>
        </div>
      )}
    </div>
  );
}
