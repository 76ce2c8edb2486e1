/** An SVG picture of the Central Nexus: its 10 districts as arcs of a ring, sized by sector count. */
import type { NexusManagerQuery } from '../../../gql/graphql';

type District = NexusManagerQuery['nexusDistricts'][number];

/** One colour per district, in sector order. */
export const DISTRICT_COLOURS = [
  '#f5b942',
  '#5aa2ff',
  '#e5735c',
  '#3ecf8e',
  '#b48cff',
  '#ff6b9a',
  '#48d1cc',
  '#9bd45a',
  '#ffd166',
  '#8fa8ff',
];

const TOTAL = 5000;

/** Point on a circle of radius r at the angle of sector `s` (sector 1 at the top, clockwise). */
function point(s: number, r: number): [number, number] {
  const angle = (s / TOTAL) * 2 * Math.PI - Math.PI / 2;
  return [100 + r * Math.cos(angle), 100 + r * Math.sin(angle)];
}

/** An annulus segment from sector `from` to `to`. */
function arc(from: number, to: number, outer: number, inner: number): string {
  const large = to - from > TOTAL / 2 ? 1 : 0;
  const [x1, y1] = point(from, outer);
  const [x2, y2] = point(to, outer);
  const [x3, y3] = point(to, inner);
  const [x4, y4] = point(from, inner);
  return `M ${x1} ${y1} A ${outer} ${outer} 0 ${large} 1 ${x2} ${y2} L ${x3} ${y3} A ${inner} ${inner} 0 ${large} 0 ${x4} ${y4} Z`;
}

/**
 * The ring: each district an arc from its first to its last sector, its thickness by
 * security level; faded while the district has no generated sectors.
 */
export function NexusMap({ districts, status }: { districts: District[]; status: string }) {
  return (
    <figure style={{ margin: 0 }}>
      <svg viewBox="0 0 200 200" width="100%" style={{ maxWidth: 320 }} role="img" aria-labelledby="nexus-map-title">
        <title id="nexus-map-title">
          Central Nexus districts:{' '}
          {districts.map((d) => `${d.name}, sectors ${d.sectorRange.first}–${d.sectorRange.last}`).join('; ')}
        </title>
        {districts.map((d, i) => (
          <path
            key={d.type}
            d={arc(d.sectorRange.first - 1, d.sectorRange.last, 70 + d.securityLevel * 2.5, 42)}
            fill={DISTRICT_COLOURS[i % DISTRICT_COLOURS.length]}
            opacity={d.sectorCount > 0 ? 1 : 0.35}
            stroke="var(--bg)"
            strokeWidth="1"
          />
        ))}
        <text x="100" y="96" textAnchor="middle" fontSize="11" fill="var(--text)">
          Central Nexus
        </text>
        <text x="100" y="112" textAnchor="middle" fontSize="9" fill="var(--muted)">
          {status.toLowerCase().replace('_', ' ')}
        </text>
      </svg>
      <figcaption>
        <ul className="legend">
          {districts.map((d, i) => (
            <li key={d.type}>
              <span className="swatch" style={{ background: DISTRICT_COLOURS[i % DISTRICT_COLOURS.length] }} />
              {d.name}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
