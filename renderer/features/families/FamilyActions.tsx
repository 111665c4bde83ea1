import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { Family } from '../../../shared/families';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { useToast } from '../../ui/Toast';
import { useSetArchived } from './queries';

export function FamilyActions({ family }: { family: Family }) {
  const navigate = useNavigate();
  const toast = useToast();
  const setArchived = useSetArchived();
  const [confirming, setConfirming] = useState(false);
  const archived = family.status === 'archived';

  // mutateAsync, not mutate's callbacks: Undo may be pressed after this page has closed.
  const change = (archive: boolean, done: string, undo?: () => void) =>
    setArchived.mutateAsync({ id: family.id, archived: archive }).then(
      () => toast({ text: done, ...(undo ? { action: { label: 'Undo', onAction: undo } } : {}) }),
      (error: Error) => toast({ text: `Nothing was changed. ${error.message}` }),
    );
  const restore = () => void change(false, 'Family restored');
  const archive = () => {
    setConfirming(false);
    void change(true, 'Family archived', restore);
  };

  return (
    <div className="page-actions">
      <Button onClick={() => navigate(`/families/${family.id}/edit`)}>Edit family</Button>
      {/* One button that changes its words, so keyboard focus stays on it after archiving or restoring. */}
      <Button onClick={archived ? restore : () => setConfirming(true)}>
        {archived ? 'Restore family' : 'Archive family'}
      </Button>
      <ConfirmDialog
        open={confirming}
        title="Archive this family?"
        description="The family leaves the caseload list. Nothing is deleted; you can restore it from the Archived list."
        confirmLabel="Archive family"
        onConfirm={archive}
        onCancel={() => setConfirming(false)}
      />
    </div>
  );
}
