/** Chooses the catalog model and counts when a GPU, network or management rack or a switch is placed. */
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import type { Catalog } from '../../domain/catalog/catalog.ts';
import { SWITCH_ROLES, type Design, type SwitchRole } from '../../domain/model/design.ts';
import { ModalDialog } from '../../ui/ModalDialog.tsx';
import { FIELD, PRIMARY_BUTTON, SECONDARY_BUTTON } from '../formStyles.ts';
import { defaultName, defaultOptions, modelChoices, type PaletteKind, type PlaceOptions } from './placement.ts';

const TITLE: Record<PaletteKind, string> = {
  building: 'Place a building',
  hall: 'Place a hall',
  'gpu-rack': 'Place GPU racks',
  'network-rack': 'Place network racks',
  'management-rack': 'Place management racks',
  switch: 'Place switches',
};

/** What a rack holds, in the dialog's words (the inspector's too). */
const HOLDS: Readonly<Partial<Record<PaletteKind, { model: string; perRack: string }>>> = {
  'gpu-rack': { model: 'Server model', perRack: 'Servers per rack' },
  'management-rack': { model: 'Appliance model', perRack: 'Appliances per rack' },
};

export function PlaceDialog({
  design,
  catalog,
  kind,
  where,
  onPlace,
  onClose,
}: {
  design: Design;
  catalog: Catalog;
  kind: PaletteKind;
  /** "Into Hall A1" */
  where: string;
  onPlace: (options: PlaceOptions) => void;
  onClose: () => void;
}) {
  const [options, setOptions] = useState(() => defaultOptions(design, kind));
  const [nameEdited, setNameEdited] = useState(false);
  const models = modelChoices(catalog, kind);
  const set = (patch: Partial<PlaceOptions>) => setOptions((o) => ({ ...o, ...patch }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onPlace(options);
  };
  const ids = { name: useId(), model: useId(), perRack: useId(), quantity: useId(), role: useId() };
  const quantityLabel = kind === 'switch' ? 'Switches' : 'Racks';
  const holds = HOLDS[kind];
  return (
    <ModalDialog title={TITLE[kind]} onClose={onClose} width="w-[min(440px,95vw)]">
      <form onSubmit={submit} className="grid gap-3">
        <p className="text-xs text-slate-600">{where}</p>
        <Field id={ids.name} label="Name">
          <input
            id={ids.name}
            className={FIELD}
            data-autofocus
            value={options.name}
            required
            maxLength={120}
            onChange={(e) => {
              setNameEdited(true);
              set({ name: e.currentTarget.value });
            }}
          />
        </Field>
        {models.length > 0 && (
          <Field id={ids.model} label={holds?.model ?? 'Switch model'}>
            <select id={ids.model} className={FIELD} value={options.model} onChange={(e) => set({ model: e.currentTarget.value })}>
              {models.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.name}
                </option>
              ))}
            </select>
          </Field>
        )}
        {kind === 'switch' && (
          <Field id={ids.role} label="Role">
            <select
              id={ids.role}
              className={FIELD}
              value={options.role}
              onChange={(e) => {
                const role = e.currentTarget.value as SwitchRole;
                set({ role, ...(nameEdited ? {} : { name: defaultName(design, 'switch', role) }) });
              }}
            >
              {SWITCH_ROLES.map((r) => (
                <option key={r} value={r}>
                  {r}
                </option>
              ))}
            </select>
          </Field>
        )}
        <div className="grid grid-cols-2 gap-3">
          {holds && (
            <Field id={ids.perRack} label={holds.perRack}>
              <input id={ids.perRack} className={FIELD} type="number" min={1} max={64} step={1} required value={options.perRack} onChange={(e) => set({ perRack: e.currentTarget.valueAsNumber })} />
            </Field>
          )}
          <Field id={ids.quantity} label={quantityLabel}>
            <input id={ids.quantity} className={FIELD} type="number" min={1} max={10000} step={1} required value={options.quantity} onChange={(e) => set({ quantity: e.currentTarget.valueAsNumber })} />
          </Field>
        </div>
        {kind !== 'switch' && options.quantity > 1 && <p className="text-xs text-slate-500">One node for {options.quantity} identical racks, standing in consecutive slots of one row.</p>}
        <div className="mt-1 flex justify-end gap-2">
          <button type="button" className={SECONDARY_BUTTON} onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className={PRIMARY_BUTTON}>
            Place
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}

function Field({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  return (
    <div className="grid gap-1">
      <label htmlFor={id} className="text-xs font-medium text-slate-700">
        {label}
      </label>
      {children}
    </div>
  );
}
