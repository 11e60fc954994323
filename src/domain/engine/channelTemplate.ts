/** Which chain a link group's cables run over: its own, else the design's for the path, else the built-in one. */
import { DEFAULT_CHANNELS } from '../model/defaultChannels.ts';
import type { ChannelTemplate, PathKey, Settings } from '../model/design.ts';
import { ownEntry } from '../ownTable.ts';
import type { PathKind } from './cableLength.ts';

export const PATH_KEY: Readonly<Record<PathKind, PathKey>> = {
  'same-rack': 'sameRack',
  'same-hall': 'sameHall',
  'cross-hall': 'crossHall',
  'cross-building': 'crossBuilding',
};

/** DAC, ACC and AOC assemblies are one cable end to end, whatever the path. */
export const DIRECT_CABLE: ChannelTemplate = [{ kind: 'cord' }];

export function templateFor(path: PathKind, settings: Settings, own?: ChannelTemplate): ChannelTemplate {
  const key = PATH_KEY[path];
  return own ?? ownEntry(settings.channels, key) ?? DEFAULT_CHANNELS[key];
}
