import { useParams } from 'react-router';
import { LoadProblem } from '../../ui/LoadProblem';
import { PageHeading } from '../../ui/PageHeading';
import { FamilyForm } from './FamilyForm';
import { toFormValues } from './familyFormValues';
import { useFamily } from './queries';
import './families.css';

export function EditFamilyPage() {
  const { familyId = '' } = useParams();
  const family = useFamily(familyId);
  return (
    <div className="page page--form">
      <PageHeading>{family.data ? `Edit family: ${family.data.familyName}` : 'Edit family'}</PageHeading>
      {family.isPending ? (
        <p>Loading the family…</p>
      ) : family.isError ? (
        <LoadProblem what="this family" error={family.error} onRetry={() => void family.refetch()} />
      ) : (
        <FamilyForm key={family.data.id} initial={toFormValues(family.data)} familyId={family.data.id} />
      )}
    </div>
  );
}
