import { Link, useNavigate } from 'react-router';
import { Button } from '../../ui/Button';
import { LoadProblem } from '../../ui/LoadProblem';
import { PageHeading } from '../../ui/PageHeading';
import { useDebouncedValue } from '../../ui/useDebouncedValue';
import { CaseloadFilters } from './CaseloadFilters';
import { Pager } from '../../ui/Pager';
import { CaseloadTable } from './CaseloadTable';
import { useCaseloadView } from './caseloadView';
import { useCaseload } from './queries';
import './families.css';

const PAGE_SIZE = 50;

export function CaseloadPage() {
  const navigate = useNavigate();
  const [view, setView] = useCaseloadView();
  const search = useDebouncedValue(view.search.trim(), 200);
  const caseload = useCaseload({
    search,
    status: view.status,
    sortBy: view.sortBy,
    sortDirection: view.sortDirection,
    page: view.page,
    pageSize: PAGE_SIZE,
  });
  const addFamily = () => navigate('/families/new');

  return (
    <div className="page">
      <div className="page-header">
        <PageHeading>Caseload</PageHeading>
        <div className="page-actions">
          <Link to="/wellbeing" className="button button--secondary">
            Wellbeing over time
          </Link>
          <Button onClick={() => navigate('/referrals/new')}>Record a referral</Button>
          <Button variant="primary" onClick={addFamily}>
            Add a family
          </Button>
        </div>
      </div>
      <CaseloadFilters
        view={view}
        onSearch={(text) => setView((now) => ({ ...now, search: text, page: 0 }))}
        onStatus={(status) => setView((now) => ({ ...now, status, page: 0 }))}
      />
      {caseload.isPending ? (
        <p>Loading the caseload…</p>
      ) : caseload.isError ? (
        <LoadProblem what="the caseload" error={caseload.error} onRetry={() => void caseload.refetch()} />
      ) : caseload.data.total === 0 ? (
        <EmptyCaseload search={search} status={view.status} onAdd={addFamily} />
      ) : (
        <>
          <CaseloadTable
            rows={caseload.data.rows}
            view={view}
            onSort={(sortBy, sortDirection) => setView((now) => ({ ...now, sortBy, sortDirection, page: 0 }))}
          />
          <Pager
            noun={['family', 'families']}
            page={view.page}
            pageSize={PAGE_SIZE}
            total={caseload.data.total}
            onPage={(page) => {
              setView((now) => ({ ...now, page }));
              // The new page is read from the top, as a new page of a book would be.
              window.scrollTo({ top: 0 });
            }}
          />
        </>
      )}
    </div>
  );
}

function EmptyCaseload({ search, status, onAdd }: { search: string; status: string; onAdd: () => void }) {
  if (search) {
    return (
      <p className="empty" role="status">
        No {status === 'all' ? '' : `${status} `}families match “{search}”. Check the spelling, or try part of
        a name.
      </p>
    );
  }
  if (status === 'archived') return <p className="empty">No archived families.</p>;
  return (
    <div className="empty">
      <p>No families yet. Add the first family.</p>
      <Button variant="primary" onClick={onAdd}>
        Add the first family
      </Button>
    </div>
  );
}
