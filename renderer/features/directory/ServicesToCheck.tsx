import { Link } from 'react-router';
import type { Dashboard } from '../../../shared/casework';
import { Button } from '../../ui/Button';
import { checkedText } from './labels';
import { useMarkCheckedWithUndo } from './useMarkCheckedWithUndo';

const SHOWN = 5;

/** On Today: directory entries not checked for 12 months, each one click from "checked". */
export function ServicesToCheck({ services }: { services: Dashboard['servicesToCheck'] }) {
  const { markChecked, marking } = useMarkCheckedWithUndo();
  return (
    <section className="card today-section" aria-labelledby="today-services">
      <h2 id="today-services">Directory entries to check</h2>
      {services.length === 0 ? (
        <p className="today-empty">None. Every service in the directory was checked in the last 12 months.</p>
      ) : (
        <>
          <p>Not checked for 12 months: ring or look them up, then mark them as checked.</p>
          <ul className="today-list">
            {services.slice(0, SHOWN).map((service) => (
              <li key={service.serviceId}>
                <Link to={`/directory/${service.serviceId}`} className="today-family">
                  {service.name}
                </Link>
                <span className="today-detail">
                  {service.lastCheckedOn
                    ? `Last checked ${checkedText(service.lastCheckedOn)}`
                    : 'Never checked'}
                </span>
                <Button
                  className="check-button"
                  aria-disabled={marking === service.serviceId || undefined}
                  onClick={() => void markChecked({ id: service.serviceId, name: service.name })}
                >
                  Mark as checked<span className="visually-hidden">: {service.name}</span>
                </Button>
              </li>
            ))}
          </ul>
          {services.length > SHOWN && (
            <p>
              <Link to="/directory?stale=1">All {services.length} entries to check</Link>
            </p>
          )}
        </>
      )}
    </section>
  );
}
