import { format } from 'date-fns';
import { useState } from 'react';
import { Link } from 'react-router';
import { auditedRecords } from '../../../shared/audit';
import { LoadProblem } from '../../ui/LoadProblem';
import { PageHeading } from '../../ui/PageHeading';
import { Pager } from '../../ui/Pager';
import { useAuditTrail } from './auditQueries';

const PAGE_SIZE = 50;
type RecordType = keyof typeof auditedRecords;

const actions: Record<string, string> = {
  create: 'Added',
  update: 'Changed',
  delete: 'Removed',
  archive: 'Archived',
  restore: 'Restored',
};

/** Every change made in the vault, newest first: what and when, never the content. */
export function AuditPage() {
  const [tableName, setTableName] = useState<RecordType | ''>('');
  const [page, setPage] = useState(0);
  const trail = useAuditTrail({ ...(tableName ? { tableName } : {}), page, pageSize: PAGE_SIZE });

  return (
    <div className="page">
      <PageHeading>Audit trail</PageHeading>
      <p>
        Every change made in this vault, newest first. It shows what was done and when, never what a record
        says. <Link to="/settings">Back to settings</Link>
      </p>
      <div className="field">
        <label htmlFor="audit-record-type">Show changes to</label>
        <select
          id="audit-record-type"
          className="input select"
          value={tableName}
          onChange={(event) => {
            setTableName(event.target.value as RecordType | '');
            setPage(0);
          }}
        >
          <option value="">All records</option>
          {Object.entries(auditedRecords).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      {trail.isPending ? (
        <p>Loading the audit trail…</p>
      ) : trail.isError ? (
        <LoadProblem what="the audit trail" error={trail.error} onRetry={() => void trail.refetch()} />
      ) : (
        <>
          <table className="table">
            <caption className="visually-hidden">Changes, newest first</caption>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">What was done</th>
                <th scope="col">Record</th>
                <th scope="col">Record reference</th>
              </tr>
            </thead>
            <tbody>
              {trail.data.rows.map((entry) => (
                <tr key={entry.id}>
                  <td>{format(new Date(entry.at), 'EEE d MMM yyyy, HH:mm:ss')}</td>
                  <td>{actions[entry.action] ?? entry.action}</td>
                  <td>{auditedRecords[entry.tableName as RecordType] ?? entry.tableName}</td>
                  <td>
                    <code>{entry.recordId}</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pager
            page={page}
            pageSize={PAGE_SIZE}
            total={trail.data.total}
            onPage={setPage}
            noun={['change', 'changes']}
          />
        </>
      )}
    </div>
  );
}
