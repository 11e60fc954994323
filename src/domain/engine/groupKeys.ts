/** Keys of one group's plant places, panels and trunk routes, each made once. */
import type { FiberGrade } from '../catalog/types.ts';
import type { ConnectorType, PanelPlace } from '../model/design.ts';
import type { PlacedJunction } from './channel.ts';
import type { channelEnds } from './connectorClass.ts';
import type { NodeIndex, Site } from './placement.ts';
import { placeOf, sideSite, trunkRouteKey, type Place } from './plantPlaces.ts';
import type { Junction, TrunkRoute } from './plantPart.ts';

const LEVELS: readonly PanelPlace[] = ['row', 'hall', 'building'];

/**
 * The places, panel keys and route keys of one group, made once each: a group's panels stand at most
 * at three levels on each of its two sides, whatever the number of its runs.
 */
export class GroupKeys {
  private readonly places: (Place | undefined)[] = [];
  private readonly junctions: (string | undefined)[] = [];
  private readonly routes: (string | undefined)[] = [];

  constructor(
    private readonly g: { readonly a: Site; readonly b: Site },
    private readonly nodes: NodeIndex,
    private readonly fiber: FiberGrade,
    readonly ends: NonNullable<ReturnType<typeof channelEnds>>,
  ) {}

  /** Index of a place: level and side. */
  slot(s: PlacedJunction): number {
    return LEVELS.indexOf(s.at) * 2 + (s.side === 'a' ? 0 : 1);
  }

  place(s: PlacedJunction): Place {
    const i = this.slot(s);
    return (this.places[i] ??= placeOf(s.at, sideSite(s.side, this.g.a, this.g.b), this.nodes));
  }

  junction(s: PlacedJunction, connector: ConnectorType, via: Junction['via']): string {
    const i = this.slot(s) * 2 + (via === 'cassettes' ? 1 : 0);
    return (this.junctions[i] ??= `${this.place(s).id}\u0000${connector}\u0000${via}`);
  }

  route(type: TrunkRoute['type'], before: PlacedJunction, after: PlacedJunction): string {
    const i = (this.slot(before) * 6 + this.slot(after)) * 2 + (type === 'osp' ? 1 : 0);
    return (this.routes[i] ??= trunkRouteKey(type, this.fiber, [this.place(before).id, this.place(after).id]));
  }
}
