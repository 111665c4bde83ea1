import { Link, useParams } from 'react-router';
import { LoadProblem } from '../../../ui/LoadProblem';
import { PageHeading } from '../../../ui/PageHeading';
import { useFamily } from '../../families/queries';
import { ConcernRecord } from './ConcernRecord';
import { useConcerns } from './queries';
import '../../families/families.css';
import '../../families/casework.css';
import { FamilyContext } from '../../families/FamilyContext';

/** One concern on its own page: /families/:familyId/concerns/:concernId. */
export function ConcernPage() {
  const { familyId = '', concernId = '' } = useParams();
  const family = useFamily(familyId);
  const concerns = useConcerns(familyId);
  const concern = concerns.data?.find((each) => each.id === concernId);

  return (
    <div className="page page--form">
      <p className="back-link">
        <Link to={`/families/${familyId}/overview`}>
          Back to {family.data ? family.data.familyName : 'the family'}
        </Link>
      </p>
      <FamilyContext familyId={familyId} />
      <PageHeading>Safeguarding concern</PageHeading>
      {family.isError ? (
        <LoadProblem what="this family" error={family.error} onRetry={() => void family.refetch()} />
      ) : concerns.isError ? (
        <LoadProblem what="this concern" error={concerns.error} onRetry={() => void concerns.refetch()} />
      ) : family.isPending || concerns.isPending ? (
        <p>Loading the concern…</p>
      ) : !concern ? (
        <p className="load-problem">This concern is not in the vault.</p>
      ) : (
        <>
          <p className="lede">
            Family: {family.data.familyName}. A concern cannot be changed or deleted; anything new is added to
            it, with its own date and time.
          </p>
          <ConcernRecord concern={concern} family={family.data} />
        </>
      )}
    </div>
  );
}
