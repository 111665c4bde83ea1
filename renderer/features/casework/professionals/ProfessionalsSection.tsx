import { useState } from 'react';
import type { Professional } from '../../../../shared/casework';
import { Button } from '../../../ui/Button';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { LoadProblem } from '../../../ui/LoadProblem';
import { useToast } from '../../../ui/Toast';
import { ProfessionalDialog } from './ProfessionalDialog';
import { useProfessionals, useRemoveProfessional } from './queries';

type Editing = { professional?: Professional } | null;

/** Social workers, health visitors and others involved with the family, with the family's agreement to share. */
export function ProfessionalsSection({ familyId }: { familyId: string }) {
  const toast = useToast();
  const professionals = useProfessionals(familyId);
  const remove = useRemoveProfessional(familyId);
  const [editing, setEditing] = useState<Editing>(null);
  const [removing, setRemoving] = useState<Professional | null>(null);

  const confirmRemove = () => {
    if (!removing) return;
    const { id, name } = removing;
    setRemoving(null);
    remove.mutateAsync(id).then(
      () => toast({ text: `${name} removed.` }),
      (error: Error) => toast({ text: `Nothing was removed. ${error.message}` }),
    );
  };

  return (
    <section aria-labelledby="overview-professionals">
      <div className="section-header">
        <h2 id="overview-professionals">Other professionals involved</h2>
        <Button onClick={() => setEditing({})}>Add a professional</Button>
      </div>
      {professionals.isPending ? (
        <p>Loading professionals…</p>
      ) : professionals.isError ? (
        <LoadProblem
          what="the professionals"
          error={professionals.error}
          onRetry={() => void professionals.refetch()}
        />
      ) : professionals.data.length === 0 ? (
        <p className="muted">
          No other professionals recorded. Add the social worker, health visitor or others who work with the
          family.
        </p>
      ) : (
        <ul className="cards">
          {professionals.data.map((professional) => {
            const notGiven = <span className="muted">Not recorded</span>;
            return (
              <li key={professional.id} className="card">
                <h3>{professional.name}</h3>
                <dl className="details">
                  <dt>Agency</dt>
                  <dd>{professional.agency || notGiven}</dd>
                  <dt>Role</dt>
                  <dd>{professional.role || notGiven}</dd>
                  <dt>Phone</dt>
                  <dd>{professional.phone || notGiven}</dd>
                  <dt>Email</dt>
                  <dd>{professional.email || notGiven}</dd>
                  <dt>Family agreed to share</dt>
                  <dd>{professional.consentToShare ? 'Yes' : 'No'}</dd>
                </dl>
                <div className="record-actions">
                  <Button onClick={() => setEditing({ professional })}>
                    Edit <span className="visually-hidden">{professional.name}</span>
                  </Button>
                  <Button onClick={() => setRemoving(professional)}>
                    Remove <span className="visually-hidden">{professional.name}</span>
                  </Button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
      {editing && (
        <ProfessionalDialog
          familyId={familyId}
          professional={editing.professional}
          onClose={() => setEditing(null)}
        />
      )}
      <ConfirmDialog
        open={removing !== null}
        title={`Remove ${removing?.name ?? 'this professional'}?`}
        description="They are taken off this family's record. Contacts and the chronology are not changed."
        confirmLabel="Remove"
        onConfirm={confirmRemove}
        onCancel={() => setRemoving(null)}
      />
    </section>
  );
}
