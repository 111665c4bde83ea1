import { Link } from 'react-router';
import { childFlagKeys, knownAs } from '../../../shared/families';
import { ConcernBanner } from '../casework/concerns/ConcernBanner';
import { FlagBadges } from './FlagBadges';
import { useFamily } from './queries';
import './casework.css';
import './families.css';

/**
 * Who a page is about, on every page about one family other than the family's own: its name and children,
 * their flags, and the red banner of open safeguarding concerns, so a plan or a concern is never written with
 * those out of sight. `printBanner` keeps the banner's words on an internal printout (the chronology); the
 * name bar is for the screen, as the printout has its own header.
 */
export function FamilyContext({
  familyId,
  printBanner = false,
}: {
  familyId: string;
  printBanner?: boolean;
}) {
  const family = useFamily(familyId);
  const flags = family.data
    ? childFlagKeys.filter((flag) => family.data.children.some((child) => child[flag]))
    : [];
  return (
    <>
      {family.data && (
        <section className="family-context no-print" aria-label="Family">
          <Link to={`/families/${family.data.id}/overview`} className="family-context-name">
            {family.data.familyName}
          </Link>
          <ul className="inline-list family-children" aria-label="Children">
            {family.data.children.map((child) => (
              <li key={child.id}>
                {knownAs(child)}
                {child.yearGroup && <span className="muted"> · {child.yearGroup}</span>}
              </li>
            ))}
          </ul>
          <FlagBadges flags={flags} />
        </section>
      )}
      <div className={printBanner ? undefined : 'no-print'}>
        <ConcernBanner familyId={familyId} />
      </div>
    </>
  );
}
