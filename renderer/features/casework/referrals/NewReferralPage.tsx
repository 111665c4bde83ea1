import { useParams } from 'react-router';
import { PageHeading } from '../../../ui/PageHeading';
import { ReferralForm } from './ReferralForm';
import '../../families/families.css';
import '../../families/casework.css';
import { FamilyContext } from '../../families/FamilyContext';

/** /referrals/new (any family, or a new one) and /families/:familyId/referrals/new (that family). */
export function NewReferralPage() {
  const { familyId } = useParams();
  return (
    <div className="page page--form">
      {familyId && <FamilyContext familyId={familyId} />}
      <PageHeading>Record a referral</PageHeading>
      <p className="lede">A request for assistance: who referred, why, and whether the family agreed.</p>
      <ReferralForm familyId={familyId} />
    </div>
  );
}
