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
        <div className="pager-buttons">
          <Button disabled={page === 0} onClick={() => onPage(page - 1)}>
            Previous page
          </Button>
          <Button disabled={last >= total} onClick={() => onPage(page + 1)}>
            Next page
          </Button>
        </div>
      )}
    </div>
  );
}
