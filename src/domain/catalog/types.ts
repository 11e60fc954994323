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
  // A co-packaged-optics faceplate port: a fiber connector on the switch, no cage and no module.
  'CPO',
] as const;
export type FormFactor = (typeof FORM_FACTORS)[number];

/** OSFP top: switches use finned (IHS) cages, DGX and ConnectX-7 use flat-top (RHS) cages. */
export type Heatsink = 'finned' | 'flat';

export type Confidence = 'verified' | 'inferred' | 'unverified';

/** What a port or module speaks. A module or port group without a list has none published (not checked). */
export const PROTOCOLS = ['infiniband', 'ethernet'] as const;
export type Protocol = (typeof PROTOCOLS)[number];

/** Average optical power per lane as published (dBm); null where the source gives no figure. */
export interface LanePower {
  readonly txMinDbm: number | null;
  readonly txMaxDbm: number | null;
  /** Minimum average receive power (the receiver's sensitivity as the source states it). */
  readonly rxMinDbm: number | null;
  /** Receiver overload: maximum average receive power. */
  readonly overloadDbm: number | null;
  readonly source: string;
}

/** A module's DOM power thresholds (dBm per lane); `derived` marks engineering defaults, not a module's own set. */
export interface DomThresholds {
  readonly rxLowAlarmDbm: number | null;
  readonly rxLowWarnDbm: number | null;
  readonly rxHighWarnDbm: number | null;
  readonly rxHighAlarmDbm: number | null;
  readonly txLowAlarmDbm: number | null;
  readonly txLowWarnDbm: number | null;
  readonly txHighWarnDbm: number | null;
  readonly txHighAlarmDbm: number | null;
  readonly derived: boolean;
  readonly source: string;
}

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
  /** Least channel loss the receiver needs (dB), where the source states one; see also `lanePower`. */
  readonly minChannelLossDb?: number;
  /** Tx/Rx power per lane; absent = not published. */
  readonly lanePower?: LanePower;
  /** Typical DOM thresholds; absent = not published. */
  readonly dom?: DomThresholds;
  readonly connector: ConnectorKind;
  /** Fiber strands one link lights (duplex LC 2, MPO-12 parallel 8, MPO-16 16, copper/AOC 0). */
  readonly strands: number;
  readonly lanes: number;
  readonly wavelengthsNm: readonly number[];
  readonly breakouts: readonly Breakout[];
  readonly confidence: Confidence;
  readonly source: string;
}

/**
 * What a module is: a transceiver bought per end, the plug of a DAC/ACC/AOC assembly, or the optical
 * port of a co-packaged-optics switch (the optics are in the switch package: nothing to buy, no power
 * of its own beyond the switch's; the fiber plant starts at the faceplate connector).
 */
export const MODULE_KINDS = ['transceiver', 'cable-end', 'co-packaged'] as const;
export type ModuleKind = (typeof MODULE_KINDS)[number];

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
  /** Protocols the part is sold for (NVIDIA and MSA datasheets); absent = not published. */
  readonly protocols?: readonly Protocol[];
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
  /** Protocols the ports speak; absent = not published (not checked). */
  readonly protocols?: readonly Protocol[];
  /** Module power class of every cage (W), where published. */
  readonly moduleMaxW?: number;
  /** Some cages take a higher power class (SN5400: 16 ports at 21 W). */
  readonly highPowerCages?: { readonly cages: number; readonly moduleMaxW: number };
}

/** `appliance`: a server with no GPUs on the fabric (a UFM appliance), counted apart from GPU servers; it stands in a management rack. */
export type DeviceKind = 'gpu-server' | 'switch' | 'appliance';

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
