import { Link, useParams, useSearchParams } from 'react-router';
import { isoToDisplay } from '../../../shared/dates';
import { planStatuses, type Plan, type PlanVersion } from '../../../shared/plans';
import { usePrintShortcut } from '../../app/shortcuts';
import { LoadProblem } from '../../ui/LoadProblem';
import { PageHeading } from '../../ui/PageHeading';
import { dayOf } from '../families/dates';
import { WellbeingWeb } from '../wellbeing/WellbeingWeb';
import { LoadedPlan } from './LoadedPlan';
import { PlanEditor } from './PlanEditor';
import { PlanView } from './PlanView';
import { useChildAssessments } from './useChildAssessments';
import { versionWeb } from './webLayers';
import './plans.css';
import { FamilyContext } from '../families/FamilyContext';

/** /families/:familyId/plans/:planId[?version=N]: one plan, any of its versions; the current one by default. */
export function PlanPage() {
  const { familyId = '' } = useParams();
  return (
    <LoadedPlan back={<Link to={`/families/${familyId}/plans`}>Back to the family’s plans</Link>}>
      {(plan) => <PlanRecord plan={plan} />}
    </LoadedPlan>
  );
}

function versionLabel(version: PlanVersion) {
  if (version.review) return `reviewed ${isoToDisplay(version.review.reviewedOn)}`;
  if (version.finalisedAt) return `agreed ${dayOf(version.finalisedAt)}`;
  return 'draft';
}

function PlanRecord({ plan }: { plan: Plan }) {
  const [params] = useSearchParams();
  const current = plan.versions.at(-1)!;
  const version = plan.versions.find((one) => String(one.number) === params.get('version')) ?? current;
  const webs = useChildAssessments(plan.children.map((child) => child.id));
  const web = versionWeb(plan, version, webs.assessments);
  const base = `/families/${plan.familyId}/plans/${plan.id}`;
  usePrintShortcut(version.status === 'draft' ? null : `${base}/print?version=${version.number}`);
  const names = plan.children.map((child) => child.knownAs).join(' and ');

  return (
    <div className="page plan-page">
      <p>
        <Link to={`/families/${plan.familyId}/plans`}>{plan.familyName}: all plans</Link>
      </p>
      <FamilyContext familyId={plan.familyId} />
      <header className="plan-header">
        <PageHeading>Action plan for {names}</PageHeading>
        <p className="status">
          Version {version.number}: {planStatuses[version.status]}
        </p>
      </header>
      {plan.versions.length > 1 && (
        <nav aria-label="Versions of this plan">
          <ul className="inline-list plan-versions">
            {plan.versions.map((one) => (
              <li key={one.id}>
                {one.id === version.id ? (
                  <strong aria-current="page">
                    Version {one.number} ({versionLabel(one)})
                  </strong>
                ) : (
                  <Link to={`${base}?version=${one.number}`}>
                    Version {one.number} ({versionLabel(one)})
                  </Link>
                )}
              </li>
            ))}
          </ul>
        </nav>
      )}
      {version.status !== 'draft' && (
        <div className="plan-toolbar">
          <Link
            className="button button--primary"
            to={`${base}/print?version=${version.number}`}
            title="Print for the family (Ctrl+P)"
            aria-keyshortcuts="Control+P"
          >
            Print for the family
          </Link>
          {version.status === 'final' && (
            <Link className="button button--secondary" to={`${base}/review`}>
              Review the plan
            </Link>
          )}
        </div>
      )}

      <section aria-labelledby="plan-web-heading" className="plan-web">
        <h2 id="plan-web-heading">Wellbeing web</h2>
        {webs.error ? (
          <LoadProblem what="the wellbeing webs" error={webs.error} onRetry={() => void webs.refetch()} />
        ) : web ? (
          <WellbeingWeb
            scale={web.scale}
            layers={web.layers}
            caption={`${web.childName}’s wellbeing web${web.layers.length > 1 ? ': the start and now' : ''}`}
            size={320}
          />
        ) : (
          <p className="muted">
            {webs.isPending
              ? 'Loading the web…'
              : 'This version is not built on a wellbeing web. Assess on the Wellbeing tab, then start from it at the next review.'}
          </p>
        )}
      </section>

      {version.status === 'draft' && plan.versions.length > 1 && (
        <p className="notice">
          Started at the review of version {version.number - 1}: targets not yet achieved and actions not yet
          done were carried over. Update them with the family, set the next review date and agree the plan.
        </p>
      )}
      {version.status === 'draft' ? (
        <PlanEditor
          key={version.id}
          familyId={plan.familyId}
          version={version}
          basedOn={web?.latest ?? null}
        />
      ) : (
        <PlanView familyId={plan.familyId} version={version} />
      )}
    </div>
  );
}
