/** The channel of a link group as steps an installer reads device A to device B, each with its loss terms. */
import type { PlacedSegment } from '../../domain/engine/channel.ts';
import type { MatedPair } from '../../domain/engine/connectorClass.ts';
import type { NodeIndex, Site } from '../../domain/engine/placement.ts';
import { placeOf, sideSite } from '../../domain/engine/plantPlaces.ts';
import { formatMetres } from './lengthBreakdown.ts';

export interface ChannelStep {
  readonly label: string;
  /** Length of a cord or trunk, or the mated pairs of a panel or cassette with their losses. */
  readonly detail: string;
}

const pairText = (p: MatedPair) => `${p.type.toUpperCase()}${p.apc ? ' APC' : ''} ${p.lossDb} dB`;

/** `connectors` are the plant's pairs; they follow the junctions in order unless a count override replaced them. */
export function channelSteps(segments: readonly PlacedSegment[], connectors: readonly MatedPair[], a: Site, b: Site, nodes: NodeIndex): ChannelStep[] {
  const fromChannel = connectors.every((c) => c.at !== null);
  let next = 0;
  return segments.map((s): ChannelStep => {
    switch (s.kind) {
      case 'cord':
        return { label: s.side === null ? 'Direct cable' : `Patch cord (${s.side.toUpperCase()} end)`, detail: formatMetres(s.lengthM) };
      case 'trunk':
        return { label: 'MPO trunk', detail: formatMetres(s.lengthM) };
      case 'osp-trunk':
        return { label: `Outside-plant trunk, ${s.closures} splice closure${s.closures === 1 ? '' : 's'}`, detail: formatMetres(s.lengthM) };
      case 'panel':
      case 'cassette': {
        const place = placeOf(s.at, sideSite(s.side, a, b), nodes).name;
        const pairs = fromChannel ? connectors.slice(next, (next += s.kind === 'panel' ? 1 : 2)) : [];
        return { label: `${s.kind === 'panel' ? 'Panel' : 'Cassette'} at ${place}`, detail: pairs.map(pairText).join(' + ') };
      }
    }
  });
}
