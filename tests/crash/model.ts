/**
 * The records the parent expects, built only from the child's acks, and the same records read back from the
 * vault after a kill. Every name a write saves carries that write's tag (r<round>o<step>) and the counts it
 * wrote, so a torn write shows in the record itself as well as against the model.
 */
import type { Sqlite } from '../../electron/db/connection';
import type { ConcernRecord, ContactRecord, FamilyRecord, Intent } from './protocol';

export interface Content {
  families: Map<string, FamilyRecord>;
  contacts: Map<string, ContactRecord>;
  concerns: Map<string, ConcernRecord>;
  /** Imported services, by name (each import's names are unique to it). */
  services: Set<string>;
}

export function emptyContent(): Content {
  return { families: new Map(), contacts: new Map(), concerns: new Map(), services: new Set() };
}

export function cloneContent(content: Content): Content {
  return structuredClone(content);
}

export function recordCount(content: Content): number {
  return content.families.size + content.contacts.size + content.concerns.size + content.services.size;
}

const sorted = (values: string[]) => [...values].sort();

export function readContent(sqlite: Sqlite): Content {
  const content = emptyContent();
  const rows = <T>(sql: string) => sqlite.prepare(sql).all() as T[];
  for (const family of rows<{ id: string; name: string }>('SELECT id, family_name AS name FROM families'))
    content.families.set(family.id, { name: family.name, children: [], carers: [] });
  for (const child of rows<{ familyId: string; name: string }>(
    'SELECT family_id AS familyId, name FROM children',
  ))
    content.families.get(child.familyId)?.children.push(child.name);
  for (const carer of rows<{ familyId: string; name: string }>(
    'SELECT family_id AS familyId, name FROM carers',
  ))
    content.families.get(carer.familyId)?.carers.push(carer.name);
  for (const family of content.families.values()) {
    family.children.sort();
    family.carers.sort();
  }
  for (const contact of rows<{ id: string; familyId: string; summary: string }>(
    'SELECT id, family_id AS familyId, summary FROM contacts',
  ))
    content.contacts.set(contact.id, { familyId: contact.familyId, summary: contact.summary, childIds: [] });
  for (const link of rows<{ contactId: string; childId: string }>(
    'SELECT contact_id AS contactId, child_id AS childId FROM contact_children',
  ))
    content.contacts.get(link.contactId)?.childIds.push(link.childId);
  for (const contact of content.contacts.values()) contact.childIds.sort();
  for (const concern of rows<{ id: string; familyId: string; whatHappened: string }>(
    'SELECT id, family_id AS familyId, what_happened AS whatHappened FROM concerns',
  ))
    content.concerns.set(concern.id, {
      familyId: concern.familyId,
      whatHappened: concern.whatHappened,
      addenda: [],
    });
  for (const addendum of rows<{ concernId: string; kind: string }>(
    'SELECT concern_id AS concernId, kind FROM concern_addenda',
  ))
    content.concerns.get(addendum.concernId)?.addenda.push(addendum.kind);
  for (const concern of content.concerns.values()) concern.addenda.sort();
  for (const service of rows<{ name: string }>('SELECT name FROM services'))
    content.services.add(service.name);
  return content;
}

/** Applies an acknowledged write to the model. `id` is the new record's id from the ack. */
export function applyAck(
  content: Content,
  intent: Intent,
  id: string | undefined,
  snapshots: ReadonlyMap<string, Content>,
): Content {
  switch (intent.op) {
    case 'families.create':
      content.families.set(requireId(id, intent.op), normalFamily(intent.record));
      return content;
    case 'families.update':
      content.families.set(intent.id, normalFamily(intent.record));
      return content;
    case 'contacts.create':
      content.contacts.set(requireId(id, intent.op), intent.record);
      return content;
    case 'contacts.update':
      content.contacts.set(intent.id, intent.record);
      return content;
    case 'concerns.record':
      content.concerns.set(requireId(id, intent.op), {
        ...intent.record,
        addenda: sorted(intent.record.addenda),
      });
      return content;
    case 'concerns.addAddendum': {
      const concern = content.concerns.get(intent.concernId);
      if (concern) concern.addenda = sorted([...concern.addenda, 'note']);
      return content;
    }
    case 'directory.importCommit':
      for (const name of intent.names) content.services.add(name);
      return content;
    case 'vault.restore': {
      const snapshot = snapshots.get(intent.file);
      if (!snapshot) throw new Error(`restored ${intent.file}, whose records the harness does not know`);
      return cloneContent(snapshot);
    }
    case 'vault.create':
      return emptyContent();
    default:
      return content;
  }
}

function requireId(id: string | undefined, op: string): string {
  if (!id) throw new Error(`the ack of ${op} carries no id`);
  return id;
}

function normalFamily(record: FamilyRecord): FamilyRecord {
  return { name: record.name, children: sorted(record.children), carers: sorted(record.carers) };
}

/**
 * The model as it would be had the write in flight at the kill been committed, or null when the write
 * cannot change records. A new record's id is unknown (it was never acked): it is found by its unique tag.
 */
export function withInFlight(
  model: Content,
  intent: Intent,
  actual: Content,
  snapshots: ReadonlyMap<string, Content>,
): Content | null {
  const find = <T>(records: Map<string, T>, matches: (record: T) => boolean) =>
    [...records].find(([, record]) => matches(record))?.[0] ?? 'in-flight record (not found)';
  switch (intent.op) {
    case 'families.create':
      return applyAck(
        cloneContent(model),
        intent,
        find(actual.families, (family) => family.name === intent.record.name),
        snapshots,
      );
    case 'contacts.create':
      return applyAck(
        cloneContent(model),
        intent,
        find(actual.contacts, (contact) => contact.summary === intent.record.summary),
        snapshots,
      );
    case 'concerns.record':
      return applyAck(
        cloneContent(model),
        intent,
        find(actual.concerns, (concern) => concern.whatHappened === intent.record.whatHappened),
        snapshots,
      );
    case 'families.update':
    case 'contacts.update':
    case 'concerns.addAddendum':
    case 'directory.importCommit':
      return applyAck(cloneContent(model), intent, undefined, snapshots);
    case 'vault.restore':
      return snapshots.has(intent.file) ? applyAck(model, intent, undefined, snapshots) : null;
    default:
      return null;
  }
}

export type ContentCheck = 'acked-writes-present' | 'nothing-half-written' | 'no-unexpected-records';
export interface Difference {
  check: ContentCheck;
  message: string;
}

const TAG = /\br\d+o\d+\b/g;
const tagsOf = (texts: string[]) => new Set(texts.flatMap((text) => text.match(TAG) ?? []));

/** A record that disagrees with itself was torn: its parts come from different writes, or lack some. */
export function tornFamily(family: FamilyRecord): boolean {
  const counts = /\bc(\d+) k(\d+)$/.exec(family.name);
  if (!counts) return false;
  return (
    tagsOf([family.name, ...family.children, ...family.carers]).size !== 1 ||
    family.children.length !== Number(counts[1]) ||
    family.carers.length !== Number(counts[2])
  );
}
function tornContact(contact: ContactRecord): boolean {
  const count = /children (\d+)$/.exec(contact.summary);
  return count !== null && contact.childIds.length !== Number(count[1]);
}
function tornConcern(concern: ConcernRecord): boolean {
  return concern.whatHappened.endsWith(' passed') !== concern.addenda.includes('passed_to_dsl');
}

/** Services grouped by the import that wrote them: an import is all its rows or none. */
function importsOf(services: Set<string>): Map<string, number> {
  const imports = new Map<string, number>();
  for (const name of services) {
    const tag = /^Service (r\d+o\d+) #/.exec(name)?.[1] ?? name;
    imports.set(tag, (imports.get(tag) ?? 0) + 1);
  }
  return imports;
}

function compareMaps<T>(
  kind: string,
  expected: Map<string, T>,
  actual: Map<string, T>,
  torn: (record: T) => boolean,
  describe: (record: T) => string,
  out: Difference[],
): void {
  for (const [id, record] of expected) {
    const found = actual.get(id);
    if (!found) {
      out.push({ check: 'acked-writes-present', message: `${kind} ${id} (${describe(record)}) is missing` });
    } else if (JSON.stringify(found) !== JSON.stringify(record)) {
      out.push({
        check: torn(found) ? 'nothing-half-written' : 'acked-writes-present',
        message: `${kind} ${id} is ${JSON.stringify(found)}, expected ${JSON.stringify(record)}`,
      });
    }
  }
  for (const [id, record] of actual) {
    if (expected.has(id)) continue;
    out.push({
      check: torn(record) ? 'nothing-half-written' : 'no-unexpected-records',
      message: `${kind} ${id} ${JSON.stringify(record)} is there but was never acknowledged nor in flight`,
    });
  }
}

export function compareContent(expected: Content, actual: Content): Difference[] {
  const out: Difference[] = [];
  compareMaps('family', expected.families, actual.families, tornFamily, (family) => family.name, out);
  compareMaps('contact', expected.contacts, actual.contacts, tornContact, (contact) => contact.summary, out);
  compareMaps(
    'concern',
    expected.concerns,
    actual.concerns,
    tornConcern,
    (concern) => concern.whatHappened,
    out,
  );
  const expectedImports = importsOf(expected.services);
  const actualImports = importsOf(actual.services);
  for (const [tag, rows] of expectedImports) {
    const found = actualImports.get(tag) ?? 0;
    if (found === rows) continue;
    out.push({
      check: found > 0 && found < rows ? 'nothing-half-written' : 'acked-writes-present',
      message: `import ${tag} has ${found} of its ${rows} services`,
    });
  }
  for (const [tag, rows] of actualImports) {
    if (expectedImports.has(tag)) continue;
    out.push({
      check: 'no-unexpected-records',
      message: `import ${tag} has ${rows} services but was never acknowledged nor in flight`,
    });
  }
  return out;
}
