import { desc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { fail } from '../../shared/errors';
import type { CaseStudy, caseStudyInput } from '../../shared/returns';
import { carers, caseStudies, children, families, professionals } from '../db/schema';
import type { Db, Tx } from '../db/connection';
import { write, type ServiceDeps } from './deps';
import { anonymise, type FamilyDetails } from './returnsAnonymise';

function familyDetails(db: Db | Tx, familyId: string): FamilyDetails {
  const family = db.select().from(families).where(eq(families.id, familyId)).get();
  if (!family) fail('not_found', 'That family is no longer in Linkbook.');
  return {
    familyName: family.familyName,
    address: family.address,
    postcode: family.postcode,
    children: db
      .select()
      .from(children)
      .where(eq(children.familyId, familyId))
      .orderBy(children.position)
      .all(),
    carers: db.select().from(carers).where(eq(carers.familyId, familyId)).orderBy(carers.position).all(),
    professionals: db.select().from(professionals).where(eq(professionals.familyId, familyId)).all(),
  };
}

const rows = (db: Db) =>
  db
    .select({
      id: caseStudies.id,
      familyId: caseStudies.familyId,
      familyName: families.familyName,
      title: caseStudies.title,
      text: caseStudies.text,
      updatedAt: caseStudies.updatedAt,
    })
    .from(caseStudies)
    .innerJoin(families, eq(families.id, caseStudies.familyId));

export function listCaseStudies(deps: ServiceDeps): CaseStudy[] {
  return rows(deps.db).orderBy(desc(caseStudies.updatedAt)).all();
}

/** Anonymised as it is saved: the worker writes freely, and only the anonymised story is kept. */
export function saveCaseStudy(deps: ServiceDeps, input: z.output<typeof caseStudyInput>): CaseStudy {
  const id = input.id ?? deps.newId();
  write(deps, (tx, audit, at) => {
    const details = familyDetails(tx, input.familyId);
    const values = {
      title: anonymise(input.title, details),
      text: anonymise(input.text, details),
      updatedAt: at,
    };
    if (input.id) {
      const changed = tx.update(caseStudies).set(values).where(eq(caseStudies.id, input.id)).run();
      if (changed.changes === 0) fail('not_found', 'That case study is no longer in Linkbook.');
      audit('update', 'case_studies', id);
    } else {
      tx.insert(caseStudies)
        .values({ id, familyId: input.familyId, ...values, createdAt: at })
        .run();
      audit('create', 'case_studies', id);
    }
  });
  return rows(deps.db).where(eq(caseStudies.id, id)).get()!;
}

export function removeCaseStudy(deps: ServiceDeps, id: string): null {
  write(deps, (tx, audit) => {
    const removed = tx.delete(caseStudies).where(eq(caseStudies.id, id)).run();
    if (removed.changes === 0) fail('not_found', 'That case study is no longer in Linkbook.');
    audit('delete', 'case_studies', id);
  });
  return null;
}
