import { Link, useNavigate } from 'react-router';
import { knownAs, type Family } from '../../../../shared/families';
import { Button } from '../../../ui/Button';
import { LoadProblem } from '../../../ui/LoadProblem';
import { dateTimeDisplay } from '../../families/dates';
import { ConcernStatus } from './ConcernRecord';
import { useConcerns } from './queries';

const EXCERPT = 240;

/** The family's safeguarding concerns, newest first, each with its status and a link to the whole record. */
export function ConcernsSection({ family }: { family: Family }) {
  const navigate = useNavigate();
  const concerns = useConcerns(family.id);
  return (
    <section aria-labelledby="overview-concerns">
      <div className="section-header">
        <h2 id="overview-concerns">Safeguarding concerns</h2>
        <Button onClick={() => navigate(`/families/${family.id}/concerns/new`)}>Record a concern</Button>
      </div>
      {concerns.isPending ? (
        <p>Loading concerns…</p>
      ) : concerns.isError ? (
        <LoadProblem what="the concerns" error={concerns.error} onRetry={() => void concerns.refetch()} />
      ) : concerns.data.length === 0 ? (
        <p className="muted">No safeguarding concerns recorded.</p>
      ) : (
        <ul className="record-list">
          {concerns.data.map((concern) => {
            const child = family.children.find((each) => each.id === concern.childId);
            const when = dateTimeDisplay(concern.occurredAt);
            const text =
              concern.whatHappened.length > EXCERPT
                ? `${concern.whatHappened.slice(0, EXCERPT).trimEnd()}…`
                : concern.whatHappened;
            return (
              <li
                key={concern.id}
                className={concern.resolved ? 'card record' : 'card record record--concern'}
              >
                <div className="record-heading">
                  <h3>{when}</h3>
                  <ConcernStatus concern={concern} />
                </div>
                <p className="muted">{child ? `About ${knownAs(child)}` : 'Not about one child'}</p>
                <p className="prose">{text}</p>
                <p>
                  <Link to={`/families/${family.id}/concerns/${concern.id}`}>
                    Open the concern<span className="visually-hidden"> of {when}</span>
                  </Link>
                  <span className="muted">
                    {' '}
                    ({concern.addenda.length === 1 ? '1 addition' : `${concern.addenda.length} additions`})
                  </span>
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
