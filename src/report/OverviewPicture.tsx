/** A small picture of the design for paper: buildings side by side, their halls with counts, trunks as arcs. */
import { formatCount, plural } from '../ui/format.ts';
import { formatCapacity } from './formatCapacity.ts';
import type { Overview } from './overview.ts';

const BUILDING_W = 220;
const GAP = 60;
const HALL_H = 46;
const HEAD_H = 28;
const ARC_ROOM = 70;

// SVG text does not wrap: long names are cut to fit their box
const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

export function OverviewPicture({ overview }: { overview: Overview }) {
  const { buildings, trunks } = overview;
  const x = new Map(buildings.map((b, i) => [b.id, 10 + i * (BUILDING_W + GAP)]));
  const tallest = Math.max(1, ...buildings.map((b) => b.halls.length));
  const top = 10 + (trunks.length ? ARC_ROOM : 0);
  const height = top + HEAD_H + tallest * (HALL_H + 6) + 16;
  const width = Math.max(1, buildings.length) * (BUILDING_W + GAP) - GAP + 20;
  const halls = buildings.reduce((n, b) => n + b.halls.length, 0);
  return (
    <svg role="img" viewBox={`0 0 ${width} ${height}`} width={width} height={height} className="mx-auto h-auto max-w-full" fontFamily="sans-serif">
      <title>{`Overview: ${plural(buildings.length, 'building')}, ${plural(halls, 'hall')}`}</title>
      {trunks.map((t, i) => {
        const xa = (x.get(t.a) ?? 0) + BUILDING_W / 2;
        const xb = (x.get(t.b) ?? 0) + BUILDING_W / 2;
        const lift = top - 20 - (i % 3) * 14;
        return (
          <g key={`${t.a}-${t.b}`}>
            <path d={`M ${xa} ${top} C ${xa} ${lift}, ${xb} ${lift}, ${xb} ${top}`} fill="none" stroke="#0369a1" strokeWidth={2} />
            <text x={(xa + xb) / 2} y={lift + 2} textAnchor="middle" fontSize={11} fill="#0c4a6e">
              {`${formatCapacity(t.capacityGbps)} · ${formatCount(t.pairs)} fiber pairs`}
            </text>
          </g>
        );
      })}
      {buildings.map((b) => {
        const bx = x.get(b.id) ?? 0;
        return (
          <g key={b.id}>
            <rect x={bx} y={top} width={BUILDING_W} height={height - top - 6} rx={6} fill="#f8fafc" stroke="#475569" />
            <text x={bx + 10} y={top + 18} fontSize={13} fontWeight={600} fill="#0f172a">
              {clip(b.name, 30)}
            </text>
            {b.halls.map((h, i) => {
              const hy = top + HEAD_H + i * (HALL_H + 6);
              return (
                <g key={h.id}>
                  <rect x={bx + 8} y={hy} width={BUILDING_W - 16} height={HALL_H} rx={4} fill="#fff" stroke="#94a3b8" />
                  <text x={bx + 16} y={hy + 17} fontSize={12} fill="#0f172a">
                    {clip(h.name, 30)}
                  </text>
                  <text x={bx + 16} y={hy + 34} fontSize={11} fill="#475569">
                    {`${formatCount(h.gpus)} GPUs · ${formatCount(h.switches)} switches · ${formatCount(h.racks)} racks`}
                  </text>
                </g>
              );
            })}
          </g>
        );
      })}
    </svg>
  );
}
