/** Every field of a link group, editable: count, optics, length, fiber plant overrides, direction, label. */
import type { Analysis } from '../../domain/engine/analyzeDesign.ts';
import type { LinkVerdict } from '../../domain/engine/linkVerdict.ts';
import { channelEnds } from '../../domain/engine/connectorClass.ts';
import { defaultGrade, plantFor } from '../../domain/engine/plant.ts';
import { FIBER_GRADES } from '../../domain/catalog/types.ts';
import { linkSchema } from '../../domain/format/designSchema.ts';
import type { Design, LinkGroup } from '../../domain/model/design.ts';
import { useDesignStore } from '../../store/designStoreContext.ts';
import { PanelSection } from '../PanelSection.tsx';
import { derivedLengthM } from './derivedLength.ts';
import { FieldGrid } from './fields/FieldGrid.tsx';
import { NumberField } from './fields/NumberField.tsx';
import { SelectField } from './fields/SelectField.tsx';
import { TextField } from './fields/TextField.tsx';
import { formatMetres } from './lengthBreakdown.ts';
import { breakoutChoices, opticChoices, opticPatch, rankedOptions } from './opticChoices.ts';
import { portGroupChoices } from './portGroupChoices.ts';

interface Props {
  readonly link: LinkGroup;
  readonly verdict: LinkVerdict;
  readonly analysis: Analysis;
  readonly design: Design;
  readonly names: { readonly a: string; readonly b: string };
}

const field = linkSchema.shape;

export function LinkFields({ link, verdict, analysis, design, names }: Props) {
  const updateLink = useDesignStore((s) => s.updateLink);
  const set = (patch: Partial<Omit<LinkGroup, 'id'>>) => updateLink(link.id, patch);
  const { catalog } = analysis;
  const optic = catalog.optics[link.optic];
  const derived = derivedLengthM(link, verdict, analysis, design);
  // what the engine uses where the link sets nothing: the design's defaults for this path
  // (no grade: a copper or active cable assembly, with no fiber plant to describe)
  const opticB = link.opticB ? catalog.optics[link.opticB] : undefined;
  const defaults = plantFor({}, null, verdict.segments, optic ? channelEnds(optic, opticB) : null, verdict.path, design.settings);
  const grade = defaultGrade(optic, design.settings);
  const hasBreakout = link.opticB !== undefined || (optic?.breakouts.length ?? 0) > 0;
  const portsA = portGroupChoices(catalog, analysis.sites.get(link.a)?.model ?? null, link.optic, link.portsA);
  const portsB = portGroupChoices(catalog, analysis.sites.get(link.b)?.model ?? null, link.opticB ?? link.optic, link.portsB);
  return (
    <>
      <PanelSection level={3} title="Properties">
        <NumberField label="Count" unit="links" value={link.count} schema={field.count} onCommit={(count) => set({ count })} />
        <SelectField
          layout="stacked"
          label="Optic"
          value={link.optic}
          choices={opticChoices(link, rankedOptions(link, verdict, analysis, design), catalog)}
          onChange={(id) => set(opticPatch(link, id, catalog))}
          hint="Ranked for this run: passing first, then cage fit and watts"
        />
        {hasBreakout && (
          <SelectField label="Breakout to" value={link.opticB ?? ''} choices={breakoutChoices(link, catalog)} onChange={(id) => set({ opticB: id || undefined })} />
        )}
        {portsA && <SelectField label={`Ports at ${names.a}`} value={link.portsA ?? ''} choices={portsA.choices} onChange={(g) => set({ portsA: g || undefined })} />}
        {portsB && <SelectField label={`Ports at ${names.b}`} value={link.portsB ?? ''} choices={portsB.choices} onChange={(g) => set({ portsB: g || undefined })} />}
        <NumberField
          label="Length"
          unit="m"
          value={link.lengthM}
          schema={field.lengthM}
          onCommit={(lengthM) => set({ lengthM })}
          placeholder={derived === null ? 'from placement' : String(derived)}
          hint={derived === null ? undefined : `derived: ${formatMetres(derived)}${link.lengthM === undefined ? '' : ' (empty the field to use it)'}`}
        />
        <SelectField label="Direction" value={link.direction ?? ''} choices={directionChoices(names)} onChange={(d) => set({ direction: d === 'a-up' || d === 'b-up' ? d : undefined })} />
        <TextField label="Label" value={link.label} schema={field.label} onCommit={(label) => set({ label })} placeholder="none" />
      </PanelSection>
      {grade && (
        <PanelSection level={3} title="Fiber plant" aside="empty = design default">
          <SelectField
            label="Fiber grade"
            value={link.fiber ?? ''}
            choices={[{ value: '', label: `Default (${grade})` }, ...FIBER_GRADES.map((g) => ({ value: g, label: g }))]}
            onChange={(g) => set({ fiber: FIBER_GRADES.find((x) => x === g) })}
          />
          <FieldGrid legend="Loss events on this path" columns={4}>
            <NumberField layout="stacked" label="Connections" value={link.connections} schema={field.connections} placeholder={String(defaults.connections)} onCommit={(connections) => set({ connections })} />
            <NumberField layout="stacked" label="Splices" value={link.splices} schema={field.splices} placeholder={String(defaults.splices)} onCommit={(splices) => set({ splices })} />
            <NumberField layout="stacked" label="Connector dB" value={link.connectorLossDb} schema={field.connectorLossDb} placeholder={String(defaults.connectorLossDb)} onCommit={(connectorLossDb) => set({ connectorLossDb })} />
            <NumberField layout="stacked" label="Splice dB" value={link.spliceLossDb} schema={field.spliceLossDb} placeholder={String(defaults.spliceLossDb)} onCommit={(spliceLossDb) => set({ spliceLossDb })} />
          </FieldGrid>
        </PanelSection>
      )}
    </>
  );
}

function directionChoices(names: { readonly a: string; readonly b: string }) {
  return [
    { value: '', label: 'By role (tier order)' },
    { value: 'a-up', label: `${names.a} is upstream` },
    { value: 'b-up', label: `${names.b} is upstream` },
  ];
}
