/**
 * The Generate fabric dialog: parameters on the left, a live preview of what they make on the
 * right. Create generates the fabric in a worker and opens it as an import opens a file (useCreateFabric):
 * it replaces the open design in one undo step and the canvas frames it.
 */
import { useMemo, useState, type ReactNode } from 'react';
import { BUILTIN_CATALOG } from '../domain/catalog/catalog.ts';
import { RACK_TYPES } from '../domain/catalog/rackTypes.ts';
import { inferPlanes } from '../domain/generator/portCounts.ts';
import type { FabricTemplate } from '../domain/generator/params.ts';
import { ModalDialog } from '../ui/ModalDialog.tsx';
import { devicesOfKind, opticsBetween, type Choice } from './catalogChoices.ts';
import { OPTIC_TIERS, readForm, type FabricForm, type NumberField, type OpticTier, type TierChoice } from './fabricForm.ts';
import { FabricPreviewPanel } from './FabricPreviewPanel.tsx';
import { CheckboxField, NumberField as NumberInput, SegmentedField, SelectField } from './formFields.tsx';
import { useCreateFabric } from './useCreateFabric.ts';
import { useFabricPreview } from './useFabricPreview.ts';

const SERVERS = devicesOfKind(BUILTIN_CATALOG, 'gpu-server');
const SWITCHES = devicesOfKind(BUILTIN_CATALOG, 'switch');
const RACK_CHOICES: readonly Choice[] = [...RACK_TYPES].map(([id, r]) => ({ id, name: r.name }));
/** The dialog's servers-per-rack start, restored when a rack type is cleared. */
const PLAIN_SERVERS_PER_RACK = '4';
const TEMPLATES = [
  { value: 'rail-optimized', label: 'Rail-optimized' },
  { value: 'leaf-spine', label: 'Leaf-spine' },
] as const satisfies readonly { value: FabricTemplate; label: string }[];
const TIERS = [
  { value: 'auto', label: 'Auto' },
  { value: '2', label: '2 tiers' },
  { value: '3', label: '3 tiers' },
] as const satisfies readonly { value: TierChoice; label: string }[];
const OPTIC_FIELDS: readonly (readonly [OpticTier, string])[] = [
  ['serverLeaf', 'Server–leaf optic'],
  ['leafSpine', 'Leaf–spine optic'],
  ['spineCore', 'Spine–core optic'],
];

export function GenerateFabricDialog({ form, onFormChange, onClose }: {
  readonly form: FabricForm;
  readonly onFormChange: (form: FabricForm) => void;
  readonly onClose: () => void;
}) {
  const reading = useMemo(() => readForm(form, BUILTIN_CATALOG), [form]);
  const preview = useFabricPreview(reading.params);
  // problems from the last Create, kept only while the form still holds what was created from
  const [createFailure, setCreateFailure] = useState<{ form: FabricForm; problems: string[] } | null>(null);
  const planes = planesOf(form);
  const optics = useMemo(() => tierOptics(form.serverModel, form.switchModel, planes), [form.serverModel, form.switchModel, planes]);
  const rack = RACK_TYPES.get(form.rackType);

  const errors = reading.fieldErrors;
  const setNumber = (field: NumberField) => (value: string) => onFormChange({ ...form, numbers: { ...form.numbers, [field]: value } });
  const setModels = (change: Partial<FabricForm>) => {
    const next = { ...form, ...change };
    // a fixed optic the new models cannot host would only produce an error
    const offered = tierOptics(next.serverModel, next.switchModel, planesOf(next));
    const kept = Object.fromEntries(OPTIC_TIERS.map((t) => [t, offered[t].some((o) => o.id === form.optics[t]) ? form.optics[t] : ''])) as FabricForm['optics'];
    const campusOptic = offered.leafSpine.some((o) => o.id === form.campusOptic) ? form.campusOptic : '';
    onFormChange({ ...next, optics: kept, campusOptic });
  };
  // a rack type brings its tray model and trays per rack
  const setRackType = (rackType: string) => {
    const chosen = RACK_TYPES.get(rackType);
    const serversPerRack = chosen ? String(chosen.computeTrays) : PLAIN_SERVERS_PER_RACK;
    setModels({ rackType, serverModel: chosen?.trayModel ?? form.serverModel, numbers: { ...form.numbers, serversPerRack } });
  };
  const previewFailed = !preview.pending && preview.result?.ok === false;
  // the canvas fits the design it replaces the open one with, as it does an imported one
  const { create, status } = useCreateFabric((problems) => setCreateFailure({ form, problems: [...problems] }), onClose);
  const busy = status.state === 'generating' || status.state === 'opening';
  const canCreate = reading.params !== null && !previewFailed && !busy;

  return (
    <ModalDialog
      title="Generate fabric"
      description="A whole cluster from a reference template: sized, placed in halls and buildings, and fitted with optics. It replaces the open design (undo brings it back)."
      width="w-[min(960px,calc(100vw-2rem))]"
      fill
      onClose={onClose}
    >
      <form
        className="flex min-h-0 flex-1 flex-col"
        onSubmit={(e) => {
          e.preventDefault();
          if (canCreate && reading.params) create(reading.params);
        }}
      >
        <div className="grid min-h-0 flex-1 grid-cols-[1fr_300px] overflow-hidden">
          <div className="space-y-5 overflow-y-auto px-4 py-4">
            <FormSection title="Topology">
              <SegmentedField legend="Template" value={form.template} options={TEMPLATES} onChange={(template) => onFormChange({ ...form, template })} />
              <SegmentedField legend="Tiers" value={form.tiers} options={TIERS} onChange={(tiers) => onFormChange({ ...form, tiers })} />
              <SelectField label="Rack type" value={form.rackType} emptyChoice="Servers in racks" choices={RACK_CHOICES} onChange={setRackType} error={errors.rackType} hint={rack ? `${rack.computeTrays} compute trays and ${rack.nvlinkSwitchTrays} NVLink switch trays per rack` : 'Or a rack-scale NVL72 system'} />
              <SelectField label="Server model" value={form.serverModel} choices={SERVERS} onChange={(serverModel) => setModels({ serverModel })} error={errors.serverModel} hint={rack ? 'The rack type\'s compute tray' : undefined} />
              <NumberInput label="Servers" min={1} value={form.numbers.servers} onChange={setNumber('servers')} error={errors.servers} hint={rack ? `Compute trays, ${rack.computeTrays} per rack` : undefined} />
              <SelectField label="Switch model" value={form.switchModel} choices={SWITCHES} onChange={(switchModel) => setModels({ switchModel })} error={errors.switchModel} hint="Leaves, spines and cores" />
              <NumberInput
                label="Planes"
                min={1}
                placeholder={`Auto (${inferPlanes(BUILTIN_CATALOG, form.serverModel, form.switchModel)})`}
                value={form.numbers.planes}
                onChange={(value) => setModels({ numbers: { ...form.numbers, planes: value } })}
                error={errors.planes}
                hint="Independent fabrics each server port splits over; 2 = Spectrum-X twin-plane"
              />
              <NumberInput
                label="Servers per SU"
                min={1}
                placeholder="Default"
                value={form.numbers.suServers}
                onChange={setNumber('suServers')}
                error={errors.suServers}
                hint={rack ? `Empty: ${rack.racksPerSu} racks (${rack.racksPerSu * rack.computeTrays} trays)` : form.template === 'rail-optimized' ? 'Empty: as many as a leaf has down ports (32 on QM9700, 72 on Q3400)' : 'Empty: as many as fill whole leaves'}
              />
              <NumberInput label="Leaf oversubscription" min={1} suffix=": 1" value={form.numbers.oversubscription} onChange={setNumber('oversubscription')} error={errors.oversubscription} hint="Down:up at each leaf; 1:1 is non-blocking" />
              <NumberInput label="Reserved leaf ports" min={0} value={form.numbers.reservedLeafPorts} onChange={setNumber('reservedLeafPorts')} error={errors.reservedLeafPorts} hint="Kept free on every leaf (storage, management)" />
            </FormSection>

            <FormSection title="Floor and campus" columns={3}>
              <NumberInput label="Servers per rack" min={1} value={form.numbers.serversPerRack} onChange={setNumber('serversPerRack')} error={errors.serversPerRack} />
              <NumberInput label="Halls per building" min={1} value={form.numbers.halls} onChange={setNumber('halls')} error={errors.halls} />
              <NumberInput label="Buildings" min={1} value={form.numbers.buildings} onChange={setNumber('buildings')} error={errors.buildings} />
              <NumberInput label="Building distance" min={0} suffix="m" value={form.numbers.buildingDistanceM} onChange={setNumber('buildingDistanceM')} error={errors.buildingDistanceM} hint="Between neighbouring buildings" />
              <NumberInput label="Hall distance" min={0} suffix="m" value={form.numbers.hallDistanceM} onChange={setNumber('hallDistanceM')} error={errors.hallDistanceM} hint="Between halls of a building" />
              <SelectField
                label="Campus optic"
                value={form.campusOptic}
                emptyChoice="Automatic"
                choices={optics.leafSpine}
                onChange={(campusOptic) => onFormChange({ ...form, campusOptic })}
                error={errors.campusOptic}
                hint="Runs between buildings; the preview says what reaches when nothing fits"
              />
            </FormSection>

            <FormSection title="Management">
              <CheckboxField
                label="UFM appliances"
                checked={form.ufm}
                onChange={(ufm) => onFormChange({ ...form, ufm })}
                hint="InfiniBand: NVIDIA's 4 UFM appliances on free ports of the last SU's leaves"
              />
            </FormSection>

            <FormSection title="Storage">
              <CheckboxField
                label="Storage fabric"
                checked={form.storage}
                onChange={(storage) => onFormChange({ ...form, storage })}
                hint="InfiniBand, on each server's 2 storage ports: leaves at 4:3, spines, as NVIDIA's SuperPOD"
              />
              {form.storage && (
                <NumberInput
                  label="Storage array ports"
                  min={1}
                  value={form.numbers.storageArrayPorts}
                  onChange={setNumber('storageArrayPorts')}
                  error={errors.storageArrayPorts}
                  hint="Leaf ports kept for the arrays (the vendor's figure; 48 matches NVIDIA's 4-SU BOM)"
                />
              )}
            </FormSection>

            <FormSection title="Optics" columns={3} note="Automatic gives each link group the lowest-power optic that passes its measured run.">
              {OPTIC_FIELDS.map(([tier, label]) => (
                <SelectField
                  key={tier}
                  label={label}
                  value={form.optics[tier]}
                  emptyChoice="Automatic"
                  choices={optics[tier]}
                  onChange={(id) => onFormChange({ ...form, optics: { ...form.optics, [tier]: id } })}
                  error={errors[`optics.${tier}`]}
                />
              ))}
            </FormSection>
          </div>

          <div className="overflow-y-auto border-l border-slate-200 bg-slate-50/70 px-4 py-4">
            <FabricPreviewPanel
              state={preview}
              blocked={reading.params === null}
              problems={[...reading.otherProblems, ...(createFailure?.form === form ? createFailure.problems : [])]}
            />
          </div>
        </div>

        <footer className="flex items-center justify-end gap-2 border-t border-slate-200 bg-white px-4 py-3">
          {busy && (
            <span role="status" className="mr-auto text-[13px] text-slate-600">
              {status.state === 'generating' ? 'Generating the fabric…' : 'Opening the design…'} Cancel leaves the open design as it is.
            </span>
          )}
          {status.state === 'failed' && (
            <span role="alert" className="mr-auto text-[13px] text-red-700">
              Could not generate the fabric: {status.message}
            </span>
          )}
          <button type="button" onClick={onClose} className="h-8 rounded-md border border-slate-300 bg-white px-3 text-[13px] font-medium text-slate-700 shadow-xs hover:bg-slate-50">
            Cancel
          </button>
          <button
            type="submit"
            disabled={!canCreate}
            aria-busy={busy}
            className="h-8 rounded-md bg-sky-700 px-4 text-[13px] font-medium text-white shadow-xs hover:bg-sky-800 disabled:cursor-not-allowed disabled:bg-slate-300 disabled:text-slate-500"
          >
            Create
          </button>
        </footer>
      </form>
    </ModalDialog>
  );
}

/** The planes the form asks for, or the generator's inference while the field is empty or unreadable. */
function planesOf(form: FabricForm): number {
  const typed = Number(form.numbers.planes);
  return form.numbers.planes.trim() !== '' && Number.isInteger(typed) && typed >= 1 ? typed : inferPlanes(BUILTIN_CATALOG, form.serverModel, form.switchModel);
}

/** Per tier, the optics both its ends can host at the fabric's rate; spines and cores are the switch model. */
function tierOptics(serverModel: string, switchModel: string, planes: number): Record<OpticTier, Choice[]> {
  const between = opticsBetween(BUILTIN_CATALOG, serverModel, planes, [switchModel, switchModel]);
  return { serverLeaf: opticsBetween(BUILTIN_CATALOG, serverModel, planes, [serverModel, switchModel]), leafSpine: between, spineCore: between };
}

function FormSection({ title, note, columns = 2, children }: { title: string; note?: string; columns?: 2 | 3; children: ReactNode }) {
  return (
    <fieldset>
      <legend className="mb-2 text-[11px] font-semibold tracking-wider text-slate-500 uppercase">{title}</legend>
      {note && <p className="-mt-1 mb-2 text-xs text-slate-500">{note}</p>}
      <div className={`grid gap-x-4 gap-y-3 ${columns === 3 ? 'grid-cols-3' : 'grid-cols-2'}`}>{children}</div>
    </fieldset>
  );
}
