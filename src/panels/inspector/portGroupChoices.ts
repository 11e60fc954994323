/** The choices of an end's port group: shown only where the device has more than one group that hosts the optic. */
import type { Catalog } from '../../domain/catalog/catalog.ts';
import { fittingPortGroups } from '../../domain/engine/endFit.ts';

export interface PortGroupChoices {
  readonly choices: readonly { readonly value: string; readonly label: string }[];
}

/** Null when there is nothing to choose (one fitting group, no model) and the link names none. */
export function portGroupChoices(catalog: Catalog, model: string | null, optic: string, current: string | undefined): PortGroupChoices | null {
  if (!model) return null;
  const groups = fittingPortGroups(catalog, model, optic);
  if (groups.length < 2 && current === undefined) return null;
  const first = groups[0];
  return {
    choices: [
      { value: '', label: first ? `First that fits (${first})` : 'First that fits' },
      ...groups.map((g) => ({ value: g, label: g })),
      // a group the optic does not fit (or the model lacks) stays visible, so the finding's cause is on screen
      ...(current !== undefined && !groups.includes(current) ? [{ value: current, label: `${current} (does not fit)` }] : []),
    ],
  };
}
