import { PageHeading } from '../../ui/PageHeading';
import { FamilyForm } from './FamilyForm';
import { blankFamily } from './familyFormValues';
import './families.css';

export function NewFamilyPage() {
  return (
    <div className="page page--form">
      <PageHeading>Add a family</PageHeading>
      <FamilyForm initial={blankFamily()} />
    </div>
  );
}
