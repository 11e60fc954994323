/** The structured plant: trunks per pair of places, panel ports and cassettes per place, harnesses, splices. */
import type { Bom } from '../../domain/engine/bom.ts';
import { formatCount, formatLength } from '../../ui/format.ts';
import { BomHeading, BomTable } from './BomTable.tsx';
import { FigureTable } from './FigureTable.tsx';

export function PlantLines({ bom }: { bom: Bom }) {
  const { plant } = bom;
  const splices: [string, string][] = [
    ['Splice closures', formatCount(plant.spliceClosures)],
    ['Fusion splices', formatCount(plant.splices)],
  ];
  return (
    <section aria-label="Structured plant">
      <BomHeading>Trunks</BomHeading>
      <BomTable
        label="Trunks"
        columns={[
          { header: 'Type', cell: (t) => (t.type === 'osp' ? 'Outside plant' : 'MPO trunk') },
          { header: 'Between', wide: true, cell: (t) => `${t.between[0]} ↔ ${t.between[1]}` },
          { header: 'Fiber grade', cell: (t) => t.fiber },
          { header: 'Fibers', numeric: true, cell: (t) => formatCount(t.fibers) },
          { header: 'Length', numeric: true, cell: (t) => formatLength(t.lengthM) },
          { header: 'Count', numeric: true, cell: (t) => formatCount(t.count) },
        ]}
        rows={plant.trunks}
        rowKey={(t) => `${t.type}-${t.fiber}-${t.places.join('-')}-${t.fibers}`}
      />
      <BomHeading>Panels</BomHeading>
      <BomTable
        label="Panels"
        columns={[
          { header: 'Place', wide: true, cell: (p) => p.at },
          { header: 'Connector', cell: (p) => `${p.connector.toUpperCase()} ${p.via}` },
          { header: 'Ports', numeric: true, cell: (p) => formatCount(p.ports) },
        ]}
        rows={plant.panels}
        rowKey={(p) => `${p.place}-${p.connector}-${p.via}`}
      />
      <BomHeading>Cassettes and harnesses</BomHeading>
      <BomTable
        label="Cassettes and harnesses"
        columns={[
          { header: 'Item', wide: true, cell: (r) => r.item },
          { header: 'Where', cell: (r) => r.where },
          { header: 'Count', numeric: true, cell: (r) => formatCount(r.count) },
        ]}
        rows={[
          ...plant.cassettes.map((c) => ({ item: 'MPO-12 to 6 × LC duplex cassette', where: c.at, count: c.count })),
          ...plant.harnesses.map((h) => ({ item: `MPO to ${h.legs} × LC duplex harness`, where: h.fiber ?? '', count: h.count })),
        ]}
        rowKey={(r) => `${r.item}-${r.where}`}
      />
      <FigureTable label="Splices" rows={splices} className="mb-3" />
    </section>
  );
}
