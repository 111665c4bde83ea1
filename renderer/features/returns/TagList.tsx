import { loopTags, valueTags, type ReturnFigures } from '../../../shared/returns';

/** Every tag a template can use, what it means, and (with a period chosen) its value for that period. */
export function TagList({ figures }: { figures: ReturnFigures | undefined }) {
  return (
    <section className="card" aria-labelledby="returns-tags">
      <h2 id="returns-tags">Tags</h2>
      <table className="table returns-tags">
        <caption className="visually-hidden">Every tag, its meaning and this period’s value</caption>
        <thead>
          <tr>
            <th scope="col">Tag</th>
            <th scope="col">Meaning</th>
            <th scope="col">This period</th>
          </tr>
        </thead>
        <tbody>
          {valueTags.map((one) => (
            <tr key={one.tag}>
              <td>
                <code>{`{${one.tag}}`}</code>
              </td>
              <td>{one.meaning}</td>
              <td>{figures ? figures.values[one.tag] : ''}</td>
            </tr>
          ))}
          {loopTags.map((loop) => (
            <tr key={loop.tag}>
              <td>
                <code>{`{#${loop.tag}}`}</code>
                {loop.fields.map((field) => (
                  <code key={field.tag}>{` {${field.tag}}`}</code>
                ))}
                <code>{` {/${loop.tag}}`}</code>
              </td>
              <td>
                {loop.meaning} Fields:{' '}
                {loop.fields
                  .map((field) => `${field.tag} (${field.meaning.replace(/\.$/, '').toLowerCase()})`)
                  .join('; ')}
              </td>
              <td>{figures ? `${figures.loops[loop.tag].length} rows` : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
