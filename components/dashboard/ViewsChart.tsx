import type { DayViews } from "@/lib/views/daily-series";

const width = 600;
const height = 160;
const gap = 2;
const top = 4;

/**
 * Views per day as bars, drawn on the server as SVG. The words stay outside the drawing, so they keep their size on a
 * phone, where the drawing shrinks to half; the numbers of every day are in a table anyone can open.
 */
export function ViewsChart({ series }: { series: DayViews[] }) {
  const total = series.reduce((sum, d) => sum + d.views, 0);
  const peak = Math.max(0, ...series.map((d) => d.views));
  // Bars are scaled to the busiest day; with no views at all there is nothing to scale.
  const scale = Math.max(1, peak);
  const barWidth = width / series.length - gap;
  const summary = `${total.toLocaleString("en-US")} in total, at most ${peak.toLocaleString("en-US")} on one day.`;
  return (
    <section className="views-chart" aria-labelledby="views-chart-title">
      <h2 id="views-chart-title">Views, last {series.length} days</h2>
      <p className="views-chart__summary">{summary}</p>
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={`Views per day over the last ${series.length} days: ${summary}`} className="views-chart__svg">
        <line x1={0} y1={height} x2={width} y2={height} className="views-chart__axis" />
        {series.map((d, i) => {
          const h = Math.round((d.views / scale) * (height - top));
          return (
            <rect key={d.day} x={i * (width / series.length)} y={height - h} width={barWidth} height={h} className="views-chart__bar">
              <title>{`${d.day}: ${d.views}`}</title>
            </rect>
          );
        })}
      </svg>
      <p className="views-chart__days" aria-hidden="true">
        <span>{series[0]?.day}</span>
        <span>{series.at(-1)?.day}</span>
      </p>
      <details className="views-chart__table">
        <summary>Views per day</summary>
        <table>
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
                <td>{d.views.toLocaleString("en-US")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}
