import { useEffect, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { Input } from '../../../shared/api';
import {
  referralRoutes,
  serviceAreas,
  type ReferralRoute,
  type ServiceArea,
} from '../../../shared/directory';
import { indicators, type Indicator } from '../../../shared/wellbeing';
import { call } from '../../api/client';
import { Button } from '../../ui/Button';
import { LoadProblem } from '../../ui/LoadProblem';
import { PageHeading } from '../../ui/PageHeading';
import { SelectField } from '../../ui/SelectField';
import { choicesOf } from '../../ui/choices';
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
        <SelectField
          name="directory-category"
          label="Category"
          emptyOption="Any"
          value={filters.category}
          options={services.data?.categories ?? []}
          onChange={(event) => setFilter('category', event.target.value)}
        />
        <SelectField
          name="directory-indicator"
          label="Wellbeing indicator"
          emptyOption="Any"
          value={filters.indicator}
          options={choicesOf(indicators)}
          onChange={(event) => setFilter('indicator', event.target.value as Indicator | '')}
        />
        <SelectField
          name="directory-area"
          label="Area"
          emptyOption="Any"
          value={filters.area}
          options={choicesOf(serviceAreas)}
          onChange={(event) => setFilter('area', event.target.value as ServiceArea | '')}
        />
        <SelectField
          name="directory-route"
          label="How to refer"
          emptyOption="Any"
          value={filters.referralRoute}
          // A service taking both kinds of referral matches either, so "both" is no choice of its own.
          options={choicesOf({ self: referralRoutes.self, professional: referralRoutes.professional })}
          onChange={(event) => setFilter('referralRoute', event.target.value as ReferralRoute | '')}
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
