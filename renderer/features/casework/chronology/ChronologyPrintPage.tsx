import { Link, useParams, useSearchParams } from 'react-router';
import { isoToDisplay, isoToUk } from '../../../../shared/dates';
import { knownAs, type Family } from '../../../../shared/families';
import type { ChronologyEntry } from '../../../../shared/casework';
import { LoadProblem } from '../../../ui/LoadProblem';
import { PageHeading } from '../../../ui/PageHeading';
import { PrintToolbar } from '../../../ui/PrintToolbar';
import { todayIso } from '../../families/dates';
import { useFamily } from '../../families/queries';
import { useSettings } from '../../settings/queries';
import {
  describeView,
  entryWhen,
  kindsToFetch,
  ordered,
  paramsOf,
  viewFromParams,
  type ChronologyView,
} from './chronologyView';
import { useChronology } from './queries';
import '../../../ui/printSheet.css';
import './print.css';
import { FamilyContext } from '../../families/FamilyContext';

/**
 * /families/:familyId/chronology/print: the chronology as a document for a social worker or a conference,
 * without the app around it. The screen shows it as an A4 sheet; printing (Ctrl+P, or Print) gives just the
 * sheet, its header repeated and its pages numbered.
 */
export function ChronologyPrintPage() {
  const { familyId = '' } = useParams();
  const [params] = useSearchParams();
  const view = viewFromParams(params);
  const family = useFamily(familyId);
  const settings = useSettings();
  const chronology = useChronology(familyId, kindsToFetch(view), view.childId, view.kinds.length > 0);
  const query = paramsOf(view).toString();
  const back = `/families/${familyId}/chronology${query ? `?${query}` : ''}`;

  const problem = family.error ?? settings.error ?? chronology.error;
  return (
    <div className="print-view print-view--chronology">
      <PrintToolbar>
        <Link to={back}>Back to the family</Link>
      </PrintToolbar>
      {/* An internal record: the banner's words print above it, so a reader of the paper knows too. */}
      <div className="print-context">
        <FamilyContext familyId={familyId} printBanner />
      </div>
      {problem ? (
        <div className="print-sheet">
          <PageHeading>Chronology not shown</PageHeading>
          <LoadProblem
            what="the chronology"
            error={problem}
            onRetry={() => void Promise.all([family.refetch(), settings.refetch(), chronology.refetch()])}
          />
        </div>
      ) : family.data && settings.data && (chronology.data || view.kinds.length === 0) ? (
        <ChronologySheet
          family={family.data}
          schoolName={settings.data.schoolName}
          workerName={settings.data.workerName}
          view={view}
          entries={ordered(chronology.data ?? [], view)}
        />
      ) : (
        <div className="print-sheet">
          <PageHeading>Chronology</PageHeading>
          <p>Loading the chronology…</p>
        </div>
      )}
    </div>
  );
}

interface ChronologySheetProps {
  family: Family;
  schoolName: string;
  workerName: string;
  view: ChronologyView;
  entries: ChronologyEntry[];
}

/**
 * Each printed page's running header names the family, so a page that comes loose is still identifiable.
 * CSS cannot read the name from the page, so it is written into the @page rule here. JSON's quoting is
 * valid CSS string quoting; the style element's text is set through the DOM, not parsed as HTML.
 */
function RunningHeader({ familyName }: { familyName: string }) {
  const label = JSON.stringify(`Chronology: ${familyName}`);
  return (
    <style>{`@page chronology { @top-right { content: ${label}; font-family: system-ui, sans-serif; font-size: 9pt; } }`}</style>
  );
}

function ChronologySheet({ family, schoolName, workerName, view, entries }: ChronologySheetProps) {
  return (
    <article className="print-sheet" aria-labelledby="print-title">
      <RunningHeader familyName={family.familyName} />
      <header className="print-header">
        <p className="print-confidential">Confidential</p>
        <div className="print-title-row">
          <PageHeading>
            <span id="print-title">Chronology</span>
          </PageHeading>
          <p className="print-family">{family.familyName}</p>
        </div>
        <dl className="print-facts">
          <dt>Children</dt>
          <dd>
            {family.children
              .map(
                (child) =>
                  `${child.name}${child.preferredName && child.preferredName !== child.name ? ` (known as ${knownAs(child)})` : ''}, born ${isoToUk(child.dateOfBirth)}`,
              )
              .join('; ')}
          </dd>
          <dt>School</dt>
          <dd>{schoolName}</dd>
          <dt>Prepared by</dt>
          <dd>
            {workerName} on {isoToDisplay(todayIso())}
          </dd>
          <dt>Showing</dt>
          <dd>
            {describeView(view, family)} {entries.length === 1 ? '1 entry.' : `${entries.length} entries.`}
          </dd>
        </dl>
      </header>
      {entries.length === 0 ? (
        <p>No entries match.</p>
      ) : (
        <table className="print-table">
          <colgroup>
            <col className="print-col-when" />
            <col className="print-col-event" />
            <col className="print-col-child" />
            <col className="print-col-what" />
            <col className="print-col-source" />
          </colgroup>
          <thead>
            <tr>
              <th scope="col">Date and time</th>
              <th scope="col">Event</th>
              <th scope="col">Child</th>
              <th scope="col">What happened</th>
              <th scope="col">Source</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.id} className={`print-row print-row--${entry.kind}`}>
                <td>{entryWhen(entry)}</td>
                <td>{entry.title}</td>
                <td>{entry.childNames.join(', ') || '—'}</td>
                <td className="print-detail">{entry.detail || '—'}</td>
                <td>{entry.source || '—'}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <td colSpan={5} className="print-end">
                End of the chronology. Confidential: do not pass on without the school’s agreement.
              </td>
            </tr>
          </tfoot>
        </table>
      )}
    </article>
  );
}
