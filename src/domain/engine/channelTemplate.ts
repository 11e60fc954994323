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

/**
 * `directCordM`: the length one direct cord for the run would be ordered at. A same-hall run whose
 * direct cord is at most `settings.directCordMaxM` is that cord; a longer one takes the same-hall chain.
 * A group's own channel is taken whatever the length.
 */
export function templateFor(path: PathKind, settings: Settings, own?: ChannelTemplate, directCordM = Infinity): ChannelTemplate {
  if (own) return own;
  if (path === 'same-hall' && directCordM <= settings.directCordMaxM) return DIRECT_CABLE;
  const key = PATH_KEY[path];
  return ownEntry(settings.channels, key) ?? DEFAULT_CHANNELS[key];
}
