/** Every field of a building, hall, rack or switch, editable with the file format's limits. */
import { assertNever } from '../../domain/assertNever.ts';
import type { Catalog } from '../../domain/catalog/catalog.ts';
import { SWITCH_ROLES, type DesignNode, type FloorPosition, type PointM, type RackKind } from '../../domain/model/design.ts';
import { RACK_KINDS, rackKindName } from '../../domain/model/rackKinds.ts';
import type { NodePatch } from '../../domain/edit/designEdits.ts';
import { useDesignStore } from '../../store/designStoreContext.ts';
import { PanelSection } from '../PanelSection.tsx';
import { FieldGrid } from './fields/FieldGrid.tsx';
import { NumberField } from './fields/NumberField.tsx';
import { SelectField } from './fields/SelectField.tsx';
import { TextField } from './fields/TextField.tsx';
import { defaultApplianceModel, defaultServerModel, deviceChoices } from './deviceChoices.ts';
import { NODE_FIELDS as F } from './nodeSchemas.ts';

export function NodeFields({ node, catalog, parentName }: { node: DesignNode; catalog: Catalog; parentName: string | null }) {
  const updateNode = useDesignStore((s) => s.updateNode);
  const set = (patch: NodePatch) => updateNode(node.id, patch);
  return (
    <PanelSection level={3} title="Properties">
      <TextField label="Name" value={node.name} schema={F.name} required onCommit={(name) => set({ name })} />
      <KindFields node={node} catalog={catalog} parentName={parentName} set={set} />
    </PanelSection>
  );
}

interface KindProps {
  readonly node: DesignNode;
  readonly catalog: Catalog;
  readonly parentName: string | null;
  readonly set: (patch: NodePatch) => void;
}

function KindFields({ node, catalog, parentName, set }: KindProps) {
  switch (node.kind) {
    case 'building':
      return <PointFields legend="Campus location" point={node.campusM} onChange={(campusM) => set({ campusM })} schemas={[F.campusX, F.campusY]} />;
    case 'hall':
      return <PointFields legend="Entry point in the building" point={node.entryM} onChange={(entryM) => set({ entryM })} schemas={[F.entryX, F.entryY]} />;
    case 'rack': {
      const { contents } = node;
      const become = (kind: RackKind): NodePatch => {
        if (kind === 'network') return { rackKind: 'network', contents: undefined };
        const model = kind === 'gpu' ? defaultServerModel(catalog) : defaultApplianceModel(catalog);
        return model ? { rackKind: kind, contents: { model, perRack: kind === 'gpu' ? 4 : 1 } } : {};
      };
      const holds = node.rackKind === 'management' ? { kind: 'appliance' as const, model: 'Appliance model', perRack: 'Appliances per rack' } : { kind: 'gpu-server' as const, model: 'Server model', perRack: 'Servers per rack' };
      return (
        <>
          <SelectField
            label="Rack kind"
            value={node.rackKind}
            choices={RACK_KINDS.map((k) => ({ value: k, label: rackKindName(k) }))}
            onChange={(kind) => {
              const chosen = RACK_KINDS.find((k) => k === kind);
              if (chosen) set(become(chosen));
            }}
          />
          {contents && (
            <>
              <SelectField label={holds.model} value={contents.model} choices={deviceChoices(catalog, holds.kind, contents.model)} onChange={(model) => set({ contents: { ...contents, model } })} />
              <NumberField label={holds.perRack} value={contents.perRack} schema={F.perRack} onCommit={(perRack) => set({ contents: { ...contents, perRack } })} />
            </>
          )}
          <NumberField label="Quantity" unit="racks" value={node.quantity} schema={F.rackQuantity} onCommit={(quantity) => set({ quantity })} hint={node.quantity > 1 ? 'identical racks in consecutive slots' : undefined} />
          <FloorFields floor={node.floor} onChange={(floor) => set({ floor })} />
        </>
      );
    }
    case 'switch':
      return (
        <>
          <SelectField label="Model" value={node.model} choices={deviceChoices(catalog, 'switch', node.model)} onChange={(model) => set({ model })} />
          <SelectField label="Role" value={node.role} choices={SWITCH_ROLES.map((r) => ({ value: r, label: r }))} onChange={(role) => set({ role: SWITCH_ROLES.find((r) => r === role) })} />
          {node.plane !== undefined && <p className="mt-1 text-[12px] text-slate-500">Plane {node.plane} of a multi-plane fabric: the BOM counts its switches on that plane&rsquo;s line.</p>}
          {node.fabric === 'storage' && <p className="mt-1 text-[12px] text-slate-500">Storage fabric: the BOM counts its switches on a line of their own.</p>}
          {node.targetOversubscription !== undefined && (
            <p className="mt-1 text-[12px] text-slate-500">Built for {Math.round(node.targetOversubscription * 100) / 100}:1 down:up; the oversubscription check holds it to that, not the design&rsquo;s target.</p>
          )}
          <NumberField label="Quantity" unit="switches" value={node.quantity} schema={F.switchQuantity} onCommit={(quantity) => set({ quantity })} />
          {node.floor ? (
            <FloorFields floor={node.floor} onChange={(floor) => set({ floor })} />
          ) : (
            <p className="mt-1 text-[12px] text-slate-500">Stands in {parentName ?? 'its rack'}, at the rack&rsquo;s floor position.</p>
          )}
        </>
      );
    default:
      return assertNever(node);
  }
}

function PointFields({ legend, point, onChange, schemas }: { legend: string; point: PointM; onChange: (p: PointM) => void; schemas: readonly [typeof F.campusX, typeof F.campusY] }) {
  return (
    <FieldGrid legend={`${legend} (m)`} columns={2}>
      <NumberField layout="stacked" label="x" value={point.x} schema={schemas[0]} onCommit={(x) => onChange({ ...point, x })} />
      <NumberField layout="stacked" label="y" value={point.y} schema={schemas[1]} onCommit={(y) => onChange({ ...point, y })} />
    </FieldGrid>
  );
}

function FloorFields({ floor, onChange }: { floor: FloorPosition; onChange: (f: FloorPosition) => void }) {
  return (
    <FieldGrid legend="Floor position (hall grid)" columns={2}>
      <NumberField layout="stacked" label="Row" value={floor.row} schema={F.row} onCommit={(row) => onChange({ ...floor, row })} />
      <NumberField layout="stacked" label="Slot" value={floor.slot} schema={F.slot} onCommit={(slot) => onChange({ ...floor, slot })} />
    </FieldGrid>
  );
}
