import { Link, useParams } from 'react-router';
import { LoadProblem } from '../../../ui/LoadProblem';
import { PageHeading } from '../../../ui/PageHeading';
import { useFamily } from '../../families/queries';
import { ConcernForm } from './ConcernForm';
import '../../families/families.css';
import '../../families/casework.css';
import { FamilyContext } from '../../families/FamilyContext';

export function NewConcernPage() {
  const { familyId = '' } = useParams();
  const family = useFamily(familyId);
  return (
    <div className="page page--form">
      <FamilyContext familyId={familyId} />
      <PageHeading>Record a safeguarding concern</PageHeading>
      {family.isPending ? (
        <p>Loading the family…</p>
      ) : family.isError ? (
        <LoadProblem what="this family" error={family.error} onRetry={() => void family.refetch()} />
      ) : (
        <>
          <p className="lede">
            Family: <Link to={`/families/${family.data.id}/overview`}>{family.data.familyName}</Link>. Write
            down what was seen or heard, as it was. Every concern goes to the Designated Safeguarding Lead
            (DSL).
          </p>
          <ConcernForm family={family.data} />
        </>
      )}
    </div>
  );
}
