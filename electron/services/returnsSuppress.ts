import {
  loopTags,
  valueTags,
  type FigureKind,
  type FigureValue,
  type LoopRow,
  type ReturnFigures,
} from '../../shared/returns';

/** Counts from 1 to threshold − 1 become "<threshold"; 0 stays 0, as a true nil is not disclosive. */
export function suppressCount(value: FigureValue, threshold: number): FigureValue {
  return typeof value === 'number' && value > 0 && value < threshold ? `<${threshold}` : value;
}

const valueKinds = new Map<string, FigureKind>(valueTags.map((one) => [one.tag, one.kind]));
const fieldKinds = new Map<string, Map<string, FigureKind>>(
  loopTags.map((loop) => [loop.tag, new Map(loop.fields.map((field) => [field.tag, field.kind]))]),
);

/** The figures as they may leave the school: every count suppressed, hours and names untouched. */
export function suppressFigures<F extends Pick<ReturnFigures, 'values' | 'loops'>>(
  figures: F,
  threshold: number,
): F {
  const values = Object.fromEntries(
    Object.entries(figures.values).map(([tag, value]) => [
      tag,
      valueKinds.get(tag) === 'count' ? suppressCount(value, threshold) : value,
    ]),
  );
  const loops = Object.fromEntries(
    Object.entries(figures.loops).map(([tag, rows]) => {
      const kinds = fieldKinds.get(tag);
      return [
        tag,
        (rows as LoopRow[]).map((row) =>
          Object.fromEntries(
            Object.entries(row).map(([field, value]) => [
              field,
              kinds?.get(field) === 'count' ? suppressCount(value, threshold) : value,
            ]),
          ),
        ),
      ];
    }),
  );
  return { ...figures, values, loops };
}
