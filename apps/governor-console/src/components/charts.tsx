/** Small charts drawn with CSS and SVG (no chart library: a few bars do not need one). */

/** Horizontal bars, one per item, scaled to the largest value. */
export function BarList({ items, label }: { items: { label: string; value: number }[]; label: string }) {
  const max = Math.max(1, ...items.map((i) => i.value));
  return (
    <div
      className="bar-chart"
      role="img"
      aria-label={`${label}: ${items.map((i) => `${i.label} ${i.value}`).join(', ')}`}
    >
      {items.map((item) => (
        <div className="bar-row" key={item.label} aria-hidden="true">
          <span>{item.label}</span>
          <span className="bar-track">
            <span className="bar-fill" style={{ width: `${(item.value / max) * 100}%`, display: 'block' }} />
          </span>
          <span className="num">{item.value}</span>
        </div>
      ))}
    </div>
  );
}

/** Vertical columns for levels 1–10 (missing levels drawn as 0). */
export function LevelColumns({ counts, label }: { counts: { level: number; count: number }[]; label: string }) {
  const byLevel = new Map(counts.map((c) => [c.level, c.count]));
  const levels = Array.from({ length: 10 }, (_, i) => ({ level: i + 1, count: byLevel.get(i + 1) ?? 0 }));
  const max = Math.max(1, ...levels.map((l) => l.count));
  const width = 300;
  const height = 140;
  const column = width / levels.length;
  return (
    <svg viewBox={`0 0 ${width} ${height + 20}`} width="100%" role="img" aria-labelledby="level-columns-title">
      <title id="level-columns-title">
        {label}: {levels.map((l) => `level ${l.level}: ${l.count}`).join(', ')}
      </title>
      {levels.map((l, i) => {
        const h = (l.count / max) * (height - 16);
        return (
          <g key={l.level}>
            <rect x={i * column + 4} y={height - h} width={column - 8} height={h} rx="2" fill="var(--accent)" />
            {l.count > 0 && (
              <text x={i * column + column / 2} y={height - h - 4} textAnchor="middle" fontSize="10" fill="var(--text)">
                {l.count}
              </text>
            )}
            <text x={i * column + column / 2} y={height + 14} textAnchor="middle" fontSize="10" fill="var(--muted)">
              {l.level}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/** A progress bar (role=progressbar) with its percentage written on it. */
export function ProgressBar({ percent, label }: { percent: number; label: string }) {
  const value = Math.max(0, Math.min(100, Math.round(percent)));
  return (
    <div
      className="progress"
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={value}
      data-testid="nexus-progress"
    >
      <div className="progress-fill" style={{ width: `${value}%` }} />
      <span className="progress-label">{value} %</span>
    </div>
  );
}
