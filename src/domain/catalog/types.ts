/** Shapes of the catalog tables: optics (PMDs), modules (the parts that go in cages) and device models. */

/** Fiber grades the engine knows reach and attenuation for. */
export const FIBER_GRADES = ['OS2', 'OS1a', 'OM3', 'OM4', 'OM5'] as const;
export type FiberGrade = (typeof FIBER_GRADES)[number];

export type FiberFamily = 'smf' | 'mmf';

export const FIBER_FAMILY: Record<FiberGrade, FiberFamily> = {
  OS2: 'smf',
  OS1a: 'smf',
  OM3: 'mmf',
  OM4: 'mmf',
  OM5: 'mmf',
};

/**
 * What carries the signal. `copper` (passive DAC), `acc` (active copper) and `aoc` are cable assemblies: no field fiber,
 * no transceivers to buy, reach is the assembly's length.
 */
export type OpticMedium = 'smf' | 'mmf' | 'copper' | 'acc' | 'aoc';

/** The cable plant connector of one link (one end). `integrated` = plugs fixed to the cable. */
export type ConnectorKind = 'lc-duplex' | 'mpo-12' | 'mpo-16' | 'integrated';

export const FORM_FACTORS = [
  'OSFP',
  'OSFP224',
  'QSFP-DD',
  'QSFP-DD800',
  'QSFP112',
  'QSFP56',
  'QSFP28',
  'SFP112',
  'SFP28',
  'RJ45',
] as const;
export type FormFactor = (typeof FORM_FACTORS)[number];

/** OSFP top: switches use finned (IHS) cages, DGX and ConnectX-7 use flat-top (RHS) cages. */
export type Heatsink = 'finned' | 'flat';

export type Confidence = 'verified' | 'inferred' | 'unverified';

export interface Breakout {
  /** The optic at the far (narrow) end of each child link. */
  readonly optic: string;
  /** Child links per parent link, e.g. 4 for 400G-DR4 to 4 x 100G-DR. */
  readonly fanout: number;
}

/** An interface (PMD) or cable assembly type. Link groups name one of these. */
export interface OpticSpec {
  readonly name: string;
  readonly standard: string;
  readonly rateGbps: number;
  readonly medium: OpticMedium;
  /** Maximum reach per fiber grade; grades not listed are not specified for this optic. */
  readonly reachM: Readonly<Partial<Record<FiberGrade, number>>>;
  /** For copper and AOC: the longest assembly sold. */
  readonly assemblyReachM?: number;
  /** Maximum channel insertion loss per grade (dB); empty where no figure was published. */
  readonly maxChannelLossDb: Readonly<Partial<Record<FiberGrade, number>>>;
  readonly connector: ConnectorKind;
  /** Fiber strands one link lights (duplex LC 2, MPO-12 parallel 8, MPO-16 16, copper/AOC 0). */
  readonly strands: number;
  readonly lanes: number;
  readonly wavelengthsNm: readonly number[];
  readonly breakouts: readonly Breakout[];
  readonly confidence: Confidence;
  readonly source: string;
}

/** What a module is: a transceiver bought per end, or the plug of a DAC/ACC/AOC assembly. */
export type ModuleKind = 'transceiver' | 'cable-end';

export interface ModuleCarries {
  readonly optic: string;
  /** Links one module carries: 1, or 2 for twin-port modules. */
  readonly linksPerModule: number;
}

/** A part that goes in a cage. */
export interface ModuleSpec {
  readonly name: string;
  /** Vendor part number where one is known, else a generic description. */
  readonly part: string;
  readonly kind: ModuleKind;
  readonly formFactor: FormFactor;
  /** Only for OSFP: must match the cage's top. */
  readonly heatsink?: Heatsink;
  readonly carries: readonly ModuleCarries[];
  /** Power per module; `powerBasis` says whether the figure is typical or maximum. */
  readonly powerW: number | null;
  readonly powerBasis: 'typ' | 'max';
  /** A vendor limit tighter than the optic's own reach (e.g. NVIDIA single-port DR4 at 100 m). */
  readonly reachLimitM?: number;
  readonly source: string;
}

/** One way a cage can run: `ports` logical ports of `rateGbps` each. */
export interface CageMode {
  readonly ports: number;
  readonly rateGbps: number;
}

export interface PortGroupSpec {
  /** What the ports are for: compute, fabric, storage, inband, oob... */
  readonly purpose: string;
  readonly cages: number;
  readonly formFactor: FormFactor;
  readonly heatsink?: Heatsink;
  /** The first mode is the native one; the others are splits (breakouts) the cage supports. */
  readonly modes: readonly CageMode[];
}

export type DeviceKind = 'gpu-server' | 'switch';

export interface DeviceModelSpec {
  readonly name: string;
  readonly vendor: string;
  readonly kind: DeviceKind;
  readonly gpus: number;
  readonly rackUnits: number | null;
  readonly powerTypW: number | null;
  readonly powerMaxW: number | null;
  /** In order of preference: a link lands on the first group that can host its optic. */
  readonly portGroups: readonly PortGroupSpec[];
  readonly confidence: 'high' | 'medium' | 'low';
  readonly source: string;
}
