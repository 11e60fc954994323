/**
 * Built-in channel templates by path kind. Each panel is one mated pair, so the defaults keep the
 * counts of DOMAIN.md section 3: same rack 0 connections, same hall 2, cross-hall 4, cross-building 6
 * with 2 splices (the outside-plant cable spliced to indoor cable in a closure at each building entrance).
 */
import type { ChannelTemplate, PathKey } from './design.ts';

const cord = { kind: 'cord' } as const;
const trunk = { kind: 'trunk' } as const;
const panel = (at: 'row' | 'hall' | 'building') => ({ kind: 'panel', at }) as const;

export const DEFAULT_CHANNELS: Readonly<Record<PathKey, ChannelTemplate>> = {
  sameRack: [cord],
  sameHall: [cord, panel('row'), trunk, panel('row'), cord],
  crossHall: [cord, panel('row'), trunk, panel('hall'), trunk, panel('hall'), trunk, panel('row'), cord],
  crossBuilding: [
    cord, panel('row'), trunk, panel('hall'), trunk, panel('building'),
    { kind: 'osp-trunk', closures: 2 },
    panel('building'), trunk, panel('hall'), trunk, panel('row'), cord,
  ],
};
