import type { RangeFigures } from '../../../shared/attendance';
import { isoToUk } from '../../../shared/dates';
import { percentText } from './figures';

/** This term, this school year and any chosen range, side by side in one table. */
export function RangeTable({ caption, ranges }: { caption: string; ranges: RangeFigures[] }) {
  return (
    <div className="table-scroll">
      <table className="table range-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Period</th>
            <th scope="col">Possible sessions</th>
            <th scope="col">Attended</th>
            <th scope="col">Authorised absence</th>
            <th scope="col">Unauthorised absence</th>
            <th scope="col">Attendance</th>
          </tr>
        </thead>
        <tbody>
          {ranges.map((range) => (
            <tr key={`${range.label}-${range.from}`}>
              <th scope="row">
                {range.label}
                <span className="range-dates">
                  {isoToUk(range.from)} to {isoToUk(range.to)}
                </span>
                {!range.complete && (
                  <span className="range-dates">Only partly covered by the figures held</span>
                )}
              </th>
              <td>{range.possible}</td>
              <td>{range.attended}</td>
              <td>{range.authorised}</td>
              <td>{range.unauthorised}</td>
              <td className="range-percent">{percentText(range.percent)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
