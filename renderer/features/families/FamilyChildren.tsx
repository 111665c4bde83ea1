import { useState } from 'react';
import { ageInYears, isoToUk } from '../../../shared/dates';
import { childFlagKeys, knownAs, type Child, type Family } from '../../../shared/families';
import { FlagBadges } from './FlagBadges';

export function FamilyChildren({ family }: { family: Family }) {
  // Ages are worked out against one "today" for the whole list, fixed when the tab opens.
  const [today] = useState(() => new Date());
  return (
    <ul className="cards">
      {family.children.map((child) => (
        <ChildCard key={child.id} child={child} today={today} />
      ))}
    </ul>
  );
}

function ChildCard({ child, today }: { child: Child; today: Date }) {
  const notGiven = <span className="muted">Not recorded</span>;
  const age = ageInYears(child.dateOfBirth, today);
  return (
    <li className="card">
      <h2>{child.name}</h2>
      <FlagBadges flags={childFlagKeys.filter((flag) => child[flag])} />
      <dl className="details">
        <dt>Known as</dt>
        <dd>{knownAs(child)}</dd>
        <dt>Date of birth</dt>
        <dd>
          {isoToUk(child.dateOfBirth)} (age {age})
        </dd>
        <dt>Year group</dt>
        <dd>{child.yearGroup || notGiven}</dd>
        <dt>Class</dt>
        <dd>{child.className || notGiven}</dd>
        <dt>Pupil identifier</dt>
        <dd>{child.pupilId || notGiven}</dd>
      </dl>
    </li>
  );
}
