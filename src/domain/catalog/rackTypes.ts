/**
 * Rack-scale systems: racks sold whole, whose compute trays are the fabric's servers. The NVLink
 * switch trays join the rack's GPUs over a copper backplane, so they add no fabric ports or optics.
 */
export interface RackTypeSpec {
  readonly name: string;
  /** The device model of one compute tray (a gpu-server in the device table). */
  readonly trayModel: string;
  readonly computeTrays: number;
  readonly nvlinkSwitchTrays: number;
  /** In-rack out-of-band management switches. */
  readonly managementSwitches: number;
  /** Racks in one SuperPOD scalable unit. */
  readonly racksPerSu: number;
  /** Rack input power; null where NVIDIA publishes none (see `powerNote`). */
  readonly powerMaxW: number | null;
  readonly powerNote: string;
  readonly source: string;
}

export const RACK_TYPES: ReadonlyMap<string, RackTypeSpec> = new Map([
  [
    'gb200-nvl72',
    {
      name: 'NVIDIA DGX GB200 NVL72',
      trayModel: 'dgx-gb200-tray',
      computeTrays: 18,
      nvlinkSwitchTrays: 9,
      managementSwitches: 2,
      racksPerSu: 8,
      powerMaxW: null,
      powerNote: 'no per-rack rating published; the DGX SuperPOD GB200 SU of 8 racks is 1.2 MW TDP',
      source: 'DGX GB200 user guide (18 compute + 9 NVLink switch trays, 2 ToR management switches); DGX SuperPOD GB200 RA (SU = 8 racks, 1.2 MW) [devices.md S12,S15]',
    },
  ],
  [
    'gb300-nvl72',
    {
      name: 'NVIDIA GB300 NVL72',
      trayModel: 'gb300-tray',
      computeTrays: 18,
      nvlinkSwitchTrays: 9,
      managementSwitches: 2,
      racksPerSu: 8,
      // up to 142 kW with 8 x 33 kW power shelves
      powerMaxW: 142000,
      powerNote: 'up to 142 kW per rack (8 × 33 kW power shelves)',
      source: 'NVL72 AI factory Enterprise RA components (18 trays, 9 NVSwitch trays, 2 SN2201, up to 142 kW) [devices.md S16,S17]; SU of 8 racks as in the GB200 SuperPOD RA (no GB300 SU size found)',
    },
  ],
]);

export const RACK_TYPE_IDS: readonly string[] = [...RACK_TYPES.keys()];
