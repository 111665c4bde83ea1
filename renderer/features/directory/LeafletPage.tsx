import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { isoToDisplay } from '../../../shared/dates';
import type { ReferralRoute, Service } from '../../../shared/directory';
import { isDialogOpen, useShortcut } from '../../app/shortcuts';
import { Button } from '../../ui/Button';
import { LoadProblem } from '../../ui/LoadProblem';
import { PageHeading } from '../../ui/PageHeading';
import { PrintToolbar } from '../../ui/PrintToolbar';
import { todayIso } from '../families/dates';
import { useSettings } from '../settings/queries';
import { serviceTitle } from './labels';
import { useServices } from './queries';
import '../../ui/printSheet.css';
import './directory.css';
import './leaflet.css';

/** About this many fit on one side of A4 in a readable size. */
const ONE_PAGE = 6;

/** /directory/leaflet: choose the services to give a parent. */
export function LeafletChooser() {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const services = useServices({});
  const [chosen, setChosen] = useState<string[]>(() => params.get('ids')?.split(',').filter(Boolean) ?? []);
  const [problem, setProblem] = useState<string | null>(null);

  const toggle = (id: string, on: boolean) =>
    setChosen((current) => (on ? [...current, id] : current.filter((each) => each !== id)));
  const show = () => {
    if (chosen.length === 0) return setProblem('Choose at least one service for the leaflet.');
    void navigate(`/directory/leaflet/print?ids=${chosen.join(',')}`);
  };
  useShortcut('p', () => !isDialogOpen() && show());

  return (
    <div className="page">
      <p>
        <Link to="/directory">Back to the directory</Link>
      </p>
      <PageHeading>Print a leaflet for a parent</PageHeading>
      <p>Choose the services to put on the leaflet. It is written for parents, in plain English.</p>
      {services.isPending ? (
        <p>Loading the directory…</p>
      ) : services.isError ? (
        <LoadProblem what="the directory" error={services.error} onRetry={() => void services.refetch()} />
      ) : services.data.services.length === 0 ? (
        <p className="empty-state">
          The directory is empty. <Link to="/directory">Add or import services</Link> first.
        </p>
      ) : (
        <form
          className="form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            show();
          }}
        >
          <fieldset
            className="field leaflet-choices"
            aria-describedby={problem ? 'leaflet-error' : 'leaflet-hint'}
          >
            <legend>Services on the leaflet</legend>
            <p id="leaflet-hint" className="field-hint">
              Up to {ONE_PAGE} fit on one page. {chosen.length} chosen.
            </p>
            {problem && (
              <p id="leaflet-error" className="field-error" role="alert">
                {problem}
              </p>
            )}
            {services.data.services.map((service) => (
              <div className="checkbox" key={service.id}>
                <input
                  id={`leaflet-${service.id}`}
                  type="checkbox"
                  checked={chosen.includes(service.id)}
                  onChange={(event) => {
                    setProblem(null);
                    toggle(service.id, event.target.checked);
                  }}
                />
                <div>
                  <label htmlFor={`leaflet-${service.id}`}>{serviceTitle(service)}</label>
                </div>
              </div>
            ))}
          </fieldset>
          {chosen.length > ONE_PAGE && (
            <p className="warning-text" role="status">
              {chosen.length} services will not fit on one page; the leaflet will run onto a second.
            </p>
          )}
          <div className="form-actions">
            <Button
              type="submit"
              variant="primary"
              title="Show the leaflet (Ctrl+P)"
              aria-keyshortcuts="Control+P"
            >
              Show the leaflet
            </Button>
          </div>
        </form>
      )}
    </div>
  );
}

const howToContact: Record<ReferralRoute, string> = {
  self: 'You can contact them yourself.',
  professional: 'Ask us at school and we will refer you.',
  both: 'You can contact them yourself, or ask us at school to refer you.',
};

/** /directory/leaflet/print?ids=…: the leaflet as an A4 sheet, printed with Ctrl+P or the Print button. */
export function LeafletPrintPage() {
  const [params] = useSearchParams();
  const ids = params.get('ids')?.split(',').filter(Boolean) ?? [];
  const services = useServices({ includeRetired: true });
  const settings = useSettings();
  const chosen = ids.flatMap((id) => services.data?.services.find((service) => service.id === id) ?? []);
  const problem = services.error ?? settings.error;

  return (
    <div className="print-view leaflet-view">
      <PrintToolbar>
        <Link to={`/directory/leaflet?ids=${ids.join(',')}`}>Change the services</Link>
        <Link to="/directory">Back to the directory</Link>
      </PrintToolbar>
      {problem ? (
        <div className="print-sheet leaflet-sheet">
          <PageHeading>Leaflet not shown</PageHeading>
          <LoadProblem
            what="the leaflet"
            error={problem}
            onRetry={() => void Promise.all([services.refetch(), settings.refetch()])}
          />
        </div>
      ) : services.data && settings.data ? (
        <article className="print-sheet leaflet-sheet" aria-labelledby="leaflet-title">
          <header className="leaflet-header">
            <p className="leaflet-school">{settings.data.schoolName}</p>
            <PageHeading>
              <span id="leaflet-title">Services that can help</span>
            </PageHeading>
            <p className="leaflet-intro">
              These services help families like yours. If you are not sure which one to try, ask us at school:
              we are happy to help.
            </p>
          </header>
          {chosen.length === 0 ? (
            <p>No services chosen.</p>
          ) : (
            <ul className="leaflet-services">
              {chosen.map((service) => (
                <LeafletEntry key={service.id} service={service} />
              ))}
            </ul>
          )}
          <footer className="leaflet-footer">
            Given to you by {settings.data.schoolName} on {isoToDisplay(todayIso())}. Details can change: if a
            number does not work, let us know.
          </footer>
        </article>
      ) : (
        <div className="print-sheet leaflet-sheet">
          <p>Loading the leaflet…</p>
        </div>
      )}
    </div>
  );
}

function LeafletEntry({ service }: { service: Service }) {
  const contact = [
    ['Phone', service.phone],
    ['Email', service.email],
    ['Website', service.website],
  ].filter(([, value]) => value);
  return (
    <li className="leaflet-service">
      <h2>{service.name}</h2>
      {service.organisation && service.organisation !== service.name && (
        <p className="leaflet-org">Run by {service.organisation}</p>
      )}
      <dl>
        {service.offer && (
          <>
            <dt>What they do</dt>
            <dd>{service.offer}</dd>
          </>
        )}
        {service.eligibility && (
          <>
            <dt>Who it is for</dt>
            <dd>{service.eligibility}</dd>
          </>
        )}
        <dt>How to get in touch</dt>
        <dd>
          {howToContact[service.referralRoute]}
          {contact.map(([label, value]) => (
            <span key={label} className="leaflet-contact">
              {label}: <span className="leaflet-nowrap">{value}</span>
            </span>
          ))}
        </dd>
        {service.openingTimes && (
          <>
            <dt>When</dt>
            <dd>{service.openingTimes}</dd>
          </>
        )}
        <dt>Cost</dt>
        <dd>{service.cost || 'Ask when you contact them'}</dd>
        {service.languages && (
          <>
            <dt>Languages</dt>
            <dd>{service.languages}</dd>
          </>
        )}
      </dl>
    </li>
  );
}
