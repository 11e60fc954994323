/** The zod schema of the design file, version 1 (DOMAIN.md section 5). Bounds reject absurd numbers. */
import { z } from 'zod';
import { FIBER_GRADES } from '../catalog/types.ts';
import { templateShapeProblem } from '../engine/channel.ts';
import { CONNECTOR_TYPES, PANEL_PLACES, SWITCH_FABRICS, SWITCH_ROLES, type ChannelTemplate } from '../model/design.ts';
import { deviceModelSpecSchema, moduleSpecSchema, opticSpecSchema } from './catalogSchemas.ts';

export const FORMAT_NAME = 'fabric-designer';
export const CURRENT_VERSION = 1;

// Ids key records (layout, prices, catalogs), where these names are dropped on reading (dropForbiddenKeys).
const RESERVED_IDS = new Set(['constructor', 'prototype']);
const id = z
  .string()
  .min(1, 'must not be empty')
  .max(200)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:-]*$/, 'use letters, digits, and . _ : -')
  .refine((s) => !RESERVED_IDS.has(s), 'is a reserved name (constructor and prototype cannot be ids)');
const label = z.string().max(500);
// a port group's `purpose` in the device model (catalogSchemas' bounds)
const portGroupName = z.string().min(1).max(100);
const metres = z.number().min(-1e6).max(1e6);
const point = z.object({ x: metres, y: metres });
const gridIndex = z.number().int().min(0).max(10_000);
const floor = z.object({ row: gridIndex, slot: gridIndex });
const count = (max: number) => z.number().int().min(1).max(max);
const pathCounts = (max: number) =>
  z.object({ sameRack: z.number().int().min(0).max(max), sameHall: z.number().int().min(0).max(max), crossHall: z.number().int().min(0).max(max), crossBuilding: z.number().int().min(0).max(max) });

const lossDb = z.number().min(0).max(5);
const segment = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('cord') }),
  z.object({ kind: z.literal('panel'), at: z.enum(PANEL_PLACES) }),
  z.object({ kind: z.literal('cassette'), at: z.enum(PANEL_PLACES) }),
  z.object({ kind: z.literal('trunk') }),
  z.object({ kind: z.literal('osp-trunk'), closures: z.number().int().min(0).max(50) }),
]);
/** cord, (panel or cassette, trunk)*, panel or cassette, cord; or one direct cord. */
export const channelSchema = z
  .array(segment)
  .min(1)
  .max(41)
  .superRefine((chain, ctx) => {
    const problem = templateShapeProblem(chain as ChannelTemplate);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

export const settingsSchema = z.object({
  slackPercent: z.number().min(0).max(100),
  targetOversubscription: z.number().min(0.1).max(100),
  inRackPatchM: z.number().min(0).max(100),
  riserM: z.number().min(0).max(100),
  rackPitchM: z.number().positive().max(10),
  rowPitchM: z.number().positive().max(50),
  routeFactor: z.number().min(1).max(10),
  campusRoutes: z.array(z.object({ a: id, b: id, lengthM: z.number().positive().max(200_000) })).max(10_000),
  attenuationDbPerKm: z.object({ OS2: z.number().min(0).max(10), OS1a: z.number().min(0).max(10), OM3: z.number().min(0).max(10), OM4: z.number().min(0).max(10), OM5: z.number().min(0).max(10) }),
  connectorLossDb: z.union([lossDb, z.partialRecord(z.enum(CONNECTOR_TYPES), lossDb)]),
  spliceLossDb: lossDb,
  connections: pathCounts(50).partial(),
  splices: pathCounts(50).partial(),
  defaultSmf: z.enum(FIBER_GRADES),
  defaultMmf: z.enum(FIBER_GRADES),
  channels: z.object({ sameRack: channelSchema, sameHall: channelSchema, crossHall: channelSchema, crossBuilding: channelSchema }).partial(),
  serviceLoopM: z.number().min(0).max(1000),
  spareFiberPercent: z.number().min(0).max(500),
  directCordMaxM: z.number().min(0).max(10_000),
});

const building = z.object({ id, kind: z.literal('building'), name: label, campusM: point });
const hall = z.object({ id, kind: z.literal('hall'), parent: id, name: label, entryM: point });
const rack = z.object({
  id,
  kind: z.literal('rack'),
  parent: id,
  name: label,
  rackKind: z.enum(['gpu', 'network', 'management']),
  floor,
  contents: z.object({ model: id, perRack: count(256) }).optional(),
  quantity: count(100_000),
});
const switchNode = z.object({
  id,
  kind: z.literal('switch'),
  parent: id,
  name: label,
  model: id,
  role: z.enum(SWITCH_ROLES),
  plane: z.number().int().min(1).max(64).optional(),
  fabric: z.enum(SWITCH_FABRICS).optional(),
  targetOversubscription: z.number().min(0.1).max(100).optional(),
  floor: floor.optional(),
  quantity: count(100_000),
});

export const nodeSchema = z.discriminatedUnion('kind', [building, hall, rack, switchNode]);

export const linkSchema = z.object({
  id,
  a: id,
  b: id,
  count: count(1_000_000),
  optic: id,
  opticB: id.optional(),
  portsA: portGroupName.optional(),
  portsB: portGroupName.optional(),
  lengthM: z.number().positive().max(200_000).optional(),
  fiber: z.enum(FIBER_GRADES).optional(),
  connections: z.number().int().min(0).max(50).optional(),
  splices: z.number().int().min(0).max(50).optional(),
  connectorLossDb: z.number().min(0).max(5).optional(),
  spliceLossDb: z.number().min(0).max(5).optional(),
  direction: z.enum(['a-up', 'b-up']).optional(),
  label: label.optional(),
  channel: channelSchema.optional(),
});

export const designFileSchema = z.object({
  format: z.literal(FORMAT_NAME),
  version: z.literal(CURRENT_VERSION),
  name: label,
  settings: settingsSchema.partial().default({}),
  catalog: z
    .object({
      optics: z.record(id, opticSpecSchema).optional(),
      modules: z.record(id, moduleSpecSchema).optional(),
      devices: z.record(id, deviceModelSpecSchema).optional(),
    })
    .default({}),
  prices: z.record(id, z.number().min(0).max(1e9)).default({}),
  nodes: z.array(nodeSchema).max(200_000),
  links: z.array(linkSchema).max(500_000),
  layout: z
    .record(id, z.object({ x: z.number().min(-1e7).max(1e7), y: z.number().min(-1e7).max(1e7), width: z.number().positive().max(1e6).optional(), height: z.number().positive().max(1e6).optional() }))
    .default({}),
});

export type DesignFile = z.infer<typeof designFileSchema>;
