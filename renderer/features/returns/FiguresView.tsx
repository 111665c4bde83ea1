import { useState } from 'react';
import { loopTags, valueTags, type ReturnFigures } from '../../../shared/returns';
import { figureGroups, withoutRecords } from './figureGroups';
import type { PeriodChoice } from './queries';
import { RecordsDialog } from './RecordsDialog';

const meaningOf = new Map<string, string>(valueTags.map((one) => [one.tag, one.meaning]));
const loopOf = new Map(loopTags.map((loop) => [loop.tag, loop]));

/** The return's true figures, grouped as the authority reads them; each count opens the records behind it. */
export function FiguresView({ period, figures }: { period: PeriodChoice; figures: ReturnFigures }) {
  const [open, setOpen] = useState<{ tag: string; title: string; opener: HTMLElement } | null>(null);
  return (
    <div className="returns-figures">
      {figureGroups.map((group) => (
        <section key={group.title} className="card" aria-labelledby={`group-${group.values[0]}`}>
          <h2 id={`group-${group.values[0]}`}>{group.title}</h2>
          <dl className="returns-values">
            {group.values.map((tag) => {
              const value = figures.values[tag];
              const meaning = meaningOf.get(tag)!;
              return (
                <div key={tag}>
                  <dt>{meaning}</dt>
                  <dd>
                    {withoutRecords.has(tag) ? (
                      value
                    ) : (
                      <button
                        type="button"
                        className="returns-count"
                        aria-label={`${value}: show the records behind “${meaning}”`}
                        onClick={(event) =>
                          setOpen({ tag, title: `${value}: ${meaning}`, opener: event.currentTarget })
                        }
                      >
                        {value}
                      </button>
                    )}
                  </dd>
                </div>
              );
            })}
          </dl>
          {group.loops.map((tag) => {
            const loop = loopOf.get(tag)!;
            const rows = figures.loops[tag];
            return (
              <table key={tag} className="table returns-loop">
                <caption>{loop.meaning}</caption>
                <thead>
                  <tr>
                    {loop.fields.map((field) => (
                      <th key={field.tag} scope="col">
                        {field.meaning}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {rows.length === 0 ? (
                    <tr>
                      <td colSpan={loop.fields.length}>None in this period.</td>
                    </tr>
                  ) : (
                    rows.map((row, index) => (
                      <tr key={index}>
                        {loop.fields.map((field) => (
                          <td key={field.tag}>{row[field.tag]}</td>
                        ))}
                      </tr>
                    ))
                  )}
                </tbody>
              </table>
            );
          })}
        </section>
      ))}
      {open && (
        <RecordsDialog
          period={period}
          tag={open.tag}
          title={open.title}
          onClose={() => setOpen(null)}
          returnFocusTo={open.opener}
        />
      )}
    </div>
  );
}
