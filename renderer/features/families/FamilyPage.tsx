import * as Tabs from '@radix-ui/react-tabs';
import { Navigate, useNavigate, useParams } from 'react-router';
import { childFlagKeys, knownAs, type Family } from '../../../shared/families';
import { LoadProblem } from '../../ui/LoadProblem';
import { PageHeading } from '../../ui/PageHeading';
import { dayOf } from './dates';
import { ChronologyTab } from '../casework/chronology/ChronologyTab';
import { ConcernBanner } from '../casework/concerns/ConcernBanner';
import { DocumentsTab } from '../casework/documents/DocumentsTab';
import { WellbeingTab } from '../wellbeing/WellbeingTab';
import { PlansTab } from '../plans/PlansTab';
import { AttendanceTab } from '../attendance/AttendanceTab';
import { FamilyAbsenceBadges } from '../attendance/FamilyAbsenceBadges';
import { FamilyActions } from './FamilyActions';
import { FamilyChildren } from './FamilyChildren';
import { FamilyOverview } from './FamilyOverview';
import { FlagBadges } from './FlagBadges';
import { useFamily } from './queries';
import './families.css';
import './casework.css';

const tabs = {
  overview: 'Overview',
  chronology: 'Chronology',
  children: 'Children',
  wellbeing: 'Wellbeing',
  plans: 'Plans',
  attendance: 'Attendance',
  documents: 'Documents',
} as const;
type Tab = keyof typeof tabs;
const isTab = (tab: string | undefined): tab is Tab => tab !== undefined && Object.hasOwn(tabs, tab);

/** The family's record. The tab is part of the URL, so Back and Forward move between tabs. */
export function FamilyPage() {
  const { familyId = '', tab } = useParams();
  const family = useFamily(familyId);
  if (!isTab(tab)) return <Navigate to={`/families/${familyId}/overview`} replace />;
  if (family.isPending) {
    return (
      <div className="page">
        <PageHeading>Loading the family…</PageHeading>
      </div>
    );
  }
  if (family.isError) {
    return (
      <div className="page">
        <PageHeading>Family not shown</PageHeading>
        <LoadProblem what="this family" error={family.error} onRetry={() => void family.refetch()} />
      </div>
    );
  }
  return <FamilyRecord family={family.data} tab={tab} />;
}

function FamilyRecord({ family, tab }: { family: Family; tab: Tab }) {
  const navigate = useNavigate();
  const flags = childFlagKeys.filter((flag) => family.children.some((child) => child[flag]));
  return (
    <div className="page">
      <header className="family-header">
        <div className="family-header-main">
          <PageHeading>{family.familyName}</PageHeading>
          <ul className="inline-list family-children" aria-label="Children">
            {family.children.map((child) => (
              <li key={child.id}>
                {knownAs(child)}
                {child.yearGroup && <span className="muted"> · {child.yearGroup}</span>}
              </li>
            ))}
          </ul>
          <FlagBadges flags={flags} />
          <FamilyAbsenceBadges familyId={family.id} />
        </div>
        <FamilyActions family={family} />
      </header>
      <ConcernBanner familyId={family.id} />
      {family.status === 'archived' && (
        <p className="notice">
          <strong>Archived{family.archivedAt ? ` on ${dayOf(family.archivedAt)}` : ''}.</strong> This family
          is not in the caseload list. Nothing has been deleted; restore the family to bring it back.
        </p>
      )}
      <Tabs.Root
        value={tab}
        onValueChange={(next) => navigate(`/families/${family.id}/${next}`)}
        activationMode="manual"
      >
        <Tabs.List className="tabs" aria-label="Family record">
          {Object.entries(tabs).map(([value, label]) => (
            <Tabs.Trigger key={value} value={value} className="tab">
              {label}
            </Tabs.Trigger>
          ))}
        </Tabs.List>
        <Tabs.Content value="overview" className="tab-panel">
          <FamilyOverview family={family} />
        </Tabs.Content>
        <Tabs.Content value="chronology" className="tab-panel">
          <ChronologyTab family={family} />
        </Tabs.Content>
        <Tabs.Content value="children" className="tab-panel">
          <FamilyChildren family={family} />
        </Tabs.Content>
        <Tabs.Content value="wellbeing" className="tab-panel">
          <WellbeingTab family={family} />
        </Tabs.Content>
        <Tabs.Content value="plans" className="tab-panel">
          <PlansTab family={family} />
        </Tabs.Content>
        <Tabs.Content value="attendance" className="tab-panel">
          <AttendanceTab family={family} />
        </Tabs.Content>
        <Tabs.Content value="documents" className="tab-panel">
          <DocumentsTab family={family} />
        </Tabs.Content>
      </Tabs.Root>
    </div>
  );
}
