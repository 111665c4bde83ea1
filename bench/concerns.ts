import { dslRoutes } from '../shared/casework';
import { DAY, duringSchoolHours, localDateTime, MINUTE, NOW, schoolDayIn, timestamp } from './calendar';
import {
  actionsTaken,
  addendumNotes,
  concernsSeen,
  dslDecisions,
  dslNames,
  resolvedReasons,
} from './casework-notes';
import { namesFor, pickEngaged, type CaseworkFamily } from './casework-family';
import { audit, type Dataset } from './dataset';
import { fill, type Names } from './notes';
import type { Random } from './random';

type AddendumKind = 'passed_to_dsl' | 'dsl_decision' | 'note' | 'resolved';

function addAddendum(
  random: Random,
  data: Dataset,
  concernId: string,
  kind: AddendumKind,
  at: number,
  names: Names,
): void {
  const id = random.uuid();
  const text = {
    passed_to_dsl: '',
    dsl_decision: random.pick(dslDecisions),
    note: random.pick(addendumNotes),
    resolved: random.pick(resolvedReasons),
  }[kind];
  const passed = kind === 'passed_to_dsl';
  data.concernAddenda.push({
    id,
    concernId,
    kind,
    text: fill(text, names),
    // Told to the DSL a few minutes before it was written down.
    passedAt: passed ? localDateTime(at - random.int(5, 15) * MINUTE) : null,
    passedHow: passed ? random.pick(dslRoutes) : '',
    dslName: passed ? random.pick(dslNames) : '',
    createdAt: timestamp(at),
  });
  audit(data, timestamp(at), 'create', 'concern_addenda', id);
}

/**
 * A safeguarding concern as recordConcern writes it, and the addenda added later, in the order they would
 * be: passed to the DSL (usually as it is recorded), the DSL's decision, a note, resolved. Nearly every
 * concern is passed on; those that are not are mostly from the last fortnight.
 */
export function addConcern(random: Random, data: Dataset, family: CaseworkFamily, day: number): void {
  const id = random.uuid();
  const child = random.pick(family.children);
  const names = namesFor(random, family, child.id);
  const occurred = duringSchoolHours(random, day);
  const recorded = occurred + random.int(20, 150) * MINUTE;
  data.concerns.push({
    id,
    familyId: family.id,
    childId: child.id,
    occurredAt: localDateTime(occurred),
    whatHappened: fill(random.pick(concernsSeen), names),
    actionTaken: fill(random.pick(actionsTaken), names),
    createdAt: timestamp(recorded),
  });
  audit(data, timestamp(recorded), 'create', 'concerns', id);

  const recent = NOW.getTime() - occurred < 14 * DAY;
  if (!random.chance(recent ? 0.5 : 0.95)) return;
  const steps: [AddendumKind, number][] = [
    ['passed_to_dsl', random.chance(0.8) ? 0 : random.int(60, 48 * 60) * MINUTE],
  ];
  if (random.chance(0.6)) {
    steps.push(['dsl_decision', random.int(1, 5) * DAY]);
    if (random.chance(0.3)) steps.push(['note', random.int(2, 20) * DAY]);
    if (random.chance(0.5)) steps.push(['resolved', random.int(20, 90) * DAY]);
  }
  let at = recorded;
  for (const [kind, after] of steps) {
    at += after;
    if (at > NOW.getTime()) return;
    addAddendum(random, data, id, kind, at, names);
  }
}

/** A concern for one family in forty, most in families with a case, most while the case was open. */
export function addConcerns(
  random: Random,
  data: Dataset,
  families: CaseworkFamily[],
  withCases: CaseworkFamily[],
): void {
  for (let n = Math.round(families.length / 40); n > 0; n--) {
    const family = random.chance(0.75) ? random.pick(withCases) : pickEngaged(random, families);
    const window = family.busy.length && random.chance(0.8) ? random.pick(family.busy) : family.span;
    addConcern(random, data, family, schoolDayIn(random, window.from, window.to));
  }
}
