import { useState } from 'react';
import type { Addendum, Concern } from '../../../../shared/casework';
import { knownAs, type Family } from '../../../../shared/families';
import { Button } from '../../../ui/Button';
import { dateTimeDisplay, momentOf } from '../../families/dates';
import { PassToDslDialog, TextAddendumDialog, type TextAddendumKind } from './AddendumDialog';

const addendumHeadings: Record<Addendum['kind'], string> = {
  note: 'Note',
  passed_to_dsl: 'Passed to the DSL',
  dsl_decision: 'DSL’s decision',
  resolved: 'Resolved',
};

/** The concern's status in words, as badges and the banner show it. */
export function ConcernStatus({ concern }: { concern: Concern }) {
  return (
    <ul className="badges concern-status" aria-label="Status">
      <li className={concern.resolved ? 'badge' : 'badge badge--safeguarding'}>
        {concern.resolved ? 'Resolved' : 'Open'}
      </li>
      <li className="badge">{concern.passedToDsl ? 'Passed to the DSL' : 'Not yet passed to the DSL'}</li>
    </ul>
  );
}

type Adding = { kind: 'passed_to_dsl' } | { kind: TextAddendumKind } | null;

/** A concern as recorded (read-only for good), its additions in order, and the ways to add to it. */
export function ConcernRecord({ concern, family }: { concern: Concern; family: Family }) {
  const [adding, setAdding] = useState<Adding>(null);
  const child = family.children.find((each) => each.id === concern.childId);
  return (
    <article className="card concern" aria-labelledby={`concern-${concern.id}`}>
      <div className="record-heading">
        <h2 id={`concern-${concern.id}`}>Concern of {dateTimeDisplay(concern.occurredAt)}</h2>
        <ConcernStatus concern={concern} />
      </div>
      <dl className="details details--wide">
        <dt>When it happened</dt>
        <dd>{dateTimeDisplay(concern.occurredAt)}</dd>
        <dt>Child</dt>
        <dd>{child ? knownAs(child) : 'Not about one child'}</dd>
        <dt>What was seen or said</dt>
        <dd className="prose">{concern.whatHappened}</dd>
        <dt>Action taken</dt>
        <dd className="prose">{concern.actionTaken}</dd>
        <dt>Recorded</dt>
        <dd>{momentOf(concern.createdAt)}</dd>
      </dl>

      <h3>Added since</h3>
      {concern.addenda.length === 0 ? (
        <p className="muted">Nothing yet.</p>
      ) : (
        <ol className="addenda">
          {concern.addenda.map((addendum) => (
            <li key={addendum.id} className={`addendum addendum--${addendum.kind}`}>
              <p className="addendum-heading">
                <strong>{addendumHeadings[addendum.kind]}</strong>{' '}
                <span className="muted">added {momentOf(addendum.createdAt)}</span>
              </p>
              {addendum.kind === 'passed_to_dsl' && (
                <p>
                  Passed to {addendum.dslName} on{' '}
                  {addendum.passedAt ? dateTimeDisplay(addendum.passedAt) : ''} ({addendum.passedHow}).
                </p>
              )}
              {addendum.text && <p className="prose">{addendum.text}</p>}
            </li>
          ))}
        </ol>
      )}

      <div className="record-actions">
        {!concern.passedToDsl && (
          <Button variant="primary" onClick={() => setAdding({ kind: 'passed_to_dsl' })}>
            Pass to DSL
          </Button>
        )}
        {!concern.resolved && (
          <Button onClick={() => setAdding({ kind: 'dsl_decision' })}>Add the DSL’s decision</Button>
        )}
        <Button onClick={() => setAdding({ kind: 'note' })}>Add a note</Button>
        {!concern.resolved && <Button onClick={() => setAdding({ kind: 'resolved' })}>Mark resolved</Button>}
      </div>
      {adding?.kind === 'passed_to_dsl' && (
        <PassToDslDialog concern={concern} onClose={() => setAdding(null)} />
      )}
      {adding && adding.kind !== 'passed_to_dsl' && (
        <TextAddendumDialog concern={concern} kind={adding.kind} onClose={() => setAdding(null)} />
      )}
    </article>
  );
}
