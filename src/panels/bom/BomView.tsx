/** The whole bill of materials: on screen with price fields, or on paper with prices as text. */
import type { Analysis } from '../../domain/engine/analyzeDesign.ts';
import type { Design } from '../../domain/model/design.ts';
import { CableLines } from './CableLines.tsx';
import { DeviceLines } from './DeviceLines.tsx';
import { FiberLines } from './FiberLines.tsx';
import { ModuleLines } from './ModuleLines.tsx';
import { PlantLines } from './PlantLines.tsx';
import { PowerAndCost } from './PowerAndCost.tsx';
import type { PriceEditing } from './PriceCell.tsx';

export function BomView({ design, analysis, onPriceChange }: { design: Design; analysis: Analysis; onPriceChange?: PriceEditing['onChange'] }) {
  const { bom, catalog } = analysis;
  const editing: PriceEditing = { prices: design.prices, onChange: onPriceChange };
  const showPrices = !!onPriceChange || Object.keys(design.prices).length > 0;
  const nodeNames = new Map(design.nodes.map((n) => [n.id, n.name]));
  const nodeName = (id: string) => nodeNames.get(id) ?? id;
  const itemName = (id: string) => catalog.devices[id]?.name ?? catalog.modules[id]?.name ?? id;
  return (
    <div className="bom-view">
      <DeviceLines bom={bom} editing={editing} showPrices={showPrices} />
      <ModuleLines bom={bom} editing={editing} showPrices={showPrices} />
      <CableLines bom={bom} />
      <PlantLines bom={bom} />
      <FiberLines bom={bom} nameOf={nodeName} />
      <PowerAndCost bom={bom} nameOf={itemName} />
    </div>
  );
}
