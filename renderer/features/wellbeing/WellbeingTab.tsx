import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { isoToDisplay } from '../../../shared/dates';
import { knownAs, type Child, type Family } from '../../../shared/families';
import {
  indicators,
  scorers,
  type Assessment,
  type Indicator,
  type WellbeingScale,
} from '../../../shared/wellbeing';
import { Button } from '../../ui/Button';
import { LoadProblem } from '../../ui/LoadProblem';
import { RadioGroupField } from '../../ui/RadioGroupField';
import { useSettings } from '../settings/queries';
import { AssessForm } from './AssessForm';
import { defaultPair, layerOf, sameDayViews, webLabel } from './pairs';
import { useAssessments } from './queries';
import { WellbeingWeb } from './WellbeingWeb';
import './wellbeing.css';

/** The family's Wellbeing tab: one child at a time (named in the URL, so a link can open that child). */
export function WellbeingTab({ family }: { family: Family }) {
  const [params, setParams] = useSearchParams();
  const chosen = family.children.find((child) => child.id === params.get('child')) ?? family.children[0];
  if (!chosen) return <p className="empty">This family has no children recorded.</p>;
  return (
    <>
      {family.children.length > 1 && (
        <RadioGroupField
          name="wellbeing-child"
          legend="Child"
          inline
          options={family.children.map((child) => ({ value: child.id, label: knownAs(child) }))}
          value={chosen.id}
          // flushSync: the chosen child's button shows as chosen at once, not after the address catches up.
          onChange={(childId) =>
            setParams({ child: childId }, { replace: true, preventScrollReset: true, flushSync: true })
          }
        />
      )}
      <ChildWellbeing key={chosen.id} child={chosen} />
    </>
  );
}

function ChildWellbeing({ child }: { child: Child }) {
  const name = knownAs(child);
  const assessments = useAssessments(child.id);
  const settings = useSettings();
  const [assessing, setAssessing] = useState(false);
  const defaultScale: WellbeingScale = settings.data?.wellbeingScale ?? 10;

  if (assessments.isPending) return <p>Loading {name}&apos;s wellbeing assessments…</p>;
  if (assessments.isError)
    return (
      <LoadProblem
        what={`${name}'s wellbeing assessments`}
        error={assessments.error}
        onRetry={() => void assessments.refetch()}
      />
    );
  if (assessing)
    return (
      <AssessForm
        childId={child.id}
        childName={name}
        defaultScale={defaultScale}
        onDone={() => setAssessing(false)}
      />
    );
  const list = assessments.data;
  if (list.length === 0)
    return (
      <div className="empty">
        <p>No wellbeing assessments yet. Assess {name}&apos;s wellbeing.</p>
        <Button variant="primary" onClick={() => setAssessing(true)}>
          Assess {name}&apos;s wellbeing
        </Button>
      </div>
    );
  return (
    <>
      <div className="page-header wellbeing-child-header">
        <h2>{name}&apos;s Wellbeing Web</h2>
        <div className="page-actions">
          <Button variant="primary" onClick={() => setAssessing(true)}>
            Assess {name}&apos;s wellbeing
          </Button>
        </div>
      </div>
      <WebComparison name={name} assessments={list} />
      <section className="card" aria-labelledby="wellbeing-assessments">
        <h2 id="wellbeing-assessments">All assessments ({list.length})</h2>
        <table className="table">
          <caption className="visually-hidden">{name}&apos;s wellbeing assessments, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Who scored</th>
              <th scope="col">Scale</th>
              <th scope="col">Not scored</th>
            </tr>
          </thead>
          <tbody>
            {[...list].reverse().map((assessment) => {
              const skipped = Object.entries(assessment.scores).filter(([, entry]) => entry.score === null);
              return (
                <tr key={assessment.id}>
                  <td>{isoToDisplay(assessment.assessedOn)}</td>
                  <td>{scorers[assessment.scoredBy]}</td>
                  <td>1 to {assessment.scale}</td>
                  <td>{skipped.length === 0 ? 'All scored' : `${skipped.length} of 8`}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>
    </>
  );
}

const NONE = 'none';

/**
 * The latest web, with an earlier one laid over it (by default the first web from the same person on the
 * same scale, the baseline). The worker may choose any two on the same scale instead.
 */
function WebComparison({ name, assessments }: { name: string; assessments: Assessment[] }) {
  const defaults = defaultPair(assessments);
  const [shownId, setShownId] = useState(defaults.shown.id);
  const [overId, setOverId] = useState(defaults.over?.id ?? NONE);
  const shown = assessments.find((one) => one.id === shownId) ?? defaults.shown;
  const candidates = assessments.filter((one) => one.id !== shown.id && one.scale === shown.scale);
  const over = candidates.find((one) => one.id === overId) ?? null;
  // Always earlier first, so the change reads from then to now.
  const pair = over ? [over, shown].sort((a, b) => a.assessedOn.localeCompare(b.assessedOn)) : [shown];
  const views = sameDayViews(assessments, shown);

  return (
    <section className="card" aria-labelledby="wellbeing-web-heading">
      <h2 id="wellbeing-web-heading" className="visually-hidden">
        The web
      </h2>
      <div className="wellbeing-compare">
        <div className="field">
          <label htmlFor="wellbeing-shown">Show the web from</label>
          <select
            id="wellbeing-shown"
            className="input select"
            value={shown.id}
            onChange={(event) => {
              const next = assessments.find((one) => one.id === event.target.value);
              setShownId(event.target.value);
              if (next) setOverId(defaultPair(assessments, next).over?.id ?? NONE);
            }}
          >
            {[...assessments].reverse().map((one) => (
              <option key={one.id} value={one.id}>
                {webLabel(one)}
              </option>
            ))}
          </select>
        </div>
        {candidates.length > 0 && (
          <div className="field">
            <label htmlFor="wellbeing-over">Lay over it</label>
            <select
              id="wellbeing-over"
              className="input select"
              value={over?.id ?? NONE}
              onChange={(event) => setOverId(event.target.value)}
            >
              <option value={NONE}>Nothing</option>
              {[...candidates].reverse().map((one) => (
                <option key={one.id} value={one.id}>
                  {webLabel(one)}
                </option>
              ))}
            </select>
          </div>
        )}
      </div>
      <WellbeingWeb
        scale={shown.scale}
        layers={pair.map(layerOf)}
        caption={
          over
            ? `${name}'s Wellbeing Web: ${webLabel(pair[0]!)} and ${webLabel(pair[1]!)}`
            : `${name}'s Wellbeing Web: ${webLabel(shown)}`
        }
      />
      <Notes assessments={pair} />
      {views.length > 1 && (
        <>
          <h3>Everyone&apos;s view on {isoToDisplay(shown.assessedOn)}</h3>
          <p>
            Scores given on the same day by different people, side by side. Where they differ, the notes say
            why.
          </p>
          <WellbeingWeb
            scale={shown.scale}
            layers={views.map((one) => ({ ...layerOf(one), label: scorers[one.scoredBy] }))}
            caption={`${name}'s Wellbeing Web on ${isoToDisplay(shown.assessedOn)}: ${views
              .map((one) => scorers[one.scoredBy].toLowerCase())
              .join(', ')}`}
          />
          <Notes assessments={views} />
        </>
      )}
    </section>
  );
}

/** Reasons for gaps and the notes behind the numbers, which the table has no room for. */
function Notes({ assessments }: { assessments: Assessment[] }) {
  const lines = assessments.flatMap((assessment) =>
    Object.entries(assessment.scores)
      .filter(([, entry]) => entry.note || (entry.score === null && entry.skippedReason))
      .map(([indicator, entry]) => ({
        key: `${assessment.id}-${indicator}`,
        who: webLabel(assessment),
        indicator,
        text: [entry.score === null ? `Not scored: ${entry.skippedReason}` : '', entry.note]
          .filter(Boolean)
          .join('. '),
      })),
  );
  if (lines.length === 0) return null;
  return (
    <div className="wellbeing-notes">
      <h3>Notes</h3>
      <ul>
        {lines.map((line) => (
          <li key={line.key}>
            <strong>{indicators[line.indicator as Indicator]}</strong> ({line.who}): {line.text}
          </li>
        ))}
      </ul>
    </div>
  );
}
