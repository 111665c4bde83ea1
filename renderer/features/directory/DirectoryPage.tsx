import { useEffect, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { Input } from '../../../shared/api';
import { serviceAreas, type ReferralRoute, type ServiceArea } from '../../../shared/directory';
import { indicators, type Indicator } from '../../../shared/wellbeing';
import { call } from '../../api/client';
import { Button } from '../../ui/Button';
import { LoadProblem } from '../../ui/LoadProblem';
import { PageHeading } from '../../ui/PageHeading';
import { useToast } from '../../ui/Toast';
import { useDebouncedValue } from '../../ui/useDebouncedValue';
import { saveDownload, useServices } from './queries';
import { ServiceDialog } from './ServiceDialog';
import { ServiceTable } from './ServiceTable';
import './directory.css';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The filters live in the address, so Back returns to the same list. */
function filtersOf(params: URLSearchParams) {
  return {
    text: params.get('q') ?? '',
    category: params.get('category') ?? '',
    indicator: (params.get('indicator') ?? '') as Indicator | '',
    area: (params.get('area') ?? '') as ServiceArea | '',
    referralRoute: (params.get('route') ?? '') as ReferralRoute | '',
    staleOnly: params.get('stale') === '1',
    includeRetired: params.get('retired') === '1',
  };
}
type Filters = ReturnType<typeof filtersOf>;
const paramNames: Record<keyof Filters, string> = {
  text: 'q',
  category: 'category',
  indicator: 'indicator',
  area: 'area',
  referralRoute: 'route',
  staleOnly: 'stale',
  includeRetired: 'retired',
};

/** /directory: local and national services a family can be pointed to, kept up to date. */
export function DirectoryPage() {
  const toast = useToast();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  // The filters are the screen's own state (so quick changes never race); the address follows them.
  const [filters, setFilters] = useState(() => filtersOf(params));
  const settledText = useDebouncedValue(filters.text.trim(), 150);
  const query: Input<'directory.list'> = { ...filters, text: settledText };
  const services = useServices(query);
  const [adding, setAdding] = useState(false);
  const [exporting, setExporting] = useState(false);

  useEffect(() => {
    const next = new URLSearchParams();
    for (const [key, value] of Object.entries(filters) as [keyof Filters, Filters[keyof Filters]][]) {
      const text = typeof value === 'boolean' ? (value ? '1' : '') : value;
      if (text) next.set(paramNames[key], text);
    }
    setParams(next, { replace: true });
  }, [filters, setParams]);

  const setFilter = <K extends keyof Filters>(key: K, value: Filters[K]) =>
    setFilters((current) => ({ ...current, [key]: value }));

  const exportAll = async () => {
    setExporting(true);
    try {
      const file = await call('directory.export', { includeRetired: filters.includeRetired });
      saveDownload(file.fileName, file.dataBase64, XLSX);
      toast({ text: `Saved “${file.fileName}”.` });
    } catch (error) {
      toast({ text: `The directory was not exported. ${(error as Error).message}` });
    } finally {
      setExporting(false);
    }
  };

  const filtered = Object.entries(filters).some(([key, value]) => key !== 'includeRetired' && value);
  const rows = services.data?.services ?? [];

  return (
    <div className="page">
      <div className="page-header">
        <PageHeading>Directory of services</PageHeading>
        <div className="page-actions">
          <Button variant="primary" onClick={() => setAdding(true)}>
            Add a service
          </Button>
          <Link to="/directory/import" className="button button--secondary button-link">
            Import from a spreadsheet
          </Link>
          <Button onClick={() => void exportAll()} aria-disabled={exporting || undefined}>
            {exporting ? 'Exporting…' : 'Export to Excel'}
          </Button>
          <Link to="/directory/leaflet" className="button button--secondary button-link">
            Print a leaflet
          </Link>
        </div>
      </div>
      <search className="filters directory-filters" aria-label="Filter the directory">
        <div className="field">
          <label htmlFor="directory-text">Find a service</label>
          <input
            id="directory-text"
            type="search"
            className="input input--medium"
            autoComplete="off"
            spellCheck={false}
            value={filters.text}
            onChange={(event) => setFilter('text', event.target.value)}
          />
        </div>
        <FilterSelect
          id="directory-category"
          label="Category"
          value={filters.category}
          options={(services.data?.categories ?? []).map((category) => [category, category])}
          onChange={(value) => setFilter('category', value)}
        />
        <FilterSelect
          id="directory-indicator"
          label="Wellbeing indicator"
          value={filters.indicator}
          options={Object.entries(indicators)}
          onChange={(value) => setFilter('indicator', value as Indicator | '')}
        />
        <FilterSelect
          id="directory-area"
          label="Area"
          value={filters.area}
          options={Object.entries(serviceAreas)}
          onChange={(value) => setFilter('area', value as ServiceArea | '')}
        />
        <FilterSelect
          id="directory-route"
          label="How to refer"
          value={filters.referralRoute}
          options={[
            ['self', 'Self-referral'],
            ['professional', 'Professional referral'],
          ]}
          onChange={(value) => setFilter('referralRoute', value as ReferralRoute | '')}
        />
        <div className="checkbox filter-checkbox">
          <input
            id="directory-stale"
            type="checkbox"
            checked={filters.staleOnly}
            onChange={(event) => setFilter('staleOnly', event.target.checked)}
          />
          <div>
            <label htmlFor="directory-stale">Stale only</label>
          </div>
        </div>
        <div className="checkbox filter-checkbox">
          <input
            id="directory-retired"
            type="checkbox"
            checked={filters.includeRetired}
            onChange={(event) => setFilter('includeRetired', event.target.checked)}
          />
          <div>
            <label htmlFor="directory-retired">Include retired</label>
          </div>
        </div>
      </search>
      {services.isPending ? (
        <p>Loading the directory…</p>
      ) : services.isError ? (
        <LoadProblem what="the directory" error={services.error} onRetry={() => void services.refetch()} />
      ) : rows.length === 0 ? (
        filtered ? (
          <p className="empty-state" role="status">
            No services match these filters.{' '}
            <Button variant="link" onClick={() => setFilters(filtersOf(new URLSearchParams()))}>
              Clear the filters
            </Button>
          </p>
        ) : (
          <div className="empty-state">
            <p>
              The directory is empty. Add the services you point families to, or import the list you already
              keep in a spreadsheet.
            </p>
            <p className="page-actions">
              <Button onClick={() => setAdding(true)}>Add the first service</Button>
              <Link to="/directory/import">Import from a spreadsheet</Link>
            </p>
          </div>
        )
      ) : (
        <>
          <p role="status" className="row-count">
            {rows.length === 1 ? '1 service' : `${rows.length} services`}
            {filtered ? ' match' : ''}
            {rows.some((row) => row.stale) && `, ${rows.filter((row) => row.stale).length} stale`}
          </p>
          <ServiceTable rows={rows} />
        </>
      )}
      {adding && (
        <ServiceDialog
          onClose={(savedId) => {
            setAdding(false);
            if (savedId) void navigate(`/directory/${savedId}`);
          }}
        />
      )}
    </div>
  );
}

interface FilterSelectProps {
  id: string;
  label: string;
  value: string;
  options: [string, string][];
  onChange: (value: string) => void;
}

function FilterSelect({ id, label, value, options, onChange }: FilterSelectProps) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        className="input select"
        value={value}
        onChange={(event) => onChange(event.target.value)}
      >
        <option value="">Any</option>
        {options.map(([key, text]) => (
          <option key={key} value={key}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}
