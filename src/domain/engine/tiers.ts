/** Tier order of roles: servers at the bottom, then leaf, spine, core (DOMAIN.md section 3). */
import type { LinkGroup, SwitchRole } from '../model/design.ts';
import type { Site } from './placement.ts';

export type TierRole = SwitchRole | 'server' | 'appliance';

const TIER_RANK: Record<TierRole, number> = { server: 0, appliance: 0, leaf: 1, management: 1, spine: 2, core: 3, border: 4 };

export function roleOf(site: Site): TierRole {
  if (site.node.kind === 'switch') return site.node.role;
  return site.node.rackKind === 'management' ? 'appliance' : 'server';
}

/** Which end faces the higher tier: the link's explicit direction, else the role order; null for peers. */
export function upperEnd(link: LinkGroup, a: Site, b: Site): 'a' | 'b' | null {
  if (link.direction === 'a-up') return 'a';
  if (link.direction === 'b-up') return 'b';
  const ra = TIER_RANK[roleOf(a)];
  const rb = TIER_RANK[roleOf(b)];
  return ra === rb ? null : ra > rb ? 'a' : 'b';
}

/**
 * Appliances (UFM) and management switches carry management traffic: a link to one is neither a
 * downlink nor an uplink of the fabric switch at its other end.
 */
export function isManagementRole(role: TierRole): boolean {
  return role === 'appliance' || role === 'management';
}

export function tierRank(role: TierRole): number {
  return TIER_RANK[role];
}
