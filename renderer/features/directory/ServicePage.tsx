import { useState, type ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { isoToDisplay } from '../../../shared/dates';
import { referralRoutes, serviceAreas } from '../../../shared/directory';
import { indicators } from '../../../shared/wellbeing';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { LoadProblem } from '../../ui/LoadProblem';
import { PageHeading } from '../../ui/PageHeading';
import { useToast } from '../../ui/Toast';
import { checkedText } from './labels';
import { useRetireService, useService } from './queries';
import { ServiceDialog } from './ServiceDialog';
import { useMarkCheckedWithUndo } from './useMarkCheckedWithUndo';
import './directory.css';

/** /directory/:serviceId: one service, everything the worker needs to point a family to it. */
export function ServicePage() {
  const { serviceId = '' } = useParams();
  const toast = useToast();
  const service = useService(serviceId);
  const retire = useRetireService();
  const { markChecked, marking } = useMarkCheckedWithUndo();
  const [editing, setEditing] = useState(false);
  const [confirmRetire, setConfirmRetire] = useState(false);

  if (service.isPending) return <p className="page">Loading the service…</p>;
  if (service.isError)
    return (
      <div className="page">
        <PageHeading>Service not shown</PageHeading>
        <LoadProblem what="this service" error={service.error} onRetry={() => void service.refetch()} />
        <p>
          <Link to="/directory">Back to the directory</Link>
        </p>
      </div>
    );
  const data = service.data;
  const notGiven = <span className="muted">Not recorded</span>;
  const row = (term: string, value: ReactNode) => (
    <>
      <dt>{term}</dt>
      <dd>{value || notGiven}</dd>
    </>
  );
  const setRetired = (retired: boolean) => {
    setConfirmRetire(false);
    retire.mutateAsync({ id: data.id, retire: retired }).then(
      () =>
        toast({
          text: retired ? `${data.name} retired.` : `${data.name} is back in the directory.`,
          ...(retired ? { action: { label: 'Undo', onAction: () => setRetired(false) } } : {}),
        }),
      (error: Error) => toast({ text: `Nothing was changed. ${error.message}` }),
    );
  };

  return (
    <div className="page">
      <p>
        <Link to="/directory">Back to the directory</Link>
      </p>
      <div className="page-header">
        <div>
          <PageHeading>{data.name}</PageHeading>
          {data.organisation && <p className="service-organisation">{data.organisation}</p>}
          {(data.stale || data.retiredAt) && (
            <ul className="badges">
              {data.stale && <li className="badge badge--stale">Stale: not checked for 12 months</li>}
              {data.retiredAt && (
                <li className="badge">Retired {isoToDisplay(data.retiredAt.slice(0, 10))}</li>
              )}
            </ul>
          )}
        </div>
        <div className="page-actions">
          <Button variant="primary" onClick={() => setEditing(true)}>
            Edit
          </Button>
          <Button onClick={() => void markChecked(data)} aria-disabled={marking === data.id || undefined}>
            Mark as checked
          </Button>
          {data.retiredAt ? (
            <Button onClick={() => setRetired(false)}>Bring back into use</Button>
          ) : (
            <Button onClick={() => setConfirmRetire(true)}>Retire</Button>
          )}
        </div>
      </div>
      <section className="card" aria-labelledby="service-details">
        <h2 id="service-details">Details</h2>
        <dl className="details service-details">
          {row('What they offer', data.offer)}
          {row('Who can use it', data.eligibility)}
          {row('How to refer', referralRoutes[data.referralRoute])}
          {row('Phone', data.phone)}
          {row('Email', data.email)}
          {row('Website', data.website)}
          {row('Opening times', data.openingTimes)}
          {row('Cost', data.cost)}
          {row('Languages', data.languages)}
          {row('Area covered', serviceAreas[data.area])}
          {row('Need categories', data.categories.join(', '))}
          {row('Wellbeing indicators', data.indicators.map((key) => indicators[key]).join(', '))}
          {row('Notes', data.notes)}
          {row('Last checked', checkedText(data.lastCheckedOn))}
        </dl>
      </section>
      {editing && <ServiceDialog service={data} onClose={() => setEditing(false)} />}
      <ConfirmDialog
        open={confirmRetire}
        title={`Retire ${data.name}?`}
        description="It leaves the directory, search and the service picker. Families already signposted to it keep that on their record, and you can bring it back later."
        confirmLabel="Retire"
        onConfirm={() => setRetired(true)}
        onCancel={() => setConfirmRetire(false)}
      />
    </div>
  );
}
