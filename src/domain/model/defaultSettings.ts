import type { Settings } from './design.ts';

/**
 * Plant defaults of DOMAIN.md section 3, sources in shared/reference/fiber-plant.json:
 * OS2 0.4 dB/km (ISO/IEC 11801), OM3/OM4 3.5 dB/km (TIA-568), OM5 3.0 dB/km, OS1a 1.0 dB/km;
 * 0.5 dB per mated pair (FOA planning value), 0.3 dB per fusion splice (TIA-568 allowance).
 * The service loop and spare-fiber share are planning choices, not published figures (optics.md
 * section 5 found no authoritative number); both are settings the designer edits.
 */
export const DEFAULT_SETTINGS: Settings = {
  slackPercent: 10,
  targetOversubscription: 1,
  inRackPatchM: 3,
  riserM: 3,
  rackPitchM: 0.6,
  rowPitchM: 3,
  routeFactor: 1.3,
  campusRoutes: [],
  attenuationDbPerKm: { OS2: 0.4, OS1a: 1.0, OM3: 3.5, OM4: 3.5, OM5: 3.0 },
  connectorLossDb: 0.5,
  spliceLossDb: 0.3,
  defaultSmf: 'OS2',
  defaultMmf: 'OM4',
  channels: {},
  serviceLoopM: 3,
  spareFiberPercent: 20,
  directCordMaxM: 0,
};
