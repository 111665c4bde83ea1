import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { chronologyKinds, type ChronologyEntry, type Contact } from '../../../../shared/casework';
import { knownAs, type Family } from '../../../../shared/families';
import { usePrintShortcut } from '../../../app/shortcuts';
import { Button } from '../../../ui/Button';
import { CheckboxField } from '../../../ui/CheckboxField';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { LoadProblem } from '../../../ui/LoadProblem';
import { useToast } from '../../../ui/Toast';
import { ContactDialog } from '../contacts/ContactDialog';
import { useAddContact } from '../contacts/useAddContact';
import {
  describeView,
  entryWhen,
  kindLabels,
  kindNames,
  kindsToFetch,
  ordered,
  paramsOf,
  viewFromParams,
  type ChronologyView,
} from './chronologyView';
import { useChronology, useContacts, useDeleteContact } from './queries';

/** Only the fields the contract takes for a contact: it refuses any other. */
function editableContact(contact: Contact) {
  const { familyId, occurredAt, durationMinutes, type, childIds, present, summary, nextStep, nextStepDue } =
    contact;
  return { familyId, occurredAt, durationMinutes, type, childIds, present, summary, nextStep, nextStepDue };
}

/** The family's whole story in date order: what a social worker asks for. */
export function ChronologyTab({ family }: { family: Family }) {
  const navigate = useNavigate();
  const toast = useToast();
  const addContact = useAddContact();
  const [params, setParams] = useSearchParams();
  const view = viewFromParams(params);
  const chronology = useChronology(family.id, kindsToFetch(view), view.childId, view.kinds.length > 0);
  const contacts = useContacts(family.id);
  const deleteContact = useDeleteContact(family.id);
  const [editing, setEditing] = useState<Contact | null>(null);
  const [deleting, setDeleting] = useState<ChronologyEntry | null>(null);

  // flushSync: a ticked box shows its new state at once, not after the address has caught up.
  const change = (next: Partial<ChronologyView>) =>
    setParams(paramsOf({ ...view, ...next }), { replace: true, preventScrollReset: true, flushSync: true });
  const query = paramsOf(view).toString();
  const printPath = `/families/${family.id}/chronology/print${query ? `?${query}` : ''}`;
  usePrintShortcut(printPath);

  const contactOf = (entry: ChronologyEntry) =>
    entry.kind === 'contact' ? contacts.data?.find((contact) => contact.id === entry.id) : undefined;
  const confirmDelete = () => {
    if (!deleting) return;
    const { id } = deleting;
    setDeleting(null);
    deleteContact.mutateAsync(id).then(
      () => toast({ text: 'Contact deleted.' }),
      (error: Error) => toast({ text: `Nothing was deleted. ${error.message}` }),
    );
  };

  const entries = chronology.data ? ordered(chronology.data, view) : [];
  return (
    <>
      <div className="section-header">
        <h2>Chronology</h2>
        <div className="page-actions">
          <Button variant="primary" onClick={() => addContact.open(family.id)}>
            Add a contact
          </Button>
          <Button
            onClick={() => void navigate(printPath)}
            title="Print chronology (Ctrl+P)"
            aria-keyshortcuts="Control+P"
          >
            Print chronology
          </Button>
        </div>
      </div>

      <div className="chronology-filters">
        <fieldset className="kind-filter">
          <legend>Show</legend>
          <div className="kind-filter-options">
            {chronologyKinds.map((kind) => (
              <CheckboxField
                key={kind}
                name={`kind-${kind}`}
                label={kindLabels[kind]}
                checked={view.kinds.includes(kind)}
                onChange={(event) =>
                  change({
                    kinds: chronologyKinds.filter((each) =>
                      each === kind ? event.target.checked : view.kinds.includes(each),
                    ),
                  })
                }
              />
            ))}
          </div>
        </fieldset>
        <div className="chronology-filters-row">
          <div className="field">
            <label htmlFor="chronology-child">Child</label>
            <select
              id="chronology-child"
              className="input select"
              value={view.childId ?? ''}
              onChange={(event) => change({ childId: event.target.value || null })}
            >
              <option value="">All children</option>
              {family.children.map((child) => (
                <option key={child.id} value={child.id}>
                  {knownAs(child)}
                </option>
              ))}
            </select>
          </div>
          <CheckboxField
            name="newest-first"
            label="Newest first"
            checked={view.newestFirst}
            onChange={(event) => change({ newestFirst: event.target.checked })}
          />
        </div>
      </div>

      <p role="status" className="chronology-count">
        {view.kinds.length === 0
          ? 'Tick at least one type of entry to show.'
          : chronology.data
            ? `${entries.length === 1 ? '1 entry' : `${entries.length} entries`}. ${describeView(view, family)}`
            : ''}
      </p>

      {view.kinds.length === 0 ? null : chronology.isPending ? (
        <p>Loading the chronology…</p>
      ) : chronology.isError ? (
        <LoadProblem
          what="the chronology"
          error={chronology.error}
          onRetry={() => void chronology.refetch()}
        />
      ) : entries.length === 0 ? (
        <div className="empty">
          <p>
            {view.kinds.length === chronologyKinds.length && !view.childId
              ? 'Nothing recorded for this family yet. Add a contact, record a referral or a concern, and it appears here in date order.'
              : 'Nothing matches these filters.'}
          </p>
        </div>
      ) : (
        <ol className="chronology" aria-label="Chronology entries">
          {entries.map((entry) => {
            const contact = contactOf(entry);
            const when = entryWhen(entry);
            return (
              <li key={entry.id} className={`chronology-entry chronology-entry--${entry.kind}`}>
                <p className="entry-when">{when}</p>
                <div className="entry-body">
                  <p className="entry-kind">{kindNames[entry.kind]}</p>
                  <h3 className="entry-title">{entry.title}</h3>
                  {entry.childNames.length > 0 && (
                    <p className="entry-children">
                      <span className="visually-hidden">Children: </span>
                      {entry.childNames.join(', ')}
                    </p>
                  )}
                  {entry.detail && <p className="prose entry-detail">{entry.detail}</p>}
                  {entry.source && <p className="entry-source">Source: {entry.source}</p>}
                  {contact && (
                    <div className="record-actions">
                      <Button onClick={() => setEditing(contact)}>
                        Edit<span className="visually-hidden"> the contact of {when}</span>
                      </Button>
                      <Button onClick={() => setDeleting(entry)}>
                        Delete<span className="visually-hidden"> the contact of {when}</span>
                      </Button>
                    </div>
                  )}
                </div>
              </li>
            );
          })}
        </ol>
      )}

      {editing && (
        <ContactDialog
          title="Edit contact"
          initial={editableContact(editing)}
          contactId={editing.id}
          onClose={() => setEditing(null)}
        />
      )}
      <ConfirmDialog
        open={deleting !== null}
        title="Delete this contact?"
        description="It is removed from the chronology and from search, with any next step it set. The audit trail keeps a note that it was deleted."
        confirmLabel="Delete contact"
        onConfirm={confirmDelete}
        onCancel={() => setDeleting(null)}
      />
    </>
  );
}
