import { asc, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import { fail } from '../../shared/errors';
import { knownAs } from '../../shared/families';
import {
  indicatorKeys,
  type Assessment,
  type assessmentInput,
  type Indicator,
  type Scorer,
  type WellbeingChange,
  type WellbeingScale,
} from '../../shared/wellbeing';
import { assessments, assessmentScores, children, families } from '../db/schema';
import { write, type ServiceDeps } from './deps';
import { refuseFuture } from './guards';

export function recordAssessment(deps: ServiceDeps, input: z.output<typeof assessmentInput>): { id: string } {
  refuseFuture(
    deps.now(),
    input.assessedOn,
    'assessedOn',
    'A web records how things are now or were, so its date cannot be after today.',
  );
  return write(deps, (tx, audit, at) => {
    const child = tx
      .select({ familyId: children.familyId })
      .from(children)
      .where(eq(children.id, input.childId))
      .get();
    if (!child) fail('not_found', 'That child is not in the vault.');
    const id = deps.newId();
    tx.insert(assessments)
      .values({
        id,
        familyId: child.familyId,
        childId: input.childId,
        assessedOn: input.assessedOn,
        scale: input.scale,
        scoredBy: input.scoredBy,
        createdAt: at,
      })
      .run();
    for (const indicator of indicatorKeys) {
      const entry = input.scores[indicator];
      tx.insert(assessmentScores)
        .values({
          assessmentId: id,
          indicator,
          score: entry.score,
          skippedReason: entry.skippedReason,
          note: entry.note,
        })
        .run();
    }
    audit('create', 'assessments', id);
    return { id };
  });
}

function withScores(deps: ServiceDeps, rows: (typeof assessments.$inferSelect)[]): Assessment[] {
  const scores = rows.length
    ? deps.db
        .select()
        .from(assessmentScores)
        .where(
          inArray(
            assessmentScores.assessmentId,
            rows.map((row) => row.id),
          ),
        )
        .all()
    : [];
  return rows.map((row) => {
    const own = scores.filter((score) => score.assessmentId === row.id);
    const entry = (indicator: Indicator) => {
      const found = own.find((score) => score.indicator === indicator);
      return {
        score: found?.score ?? null,
        skippedReason: found?.skippedReason ?? '',
        note: found?.note ?? '',
      };
    };
    return {
      id: row.id,
      familyId: row.familyId,
      childId: row.childId,
      assessedOn: row.assessedOn,
      scale: row.scale as WellbeingScale,
      scoredBy: row.scoredBy as Scorer,
      createdAt: row.createdAt,
      scores: Object.fromEntries(
        indicatorKeys.map((indicator) => [indicator, entry(indicator)]),
      ) as Assessment['scores'],
    };
  });
}

/** A child's webs, oldest first: the first is the baseline the later ones are laid over. */
export function listAssessments(deps: ServiceDeps, childId: string): Assessment[] {
  const child = deps.db.select({ id: children.id }).from(children).where(eq(children.id, childId)).get();
  if (!child) fail('not_found', 'That child is not in the vault.');
  const rows = deps.db
    .select()
    .from(assessments)
    .where(eq(assessments.childId, childId))
    .orderBy(asc(assessments.assessedOn), asc(assessments.createdAt))
    .all();
  return withScores(deps, rows);
}

/**
 * Across the caseload: for each child with at least two webs from the same scorer on the same scale, the
 * movement per indicator from the first to the latest. Scores on different scales are never compared.
 */
export function wellbeingChanges(deps: ServiceDeps): WellbeingChange[] {
  const rows = deps.db
    .select({
      assessment: assessments,
      childName: children.name,
      preferredName: children.preferredName,
      familyName: families.familyName,
    })
    .from(assessments)
    .innerJoin(children, eq(children.id, assessments.childId))
    .innerJoin(families, eq(families.id, assessments.familyId))
    .where(eq(families.status, 'active'))
    .orderBy(asc(assessments.assessedOn), asc(assessments.createdAt))
    .all();
  const full = new Map(
    withScores(
      deps,
      rows.map((row) => row.assessment),
    ).map((one) => [one.id, one]),
  );
  const series = new Map<
    string,
    { first: Assessment; last: Assessment; childName: string; familyName: string }
  >();
  for (const row of rows) {
    const assessment = full.get(row.assessment.id)!;
    const key = `${assessment.childId}|${assessment.scoredBy}|${assessment.scale}`;
    const known = series.get(key);
    if (known) known.last = assessment;
    else
      series.set(key, {
        first: assessment,
        last: assessment,
        childName: knownAs({ name: row.childName, preferredName: row.preferredName }),
        familyName: row.familyName,
      });
  }
  return [...series.values()]
    .filter(({ first, last }) => first.id !== last.id)
    .map(({ first, last, childName, familyName }) => ({
      childId: first.childId,
      childName,
      familyId: first.familyId,
      familyName,
      scoredBy: first.scoredBy,
      baselineOn: first.assessedOn,
      latestOn: last.assessedOn,
      scale: first.scale,
      changes: indicatorKeys.map((indicator) => {
        const baseline = first.scores[indicator].score;
        const latest = last.scores[indicator].score;
        return {
          indicator,
          baseline,
          latest,
          change: baseline !== null && latest !== null ? latest - baseline : null,
        };
      }),
    }));
}
