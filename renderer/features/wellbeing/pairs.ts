import { isoToDisplay } from '../../../shared/dates';
import { indicatorKeys, scorers, type Assessment, type Indicator } from '../../../shared/wellbeing';
import type { WebLayer } from './WellbeingWeb';

/** "Tue 4 Nov 2025, the child": which web, and whose view it is. */
export function webLabel(assessment: Assessment): string {
  return `${isoToDisplay(assessment.assessedOn)}, ${scorers[assessment.scoredBy].toLowerCase()}`;
}

export function layerOf(assessment: Assessment): WebLayer {
  return {
    label: webLabel(assessment),
    scores: Object.fromEntries(indicatorKeys.map((key) => [key, assessment.scores[key].score])) as Record<
      Indicator,
      number | null
    >,
  };
}

function baselineOf(assessments: Assessment[], shown: Assessment): Assessment | null {
  const baseline = assessments.find(
    (one) => one.scoredBy === shown.scoredBy && one.scale === shown.scale && one.id !== shown.id,
  );
  return baseline && baseline.assessedOn <= shown.assessedOn ? baseline : null;
}

/**
 * What the tab shows first (the list is oldest first): the latest web that has a baseline, the earliest web
 * by the same person on the same scale, laid over it as at a review; else the latest web on its own.
 * Given `shown`, that web over its own baseline.
 */
export function defaultPair(
  assessments: Assessment[],
  shown?: Assessment,
): { shown: Assessment; over: Assessment | null } {
  if (shown) return { shown, over: baselineOf(assessments, shown) };
  for (const candidate of [...assessments].reverse()) {
    const over = baselineOf(assessments, candidate);
    if (over) return { shown: candidate, over };
  }
  return { shown: assessments[assessments.length - 1]!, over: null };
}

/** The views given on the same day as this web, on its scale, one per person (their latest that day). */
export function sameDayViews(assessments: Assessment[], shown: Assessment): Assessment[] {
  const byScorer = new Map<string, Assessment>();
  for (const one of assessments) {
    if (one.assessedOn === shown.assessedOn && one.scale === shown.scale) byScorer.set(one.scoredBy, one);
  }
  byScorer.set(shown.scoredBy, shown);
  return [...byScorer.values()].slice(0, 3);
}
