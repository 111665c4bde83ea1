import { loopTags, valueTags, type FigureValue, type LoopRow } from '../../shared/returns';

/**
 * The tags a template uses, as docxtemplater's inspector gives them: a value is `{ tag: {} }`, a loop is
 * `{ loop: { field: {} } }`.
 */
export type TagTree = Record<string, unknown>;

/** What a template is filled with: every value, and every loop as its rows. */
export type FillData = Record<string, FigureValue | LoopRow[]>;

const values = new Set<string>(valueTags.map((one) => one.tag));
const loops = new Map<string, Set<string>>(
  loopTags.map((loop) => [loop.tag, new Set(loop.fields.map((field) => field.tag))]),
);

/** Tags Linkbook does not know, written as the worker typed them ("{familes_new}", "{count} in {#loops}"). */
export function unknownTags(tree: TagTree): string[] {
  const unknown: string[] = [];
  for (const [tag, inner] of Object.entries(tree)) {
    const fields = Object.keys((inner ?? {}) as object);
    const loopFields = loops.get(tag);
    if (loopFields) {
      for (const field of fields) if (!loopFields.has(field)) unknown.push(`{${field}} in {#${tag}}`);
    } else if (!values.has(tag) || fields.length > 0) unknown.push(fields.length ? `{#${tag}}` : `{${tag}}`);
  }
  return unknown;
}

/** The sentence a worker reads when a template names figures Linkbook does not have. */
export function unknownTagsMessage(unknown: string[]): string {
  const list = unknown.slice(0, 10).join(', ');
  const more = unknown.length > 10 ? ` and ${unknown.length - 10} more` : '';
  return `This template uses ${unknown.length === 1 ? 'a tag' : 'tags'} Linkbook does not know: ${list}${more}. Check the spelling against the list of tags, then add it again.`;
}
