import { isoToUk } from '../../../shared/dates';
import type { Plan, PlanVersion } from '../../../shared/plans';
import { indicatorKeys, type Assessment, type Indicator } from '../../../shared/wellbeing';
import type { WebLayer } from '../wellbeing/WellbeingWeb';

export function layerOf(label: string, assessment: Assessment): WebLayer {
  return {
    label,
    scores: Object.fromEntries(indicatorKeys.map((key) => [key, assessment.scores[key].score])) as Record<
      Indicator,
      number | null
    >,
  };
}

/**
 * The web a version is built on, laid over the plan's first web when they differ and share a scale: the
 * start of the work against where things are now. Scores on different scales are never drawn together. A
 * plan for several children is built on one child's web, so the web is named for that child.
 */
export function versionWeb(plan: Plan, version: PlanVersion, assessments: Assessment[]) {
  const find = (id: string | null) => (id ? (assessments.find((one) => one.id === id) ?? null) : null);
  const latest = find(version.basedOnAssessmentId);
  const baseline = find(plan.versions.find((one) => one.basedOnAssessmentId)?.basedOnAssessmentId ?? null);
  if (!latest) return null;
  const layers: WebLayer[] = [];
  if (baseline && baseline.id !== latest.id && baseline.scale === latest.scale) {
    layers.push(layerOf(`At the start, ${isoToUk(baseline.assessedOn)}`, baseline));
  }
  layers.push(
    layerOf(layers.length ? `Now, ${isoToUk(latest.assessedOn)}` : isoToUk(latest.assessedOn), latest),
  );
  const childName = plan.children.find((child) => child.id === latest.childId)?.knownAs ?? '';
  return { scale: latest.scale, layers, latest, childName };
}
