import Docxtemplater from 'docxtemplater';
import InspectModule from 'docxtemplater/js/inspect-module.js';
import PizZip from 'pizzip';
import type { FillData, TagTree } from './returnsTags';

/** Why docxtemplater could not read the template's tags, in the worker's words where it says enough. */
function templateProblems(error: unknown): string[] {
  const errors = (error as { properties?: { errors?: { properties?: { explanation?: string } }[] } })
    .properties?.errors;
  if (!errors?.length) throw error;
  return errors.map((one) => one.properties?.explanation ?? 'A tag could not be read.');
}

function open(data: Buffer, modules: InspectModule[] = []): Docxtemplater {
  return new Docxtemplater(new PizZip(data), { paragraphLoop: true, linebreaks: true, modules });
}

/** The tags in a Word template, or the problems with them (a loop never closed, a brace left open). */
export function scanDocx(data: Buffer): { tree: TagTree; problems: string[] } {
  const inspect = new InspectModule();
  try {
    open(data, [inspect]);
  } catch (error) {
    return { tree: {}, problems: templateProblems(error) };
  }
  return { tree: inspect.getAllTags(), problems: [] };
}

export function fillDocx(data: Buffer, values: FillData): Buffer {
  const doc = open(data);
  doc.render(values);
  return doc.toBuffer({ compression: 'DEFLATE' });
}
