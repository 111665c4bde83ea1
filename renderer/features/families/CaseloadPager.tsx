import { Button } from '../../ui/Button';

interface CaseloadPagerProps {
  page: number;
  pageSize: number;
  total: number;
  onPage: (page: number) => void;
}

export function CaseloadPager({ page, pageSize, total, onPage }: CaseloadPagerProps) {
  const first = page * pageSize + 1;
  const last = Math.min(total, (page + 1) * pageSize);
  return (
    <div className="pager">
      <p role="status">
        Showing {first}–{last} of {total} {total === 1 ? 'family' : 'families'}
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
