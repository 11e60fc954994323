/**
 * The report's commissioning sheet: per link group the engine's expected Rx window next to blank
 * columns, so a technician writes the DOM reading of each end beside the expectation.
 */
import type { Analysis } from '../domain/engine/analyzeDesign.ts';
import { aboutText, linkGroupAbout } from '../domain/engine/findingAbout.ts';
import { indexNodes } from '../domain/engine/placement.ts';
import type { RxWindow } from '../domain/engine/rxWindow.ts';
import type { Design } from '../domain/model/design.ts';
import { BomTable } from '../panels/bom/BomTable.tsx';
import { formatDbRange, formatDbValue, RX_STATUS_TEXT } from '../ui/formatDb.ts';

interface Row {
  readonly id: string;
  readonly label: string;
  readonly optic: string;
  readonly w: RxWindow;
}

export function CommissioningSheet({ design, analysis }: { design: Design; analysis: Analysis }) {
  const nodes = indexNodes(design);
  const labels = new Map(design.links.map((l) => [l.id, aboutText(linkGroupAbout(l, nodes, analysis.catalog))]));
  const name = (id: string) => analysis.catalog.optics[id]?.name ?? id;
  const rows: Row[] = analysis.links.flatMap((v) => {
    const w = v.commissioning[0];
    return w ? [{ id: v.linkId, label: labels.get(v.linkId) ?? v.linkId, optic: name(w.txOptic), w }] : [];
  });
  const blank = () => <span className="inline-block min-w-14 border-b border-slate-400">&nbsp;</span>;
  return (
    <>
      <p className="mb-2 text-slate-600">
        Per lane, dBm: expected Rx = Tx window − loss window (minimum loss: shortest cable, connections at their best grade; maximum: the budget check&apos;s
        loss). “not published” means the source gives no figure; DOM thresholds marked “derived” are engineering defaults until the module reports its own.
      </p>
      <BomTable
        label="Commissioning sheet"
        columns={[
          { header: 'Link group', wide: true, cell: (r) => r.label },
          { header: 'Optic', cell: (r) => r.optic },
          { header: 'Tx (dBm)', numeric: true, cell: (r) => formatDbRange(r.w.txMinDbm, r.w.txMaxDbm) },
          { header: 'Loss (dB)', numeric: true, cell: (r) => formatDbRange(r.w.lossMinDb, r.w.lossMaxDb) },
          { header: 'Expected Rx (dBm)', numeric: true, cell: (r) => formatDbRange(r.w.rxMinDbm, r.w.rxMaxDbm) },
          { header: 'Sensitivity / overload', numeric: true, cell: (r) => formatDbRange(r.w.sensitivityDbm, r.w.overloadDbm, ' / ') },
          { header: 'Margin (dB)', numeric: true, cell: (r) => formatDbValue(r.w.marginDb) },
          { header: 'DOM Rx warn', numeric: true, cell: (r) => domText(r.w) },
          { header: 'Status', cell: (r) => RX_STATUS_TEXT[r.w.status] },
          { header: 'Measured Rx A', cell: blank },
          { header: 'Measured Rx B', cell: blank },
        ]}
        rows={rows}
        rowKey={(r) => r.id}
      />
    </>
  );
}

function domText(w: RxWindow): string {
  if (!w.dom) return 'not published';
  return `${formatDbRange(w.dom.rxLowWarnDbm, w.dom.rxHighWarnDbm, ' / ')}${w.dom.derived ? ' (derived)' : ''}`;
}
