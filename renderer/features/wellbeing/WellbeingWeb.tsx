import type { JSX } from 'react';
import { PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart } from 'recharts';
import { indicatorKeys, indicators, type Indicator, type WellbeingScale } from '../../../shared/wellbeing';
import { changeInWords } from './change';
import './wellbeing.css';

export interface WebLayer {
  label: string;
  scores: Record<Indicator, number | null>;
}

interface DotProps {
  cx?: number;
  cy?: number;
}

/**
 * Each layer must stay tellable apart on a black-and-white printout, so colour is never the only
 * difference: the line pattern, the weight, the fill and the marker shape differ too.
 */
const looks = [
  {
    stroke: '#0b0c0c',
    width: 2,
    dash: undefined,
    fill: '#0b0c0c',
    fillOpacity: 0.12,
    marker: 'circle',
    name: 'solid line, round markers',
  },
  {
    stroke: '#00444c',
    width: 3,
    dash: '9 5',
    fill: 'none',
    fillOpacity: 0,
    marker: 'square',
    name: 'dashed line, square markers',
  },
  {
    stroke: '#4b5457',
    width: 2.5,
    dash: '2 4',
    fill: 'none',
    fillOpacity: 0,
    marker: 'triangle',
    name: 'dotted line, triangle markers',
  },
] as const;
type Look = (typeof looks)[number];

function Marker({ look, cx, cy }: { look: Look; cx: number; cy: number }) {
  if (look.marker === 'circle') return <circle cx={cx} cy={cy} r={4} fill={look.stroke} />;
  if (look.marker === 'square')
    return (
      <rect x={cx - 4} y={cy - 4} width={8} height={8} fill="#fff" stroke={look.stroke} strokeWidth={2} />
    );
  return <polygon points={`${cx},${cy - 5} ${cx + 5},${cy + 4} ${cx - 5},${cy + 4}`} fill={look.stroke} />;
}

function LegendSwatch({ look }: { look: Look }) {
  return (
    <svg width="44" height="14" viewBox="0 0 44 14" aria-hidden="true" focusable="false">
      <line
        x1="2"
        y1="7"
        x2="42"
        y2="7"
        stroke={look.stroke}
        strokeWidth={look.width}
        strokeDasharray={look.dash}
      />
      <Marker look={look} cx={22} cy={7} />
    </svg>
  );
}

const scoreText = (score: number | null) => (score === null ? 'Not scored' : String(score));

/**
 * The Wellbeing Web: the eight SHANARRI indicators as spokes, 10 (or 5, the best) at the rim, with up to
 * three assessments laid over each other. The picture is for the eye; the table under it carries the same
 * numbers for screen readers and for anyone reading a printout closely. With exactly two layers the table
 * also says how each indicator moved from the first layer to the second.
 */
/** The gap between the web's edge and an indicator's name. */
const TICK_SIZE = 10;

export function WellbeingWeb({
  scale,
  layers,
  caption,
  size = 360,
}: {
  scale: WellbeingScale;
  layers: WebLayer[];
  caption: string;
  size?: number;
}): JSX.Element {
  const shown = layers.slice(0, looks.length);
  // Unscored indicators are drawn at the centre (0, below every score); the table says "Not scored".
  const data = indicatorKeys.map((key) => ({
    indicator: indicators[key],
    ...Object.fromEntries(shown.map((layer, index) => [`layer${index}`, layer.scores[key] ?? 0])),
  }));
  const anyUnscored = shown.some((layer) => indicatorKeys.some((key) => layer.scores[key] === null));
  const [first, second] = shown;
  // Labels shrink with a smaller web (a printed plan's), so "Responsible" still fits beside it.
  const labelSize = Math.max(10, Math.min(14, Math.round(size / 26)));
  const compare = shown.length === 2 && first && second;
  const outerRadius = size * 0.36;

  return (
    <figure className="wellbeing-web">
      <figcaption>{caption}</figcaption>
      <div className="wellbeing-web-picture" aria-hidden="true">
        <RadarChart
          // Wider than tall: "Responsible" and "Achieving" sit level with the centre, so each side needs the
          // radius, the tick and the longest label (11 bold characters, about 0.65em each) with a little room.
          width={Math.round(2 * (outerRadius + TICK_SIZE + labelSize * 0.65 * 11 + 6))}
          height={size}
          data={data}
          // The table below is what assistive technology reads; the picture takes no focus.
          accessibilityLayer={false}
          outerRadius={outerRadius}
          margin={{ top: 8, right: 8, bottom: 8, left: 8 }}
        >
          <PolarGrid stroke="#8a8f91" gridType="polygon" />
          <PolarAngleAxis
            dataKey="indicator"
            tick={{ fill: '#0b0c0c', fontSize: labelSize, fontWeight: 600 }}
            tickSize={TICK_SIZE}
            stroke="#8a8f91"
          />
          <PolarRadiusAxis
            angle={90}
            domain={[0, scale]}
            tickCount={scale + 1}
            tick={{ fill: '#4b5457', fontSize: 9 }}
            tickFormatter={(value: number) => (value === 0 ? '' : String(value))}
            stroke="#8a8f91"
            axisLine={false}
          />
          {shown.map((layer, index) => {
            const look = looks[index]!;
            return (
              <Radar
                key={`${index}-${layer.label}`}
                name={layer.label}
                dataKey={`layer${index}`}
                stroke={look.stroke}
                strokeWidth={look.width}
                strokeDasharray={look.dash}
                fill={look.fill}
                fillOpacity={look.fillOpacity}
                isAnimationActive={false}
                dot={({ cx = 0, cy = 0 }: DotProps) => (
                  <Marker key={`${cx},${cy}`} look={look} cx={cx} cy={cy} />
                )}
              />
            );
          })}
        </RadarChart>
        <ul className="wellbeing-web-legend">
          {shown.map((layer, index) => (
            <li key={`${index}-${layer.label}`}>
              <LegendSwatch look={looks[index]!} /> {layer.label}
            </li>
          ))}
          {anyUnscored && <li className="muted">An indicator not scored is drawn at the centre.</li>}
        </ul>
      </div>
      <table className="table wellbeing-web-table">
        <caption>
          Scores from 1 to {scale} ({scale} is best)
          {compare ? `, and the change from ${first.label} to ${second.label}` : ''}
        </caption>
        <thead>
          <tr>
            <th scope="col">Indicator</th>
            {shown.map((layer, index) => (
              <th scope="col" key={`${index}-${layer.label}`}>
                <span className="wellbeing-web-swatch" aria-hidden="true">
                  <LegendSwatch look={looks[index]!} />
                </span>
                {layer.label}
              </th>
            ))}
            {compare && <th scope="col">Change</th>}
          </tr>
        </thead>
        <tbody>
          {indicatorKeys.map((key) => (
            <tr key={key}>
              <th scope="row">{indicators[key]}</th>
              {shown.map((layer, index) => (
                <td key={`${index}-${layer.label}`} className={layer.scores[key] === null ? 'muted' : ''}>
                  {scoreText(layer.scores[key])}
                </td>
              ))}
              {compare && <td>{changeInWords(first.scores[key], second.scores[key])}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
