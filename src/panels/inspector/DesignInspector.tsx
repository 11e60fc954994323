/** With nothing selected: the design's name and the plant defaults every link group falls back on. */
import { FIBER_GRADES, FIBER_FAMILY, type FiberGrade } from '../../domain/catalog/types.ts';
import { designFileSchema, settingsSchema } from '../../domain/format/designSchema.ts';
import { connectorLossOf } from '../../domain/engine/connectorClass.ts';
import { CONNECTOR_TYPES, type ConnectorLoss, type ConnectorType, type PathCounts, type Settings } from '../../domain/model/design.ts';
import { useDesignStore } from '../../store/designStoreContext.ts';
import { PanelSection } from '../PanelSection.tsx';
import { FieldGrid } from './fields/FieldGrid.tsx';
import { NumberField } from './fields/NumberField.tsx';
import { SelectField } from './fields/SelectField.tsx';
import { TextField } from './fields/TextField.tsx';
import { SubjectHeader } from './SubjectHeader.tsx';

const S = settingsSchema.shape;
const PATHS: readonly (readonly [keyof PathCounts, string])[] = [
  ['sameRack', 'Same rack'],
  ['sameHall', 'Same hall'],
  ['crossHall', 'Cross-hall'],
  ['crossBuilding', 'Cross-bldg'],
];

export function DesignInspector() {
  const name = useDesignStore((s) => s.design?.name);
  const settings = useDesignStore((s) => s.design?.settings);
  const renameDesign = useDesignStore((s) => s.renameDesign);
  const updateSettings = useDesignStore((s) => s.updateSettings);
  if (name === undefined || !settings) return null;
  const set = (patch: Partial<Settings>) => updateSettings(patch);
  const gradeChoices = (family: 'smf' | 'mmf') => FIBER_GRADES.filter((g) => FIBER_FAMILY[g] === family).map((g) => ({ value: g, label: g }));
  const grade = (g: string) => FIBER_GRADES.find((x) => x === g) as FiberGrade;
  return (
    <>
      <SubjectHeader kind="Design" title="Design settings">
        <p>Defaults for every link group; a link group can override its own plant.</p>
      </SubjectHeader>
      <PanelSection level={3} title="Name and bandwidth">
        <TextField label="Name" value={name} schema={designFileSchema.shape.name} required onCommit={renameDesign} />
        <NumberField label="Oversubscription target" unit=": 1" value={settings.targetOversubscription} schema={S.targetOversubscription} onCommit={(targetOversubscription) => set({ targetOversubscription })} />
      </PanelSection>
      <PanelSection level={3} title="Length model">
        <NumberField label="Slack" unit="%" value={settings.slackPercent} schema={S.slackPercent} onCommit={(slackPercent) => set({ slackPercent })} />
        <NumberField label="Service loop" unit="m" value={settings.serviceLoopM} schema={S.serviceLoopM} onCommit={(serviceLoopM) => set({ serviceLoopM })} hint="left at each end of every trunk" />
        <NumberField label="Direct cord up to" unit="m" value={settings.directCordMaxM} schema={S.directCordMaxM} onCommit={(directCordMaxM) => set({ directCordMaxM })} hint="same-hall runs this short skip the row panels; 0: never" />
        <NumberField label="Spare fibers" unit="%" value={settings.spareFiberPercent} schema={S.spareFiberPercent} onCommit={(spareFiberPercent) => set({ spareFiberPercent })} hint="added before a trunk is rounded up to a standard count" />
        <NumberField label="Route factor" unit="×" value={settings.routeFactor} schema={S.routeFactor} onCommit={(routeFactor) => set({ routeFactor })} hint="campus route = straight line × factor" />
        <FieldGrid legend="Distances (m)" columns={4}>
          <NumberField layout="stacked" label="In-rack patch" value={settings.inRackPatchM} schema={S.inRackPatchM} onCommit={(inRackPatchM) => set({ inRackPatchM })} />
          <NumberField layout="stacked" label="Riser" value={settings.riserM} schema={S.riserM} onCommit={(riserM) => set({ riserM })} />
          <NumberField layout="stacked" label="Rack pitch" value={settings.rackPitchM} schema={S.rackPitchM} onCommit={(rackPitchM) => set({ rackPitchM })} />
          <NumberField layout="stacked" label="Row pitch" value={settings.rowPitchM} schema={S.rowPitchM} onCommit={(rowPitchM) => set({ rowPitchM })} />
        </FieldGrid>
      </PanelSection>
      <PanelSection level={3} title="Fiber plant">
        <FieldGrid legend="Attenuation (dB/km)" columns={5}>
          {FIBER_GRADES.map((g) => (
            <NumberField
              key={g}
              layout="stacked"
              label={g}
              value={settings.attenuationDbPerKm[g]}
              schema={S.attenuationDbPerKm.shape[g]}
              onCommit={(v) => set({ attenuationDbPerKm: { ...settings.attenuationDbPerKm, [g]: v } })}
            />
          ))}
        </FieldGrid>
        <FieldGrid legend="Loss per event (dB)" columns={3}>
          {CONNECTOR_TYPES.map((type) => (
            <NumberField
              key={type}
              layout="stacked"
              label={`${type.toUpperCase()} mated pair`}
              value={connectorLossOf(type, settings.connectorLossDb)}
              schema={S.spliceLossDb}
              onCommit={(v) => set({ connectorLossDb: { ...perType(settings.connectorLossDb), [type]: v } })}
            />
          ))}
          <NumberField layout="stacked" label="Fusion splice" value={settings.spliceLossDb} schema={S.spliceLossDb} onCommit={(spliceLossDb) => set({ spliceLossDb })} />
        </FieldGrid>
        <PathCountsGrid legend="Connections per path (empty = the channel's)" counts={settings.connections ?? {}} schema={S.connections} onChange={(connections) => set({ connections })} />
        <PathCountsGrid legend="Splices per path (empty = the channel's)" counts={settings.splices ?? {}} schema={S.splices} onChange={(splices) => set({ splices })} />
        <SelectField label="Default SMF" value={settings.defaultSmf} choices={gradeChoices('smf')} onChange={(g) => set({ defaultSmf: grade(g) })} />
        <SelectField label="Default MMF" value={settings.defaultMmf} choices={gradeChoices('mmf')} onChange={(g) => set({ defaultMmf: grade(g) })} />
      </PanelSection>
    </>
  );
}

function PathCountsGrid({ legend, counts, schema, onChange }: { legend: string; counts: Partial<PathCounts>; schema: typeof S.connections; onChange: (c: Partial<PathCounts>) => void }) {
  return (
    <FieldGrid legend={legend} columns={4}>
      {PATHS.map(([key, label]) => (
        <NumberField key={key} layout="stacked" label={label} value={counts[key]} schema={schema.shape[key]} placeholder="channel" onCommit={(v) => onChange({ ...counts, [key]: v })} />
      ))}
    </FieldGrid>
  );
}

/** The per-type form of the connector setting (a single figure applies to every type). */
function perType(loss: ConnectorLoss): Partial<Record<ConnectorType, number>> {
  return Object.fromEntries(CONNECTOR_TYPES.map((t) => [t, connectorLossOf(t, loss)]));
}
