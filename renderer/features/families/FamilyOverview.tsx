import type { Carer, Family } from '../../../shared/families';
import { FamilyEventsSection } from '../calendar/FamilyEventsSection';
import { CasesSection } from '../casework/cases/CasesSection';
import { ConcernsSection } from '../casework/concerns/ConcernsSection';
import { ProfessionalsSection } from '../casework/professionals/ProfessionalsSection';
import { ReferralsSection } from '../casework/referrals/ReferralsSection';
import { FamilyServicesSection } from '../directory/FamilyServicesSection';

/** The family at a glance: the casework first (what needs doing), then who they are and who else helps. */
export function FamilyOverview({ family }: { family: Family }) {
  return (
    <>
      <CasesSection familyId={family.id} />
      <ReferralsSection family={family} />
      <ConcernsSection family={family} />
      <section aria-labelledby="overview-carers">
        <h2 id="overview-carers">Carers</h2>
        {family.carers.length === 0 ? (
          <p className="muted">No carers recorded yet. Use Edit family to add one.</p>
        ) : (
          <ul className="cards">
            {family.carers.map((carer) => (
              <CarerCard key={carer.id} carer={carer} />
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="overview-address">
        <h2 id="overview-address">Address</h2>
        {family.address || family.postcode ? (
          <p className="address">
            {family.address}
            {family.address && family.postcode && '\n'}
            {family.postcode}
          </p>
        ) : (
          <p className="muted">No address recorded.</p>
        )}
      </section>
      <ProfessionalsSection familyId={family.id} />
      <FamilyEventsSection familyId={family.id} />
      <FamilyServicesSection familyId={family.id} />
    </>
  );
}

function CarerCard({ carer }: { carer: Carer }) {
  const notGiven = <span className="muted">Not recorded</span>;
  return (
    <li className="card">
      <h3>{carer.name}</h3>
      {carer.interpreterNeeded && (
        <ul className="badges">
          <li className="badge">Interpreter needed</li>
        </ul>
      )}
      <dl className="details">
        <dt>Relationship</dt>
        <dd>{carer.relationship}</dd>
        <dt>Phone</dt>
        <dd>{carer.phone || notGiven}</dd>
        <dt>Email</dt>
        <dd>{carer.email || notGiven}</dd>
        <dt>Preferred language</dt>
        <dd>{carer.preferredLanguage || notGiven}</dd>
        <dt>Parental responsibility</dt>
        <dd>{carer.parentalResponsibility ? 'Yes' : 'No'}</dd>
      </dl>
    </li>
  );
}
