import { childFlagKeys, childFlags, type ChildFlag } from '../../../shared/families';

/** The flags as small labelled badges, always in the contract's order; child protection in red. */
export function FlagBadges({ flags }: { flags: ChildFlag[] }) {
  const shown = childFlagKeys.filter((flag) => flags.includes(flag));
  if (shown.length === 0) return null;
  return (
    <ul className="badges">
      {shown.map((flag) => (
        <li key={flag} className={flag === 'childProtection' ? 'badge badge--safeguarding' : 'badge'}>
          {childFlags[flag]}
        </li>
      ))}
    </ul>
  );
}
