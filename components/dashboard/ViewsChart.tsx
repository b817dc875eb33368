import type { DayViews } from "@/lib/views/daily-series";

const width = 600;
const height = 160;
const gap = 2;
const top = 12;

/** Views per day as bars, drawn on the server as SVG; the same numbers are in a table for screen readers. */
export function ViewsChart({ series }: { series: DayViews[] }) {
  const total = series.reduce((sum, d) => sum + d.views, 0);
  const peak = Math.max(0, ...series.map((d) => d.views));
  // Bars are scaled to the busiest day; with no views at all there is nothing to scale.
  const scale = Math.max(1, peak);
  const barWidth = width / series.length - gap;
  const label = `Views per day over the last ${series.length} days: ${total.toLocaleString("en-US")} in total, at most ${peak.toLocaleString("en-US")} on one day.`;
  return (
    <section className="views-chart" aria-labelledby="views-chart-title">
      <h2 id="views-chart-title">Views, last {series.length} days</h2>
      <svg viewBox={`0 0 ${width} ${height + 18}`} role="img" aria-label={label} className="views-chart__svg">
        <title>{label}</title>
        <line x1={0} y1={height} x2={width} y2={height} className="views-chart__axis" />
        {series.map((d, i) => {
          const h = Math.round((d.views / scale) * (height - top));
          return (
            <rect key={d.day} x={i * (width / series.length)} y={height - h} width={barWidth} height={h} className="views-chart__bar">
              <title>{`${d.day}: ${d.views}`}</title>
            </rect>
          );
        })}
        <text x={0} y={height + 14} className="views-chart__label">
          {series[0]?.day}
        </text>
        <text x={width} y={height + 14} textAnchor="end" className="views-chart__label">
          {series.at(-1)?.day}
        </text>
        <text x={0} y={10} className="views-chart__label">
          {peak.toLocaleString("en-US")}
        </text>
      </svg>
      <table className="visually-hidden">
        <caption>Views per day</caption>
        <thead>
          <tr>
            <th scope="col">Day</th>
            <th scope="col">Views</th>
          </tr>
        </thead>
        <tbody>
          {series.map((d) => (
            <tr key={d.day}>
              <td>{d.day}</td>
              <td>{d.views}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
