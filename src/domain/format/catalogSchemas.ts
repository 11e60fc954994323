/** Schemas of catalog entries, so a design's own optics, modules and device models are checked like built-ins. */
import { z } from 'zod';
import { FIBER_GRADES, FORM_FACTORS, MODULE_KINDS, PROTOCOLS } from '../catalog/types.ts';

const positive = z.number().positive().max(1e7);
const gradeRecord = z.partialRecord(z.enum(FIBER_GRADES), positive);
const dbm = z.number().min(-60).max(30).nullable();
const protocols = z.array(z.enum(PROTOCOLS)).min(1).max(2).optional();
const watts = z.number().positive().max(100);

export const opticSpecSchema = z.object({
  name: z.string().min(1).max(200),
  standard: z.string().max(500),
  rateGbps: positive,
  medium: z.enum(['smf', 'mmf', 'copper', 'acc', 'aoc']),
  reachM: gradeRecord,
  assemblyReachM: positive.optional(),
  maxChannelLossDb: gradeRecord,
  minChannelLossDb: z.number().min(0).max(60).optional(),
  lanePower: z
    .object({ txMinDbm: dbm, txMaxDbm: dbm, rxMinDbm: dbm, overloadDbm: dbm, source: z.string().max(2000) })
    .optional(),
  dom: z
    .object({
      rxLowAlarmDbm: dbm,
      rxLowWarnDbm: dbm,
      rxHighWarnDbm: dbm,
      rxHighAlarmDbm: dbm,
      txLowAlarmDbm: dbm,
      txLowWarnDbm: dbm,
      txHighWarnDbm: dbm,
      txHighAlarmDbm: dbm,
      derived: z.boolean(),
      source: z.string().max(2000),
    })
    .optional(),
  connector: z.enum(['lc-duplex', 'mpo-12', 'mpo-16', 'integrated']),
  strands: z.number().int().min(0).max(64),
  lanes: z.number().int().min(1).max(32),
  wavelengthsNm: z.array(positive).max(16),
  breakouts: z.array(z.object({ optic: z.string().min(1), fanout: z.number().int().min(2).max(16) })).max(16),
  confidence: z.enum(['verified', 'inferred', 'unverified']),
  source: z.string().max(2000),
});

export const moduleSpecSchema = z.object({
  name: z.string().min(1).max(200),
  part: z.string().min(1).max(200),
  kind: z.enum(MODULE_KINDS),
  formFactor: z.enum(FORM_FACTORS),
  heatsink: z.enum(['finned', 'flat']).optional(),
  carries: z.array(z.object({ optic: z.string().min(1), linksPerModule: z.number().int().min(1).max(8) })).min(1).max(16),
  powerW: z.number().min(0).max(100).nullable(),
  powerBasis: z.enum(['typ', 'max']),
  reachLimitM: positive.optional(),
  protocols,
  source: z.string().max(2000),
});

export const deviceModelSpecSchema = z.object({
  name: z.string().min(1).max(200),
  vendor: z.string().max(200),
  kind: z.enum(['gpu-server', 'switch', 'appliance']),
  gpus: z.number().int().min(0).max(1024),
  rackUnits: z.number().positive().max(60).nullable(),
  powerTypW: z.number().min(0).max(1e6).nullable(),
  powerMaxW: z.number().min(0).max(1e6).nullable(),
  portGroups: z
    .array(
      z.object({
        purpose: z.string().min(1).max(100),
        cages: z.number().int().min(1).max(4096),
        formFactor: z.enum(FORM_FACTORS),
        heatsink: z.enum(['finned', 'flat']).optional(),
        modes: z.array(z.object({ ports: z.number().int().min(1).max(16), rateGbps: positive })).min(1).max(16),
        protocols,
        moduleMaxW: watts.optional(),
        highPowerCages: z.object({ cages: z.number().int().min(1).max(4096), moduleMaxW: watts }).optional(),
      }),
    )
    .min(1)
    .max(32),
  confidence: z.enum(['high', 'medium', 'low']),
  source: z.string().max(2000),
});
