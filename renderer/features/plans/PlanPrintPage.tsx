import { useLayoutEffect, useRef, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { parentHeadings, parentPlan, webCaption, type ParentPlan } from '../../../shared/parentPlan';
import type { Plan, PlanVersion } from '../../../shared/plans';
import { PLAIN_ENGLISH_LEVEL, readingEase, type ReadingEase } from '../../../shared/readability';
import { indicators } from '../../../shared/wellbeing';
import { LoadProblem } from '../../ui/LoadProblem';
import { PageHeading } from '../../ui/PageHeading';
import { PrintToolbar } from '../../ui/PrintToolbar';
import { SchoolLogo } from '../settings/SchoolLogo';
import { useSettings } from '../settings/queries';
import { WellbeingWeb } from '../wellbeing/WellbeingWeb';
import { usePlan } from './queries';
import { useChildAssessments } from './useChildAssessments';
import { versionWeb } from './webLayers';
import '../../ui/printSheet.css';
import './print.css';
import { FamilyContext } from '../families/FamilyContext';

/**
 * /families/:familyId/plans/:planId/print[?version=N]: the plan as the family takes it home. Before
 * printing, the worker sees how easy the printed words are to read (Flesch reading ease, worked out from
 * the sheet's own text), with a warning when it falls below plain English.
 */
export function PlanPrintPage() {
  const { familyId = '', planId = '' } = useParams();
  const [params] = useSearchParams();
  const plan = usePlan(planId);
  const settings = useSettings();
  const version =
    plan.data?.versions.find((one) => String(one.number) === params.get('version')) ??
    plan.data?.versions.at(-1);
  const back = `/families/${familyId}/plans/${planId}${params.get('version') ? `?version=${params.get('version')}` : ''}`;
  const [ease, setEase] = useState<ReadingEase | null>(null);
  const problem = plan.error ?? settings.error;

  return (
    <div className="print-view print-view--plan">
      <PrintToolbar note={<ReadingEaseNote ease={ease} />}>
        <Link to={back}>Back to the plan</Link>
      </PrintToolbar>
      {/* On screen only: this sheet goes home with the family, so it never carries safeguarding words. */}
      <div className="print-context">
        <FamilyContext familyId={familyId} />
      </div>
      {problem ? (
        <div className="print-sheet">
          <PageHeading>Plan not shown</PageHeading>
          <LoadProblem
            what="the plan"
            error={problem}
            onRetry={() => void Promise.all([plan.refetch(), settings.refetch()])}
          />
        </div>
      ) : plan.data && settings.data && version ? (
        <PlanSheet
          plan={plan.data}
          version={version}
          schoolName={settings.data.schoolName}
          printed={parentPlan(plan.data, version, settings.data.workerName)}
          onMeasured={setEase}
        />
      ) : (
        <div className="print-sheet">
          <PageHeading>Plan</PageHeading>
          <p>Loading the plan…</p>
        </div>
      )}
    </div>
  );
}

function ReadingEaseNote({ ease }: { ease: ReadingEase | null }) {
  if (!ease) return null;
  const plain = ease.score >= PLAIN_ENGLISH_LEVEL;
  return (
    <p className={plain ? 'reading-ease' : 'reading-ease reading-ease--warning'} role="status">
      <strong>Reading ease: {Math.round(ease.score)}</strong>{' '}
      {plain
        ? `(plain English: ${PLAIN_ENGLISH_LEVEL} or more is easy for most parents to read).`
        : `Below ${PLAIN_ENGLISH_LEVEL}: many parents will find this hard to read. Shorter sentences and everyday words help; change the plan’s wording, then print.`}
    </p>
  );
}

interface PlanSheetProps {
  plan: Plan;
  version: PlanVersion;
  schoolName: string;
  printed: ParentPlan;
  onMeasured: (ease: ReadingEase) => void;
}

function PlanSheet({ plan, version, schoolName, printed, onMeasured }: PlanSheetProps) {
  const sheet = useRef<HTMLElement>(null);
  const webs = useChildAssessments(plan.children.map((child) => child.id));
  const web = versionWeb(plan, version, webs.assessments);
  const names = plan.children.map((child) => child.knownAs).join(' and ');

  // Measured from what is on the sheet after each render (the web and logo arrive later), so the score is
  // of exactly the words that will be printed; reported only when the words change.
  const measuredText = useRef('');
  useLayoutEffect(() => {
    const text = sheet.current?.innerText ?? '';
    if (text === measuredText.current) return;
    measuredText.current = text;
    onMeasured(readingEase(text));
  });

  return (
    <article className="print-sheet plan-sheet" ref={sheet} aria-labelledby="plan-title">
      <header className="plan-sheet-header">
        <SchoolLogo className="plan-sheet-logo" />
        <div>
          <p className="plan-sheet-school">{schoolName}</p>
          <p className="plan-sheet-confidential">Private: for {names}’s family and the school.</p>
        </div>
      </header>
      <h1 id="plan-title" className="plan-sheet-title">
        {printed.title}
      </h1>
      <p>{printed.intro}</p>
      {web && (
        <div className="plan-sheet-web">
          <WellbeingWeb
            scale={web.scale}
            layers={web.layers}
            caption={webCaption(web.latest.scoredBy, web.childName, web.scale)}
            size={260}
          />
        </div>
      )}
      <h2>{parentHeadings.working}</h2>
      {printed.needs.map((need, index) => (
        <section key={index} className="plan-sheet-need">
          <h3>
            {need.heading} <span className="plan-sheet-indicator">({indicators[need.indicator]})</span>
          </h3>
          <h4>{parentHeadings.want}</h4>
          <p className="plan-sheet-want">“{need.want}”</p>
          <h4>{parentHeadings.steps}</h4>
          <ul>
            {need.steps.map((step, stepIndex) => (
              <li key={stepIndex}>{step}</li>
            ))}
          </ul>
          <h4>{parentHeadings.who}</h4>
          <table className="plan-sheet-actions">
            <thead>
              <tr>
                <th scope="col">Who</th>
                <th scope="col">What</th>
                <th scope="col">When</th>
              </tr>
            </thead>
            <tbody>
              {need.actions.map((action, actionIndex) => (
                <tr key={actionIndex}>
                  <td>{action.who}</td>
                  <td>{action.what}</td>
                  <td>{action.when}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {need.help && (
            <>
              <h4>{parentHeadings.help}</h4>
              <p>{need.help}</p>
            </>
          )}
        </section>
      ))}
      <section className="plan-sheet-meet">
        <h2>{parentHeadings.meet}</h2>
        <p>{printed.meetAgain}</p>
      </section>
      <section className="plan-sheet-signatures">
        <h2>{parentHeadings.signed}</h2>
        {printed.signatures.map((who) => (
          <div key={who} className="plan-sheet-signature">
            <span className="plan-sheet-signer">{who}</span>
            <span className="plan-sheet-line" aria-hidden="true" />
            <span>Date</span>
            <span className="plan-sheet-line plan-sheet-line--short" aria-hidden="true" />
          </div>
        ))}
      </section>
    </article>
  );
}
