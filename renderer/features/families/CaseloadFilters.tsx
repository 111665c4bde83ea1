import type { CaseloadView } from './caseloadView';

interface CaseloadFiltersProps {
  view: CaseloadView;
  onSearch: (text: string) => void;
  onStatus: (status: CaseloadView['status']) => void;
}

const statuses: { value: CaseloadView['status']; label: string }[] = [
  { value: 'active', label: 'Active families' },
  { value: 'archived', label: 'Archived families' },
  { value: 'all', label: 'All families' },
];

export function CaseloadFilters({ view, onSearch, onStatus }: CaseloadFiltersProps) {
  return (
    <search className="filters">
      <div className="field">
        <label htmlFor="find-family">Find a family</label>
        <p id="find-family-hint" className="field-hint">
          Any family, carer or child name
        </p>
        <input
          id="find-family"
          type="search"
          className="input input--medium"
          autoComplete="off"
          spellCheck={false}
          aria-describedby="find-family-hint"
          value={view.search}
          onChange={(event) => onSearch(event.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor="family-status">Show</label>
        <select
          id="family-status"
          className="input select"
          value={view.status}
          onChange={(event) => onStatus(event.target.value as CaseloadView['status'])}
        >
          {statuses.map((status) => (
            <option key={status.value} value={status.value}>
              {status.label}
            </option>
          ))}
        </select>
      </div>
    </search>
  );
}
