import type { CageMode, DeviceModelSpec, Protocol } from './types.ts';

/** Quantum switches are InfiniBand; Spectrum, Broadcom, Arista, Cisco and Juniper switches Ethernet (devices.md). */
const INFINIBAND: readonly Protocol[] = ['infiniband'];
const ETHERNET: readonly Protocol[] = ['ethernet'];
/** ConnectX-7/8 compute ports: InfiniBand by default, or Ethernet (devices.md S1, S2, S17). */
const IB_AND_ETHERNET: readonly Protocol[] = ['infiniband', 'ethernet'];

/*
 * Servers and switches from shared/reference/devices.json (tags S# in devices.md). The first port
 * group is the compute/fabric group. Splits below 100G (50/25/10G) are left out: the catalog has no
 * optic for them. ConnectX-8 and XDR cages are OSFP224 (200G lanes, optics.md section 3) so that
 * XDR modules fit; the reference writes them as OSFP.
 */

/** QSFP-DD 400G switch port: native 400G, 2x200G, 4x100G; QSFP28/QSFP56 modules run 1x100G/1x200G. */
const QSFPDD_400G: readonly CageMode[] = [
  { ports: 1, rateGbps: 400 },
  { ports: 2, rateGbps: 200 },
  { ports: 4, rateGbps: 100 },
  { ports: 1, rateGbps: 100 },
  { ports: 1, rateGbps: 200 },
];

const OSFP_800G_TH5: readonly CageMode[] = [
  { ports: 1, rateGbps: 800 },
  { ports: 2, rateGbps: 400 },
  { ports: 4, rateGbps: 200 },
  { ports: 8, rateGbps: 100 },
];

const SN5600_FABRIC: readonly CageMode[] = [
  { ports: 1, rateGbps: 800 },
  { ports: 2, rateGbps: 400 },
  { ports: 4, rateGbps: 200 },
  { ports: 4, rateGbps: 100 },
];

const OOB_1G = { purpose: 'oob-mgmt', cages: 1, formFactor: 'RJ45', modes: [{ ports: 1, rateGbps: 1 }] } as const;

export const DEVICE_MODELS = {
  'dgx-h100': {
    name: 'NVIDIA DGX H100',
    vendor: 'NVIDIA',
    kind: 'gpu-server',
    gpus: 8,
    rackUnits: 8,
    powerTypW: null,
    powerMaxW: 10200,
    portGroups: [
      { purpose: 'compute', protocols: IB_AND_ETHERNET, cages: 4, formFactor: 'OSFP', heatsink: 'flat', modes: [{ ports: 2, rateGbps: 400 }] },
      {
        purpose: 'storage+inband',
        cages: 4,
        formFactor: 'QSFP112',
        modes: [
          { ports: 1, rateGbps: 400 },
          { ports: 1, rateGbps: 200 },
          { ports: 1, rateGbps: 100 },
        ],
      },
      // Optional 100GbE NIC: cage type and count unverified in the reference.
      { purpose: 'inband-mgmt-optional', cages: 2, formFactor: 'QSFP28', modes: [{ ports: 1, rateGbps: 100 }] },
      { purpose: 'host-lan', cages: 1, formFactor: 'RJ45', modes: [{ ports: 1, rateGbps: 10 }] },
      OOB_1G,
    ],
    confidence: 'high',
    source: 'DGX BasePOD RA, DGX H100 user guide Table 6, SuperPOD RA-11333 BOM, LinkX overview [devices.md S1-S6]',
  },
  'dgx-h200': {
    name: 'NVIDIA DGX H200',
    vendor: 'NVIDIA',
    kind: 'gpu-server',
    gpus: 8,
    rackUnits: 8,
    powerTypW: null,
    // 10.2 kW standard; the Custom Thermal Solution variant goes to 14.3 kW.
    powerMaxW: 10200,
    portGroups: [
      { purpose: 'compute', protocols: IB_AND_ETHERNET, cages: 4, formFactor: 'OSFP', heatsink: 'flat', modes: [{ ports: 2, rateGbps: 400 }] },
      {
        purpose: 'storage+inband',
        cages: 4,
        formFactor: 'QSFP112',
        modes: [
          { ports: 1, rateGbps: 400 },
          { ports: 1, rateGbps: 200 },
          { ports: 1, rateGbps: 100 },
        ],
      },
      { purpose: 'inband-mgmt-optional', cages: 2, formFactor: 'QSFP28', modes: [{ ports: 1, rateGbps: 100 }] },
      { purpose: 'host-lan', cages: 1, formFactor: 'RJ45', modes: [{ ports: 1, rateGbps: 10 }] },
      OOB_1G,
    ],
    confidence: 'high',
    source: 'same chassis and network as DGX H100; H200 datasheet 10.2 kW (secondary) [devices.md S1,S2,S7]',
  },
  'dgx-b200': {
    name: 'NVIDIA DGX B200',
    vendor: 'NVIDIA',
    kind: 'gpu-server',
    gpus: 8,
    rackUnits: 10,
    powerTypW: null,
    powerMaxW: 14300,
    portGroups: [
      { purpose: 'compute', protocols: IB_AND_ETHERNET, cages: 4, formFactor: 'OSFP', heatsink: 'flat', modes: [{ ports: 2, rateGbps: 400 }] },
      {
        purpose: 'storage+inband',
        cages: 4,
        formFactor: 'QSFP112',
        modes: [
          { ports: 1, rateGbps: 400 },
          { ports: 1, rateGbps: 200 },
        ],
      },
      { purpose: 'inband-mgmt-optional', cages: 2, formFactor: 'QSFP28', modes: [{ ports: 1, rateGbps: 100 }] },
      { purpose: 'host-lan', cages: 1, formFactor: 'RJ45', modes: [{ ports: 1, rateGbps: 10 }] },
      OOB_1G,
    ],
    confidence: 'high',
    source: 'DGX B200 user guide, DGX BasePOD RA [devices.md S1,S8]',
  },
  'dgx-b300': {
    name: 'NVIDIA DGX B300',
    vendor: 'NVIDIA',
    kind: 'gpu-server',
    gpus: 8,
    rackUnits: 10,
    powerTypW: null,
    // Product page ~14 kW; one secondary source says 14.5 kW.
    powerMaxW: 14000,
    portGroups: [
      {
        purpose: 'compute',
        protocols: IB_AND_ETHERNET,
        cages: 8,
        formFactor: 'OSFP224',
        // 2x400G on the ConnectX-8 OSFP is unverified for DGX.
        modes: [
          { ports: 1, rateGbps: 800 },
          { ports: 2, rateGbps: 400 },
        ],
      },
      {
        purpose: 'storage+inband',
        cages: 4,
        formFactor: 'QSFP112',
        modes: [
          { ports: 1, rateGbps: 400 },
          { ports: 1, rateGbps: 200 },
        ],
      },
      OOB_1G,
    ],
    confidence: 'medium',
    source: 'NVIDIA DGX B300 product page and user guide (secondary copies), SuperPOD B300-XDR RA [devices.md S9-S11]',
  },
  'dgx-gb200-tray': {
    name: 'NVIDIA DGX GB200 compute tray (NVL72)',
    vendor: 'NVIDIA',
    kind: 'gpu-server',
    gpus: 4,
    rackUnits: 1,
    powerTypW: null,
    // DPS power-model range 1,000-6,667 W, not a nameplate rating.
    powerMaxW: 6667,
    portGroups: [
      {
        purpose: 'compute',
        protocols: IB_AND_ETHERNET,
        cages: 4,
        formFactor: 'OSFP',
        // ConnectX-7 OSFP card style; the reference asks to verify the top and the 2x200G split.
        heatsink: 'flat',
        modes: [
          { ports: 1, rateGbps: 400 },
          { ports: 2, rateGbps: 200 },
        ],
      },
      {
        purpose: 'storage+inband',
        cages: 4,
        formFactor: 'QSFP112',
        modes: [
          { ports: 1, rateGbps: 400 },
          { ports: 1, rateGbps: 200 },
        ],
      },
      OOB_1G,
    ],
    confidence: 'high',
    source: 'DGX GB200 user guide, N-S network deploy guide, DPS device specs [devices.md S12-S15]',
  },
  'gb300-tray': {
    name: 'NVIDIA GB300 NVL72 compute tray',
    vendor: 'NVIDIA',
    kind: 'gpu-server',
    gpus: 4,
    rackUnits: 1,
    powerTypW: null,
    powerMaxW: null,
    portGroups: [
      {
        purpose: 'compute',
        protocols: IB_AND_ETHERNET,
        // One cage per ConnectX-8 is inferred (the Enterprise RA contradicts itself).
        cages: 4,
        formFactor: 'OSFP224',
        modes: [
          { ports: 1, rateGbps: 800 },
          { ports: 2, rateGbps: 400 },
        ],
      },
      { purpose: 'storage+inband', cages: 2, formFactor: 'QSFP112', modes: [{ ports: 1, rateGbps: 400 }] },
      OOB_1G,
    ],
    confidence: 'medium',
    source: 'NVL72 AI factory Enterprise RA components (and quoted RA text) [devices.md S16,S17]',
  },
  'hgx-8gpu-400g': {
    name: 'Generic HGX 8-GPU server, 8 x 400G NICs',
    vendor: 'generic (OEM)',
    kind: 'gpu-server',
    gpus: 8,
    rackUnits: 8,
    powerTypW: null,
    // DGX H100 used as the class reference.
    powerMaxW: 10200,
    portGroups: [
      {
        purpose: 'compute',
        cages: 8,
        formFactor: 'OSFP',
        heatsink: 'flat',
        modes: [
          { ports: 1, rateGbps: 400 },
          { ports: 2, rateGbps: 200 },
        ],
      },
      {
        purpose: 'storage+inband',
        cages: 2,
        formFactor: 'QSFP112',
        // B3220 2x200G, B3240 2x400G nominal.
        modes: [
          { ports: 1, rateGbps: 200 },
          { ports: 1, rateGbps: 400 },
        ],
      },
      OOB_1G,
    ],
    confidence: 'low',
    source: 'NVIDIA Enterprise RA 2-8-9 template; ConnectX-7 OSFP is flat-top [devices.md S1,S18,S46]',
  },
  'hgx-8gpu-800g': {
    name: 'Generic HGX B300-class 8-GPU server, 8 x 800G ConnectX-8',
    vendor: 'generic (OEM)',
    kind: 'gpu-server',
    gpus: 8,
    rackUnits: 10,
    powerTypW: null,
    // DGX B300 used as the class reference.
    powerMaxW: 14000,
    portGroups: [
      {
        purpose: 'compute',
        cages: 8,
        formFactor: 'OSFP224',
        modes: [
          { ports: 1, rateGbps: 800 },
          { ports: 2, rateGbps: 400 },
        ],
      },
      {
        purpose: 'storage+inband',
        cages: 2,
        formFactor: 'QSFP112',
        modes: [
          { ports: 1, rateGbps: 400 },
          { ports: 1, rateGbps: 200 },
        ],
      },
      OOB_1G,
    ],
    confidence: 'low',
    source: 'NVIDIA Enterprise RA 2-8-9 template, DGX B300, ConnectX-8 C8180 [devices.md S9,S18,S52]',
  },
  qm9700: {
    name: 'NVIDIA Quantum-2 QM9700',
    vendor: 'NVIDIA',
    kind: 'switch',
    gpus: 0,
    rackUnits: 1,
    powerTypW: null,
    powerMaxW: null,
    portGroups: [
      {
        purpose: 'fabric',
        protocols: INFINIBAND,
        moduleMaxW: 17,
        cages: 32,
        formFactor: 'OSFP',
        heatsink: 'finned',
        modes: [
          { ports: 2, rateGbps: 400 },
          { ports: 4, rateGbps: 200 },
        ],
      },
      OOB_1G,
    ],
    confidence: 'high',
    source: 'QM97X0 user manual Interfaces, Linux mlx-platform commit, netbox QM9700 [devices.md S19-S23]',
  },
  qm9790: {
    name: 'NVIDIA Quantum-2 QM9790 (externally managed)',
    vendor: 'NVIDIA',
    kind: 'switch',
    gpus: 0,
    rackUnits: 1,
    powerTypW: null,
    powerMaxW: null,
    portGroups: [
      {
        purpose: 'fabric',
        protocols: INFINIBAND,
        moduleMaxW: 17,
        cages: 32,
        formFactor: 'OSFP',
        heatsink: 'finned',
        modes: [
          { ports: 2, rateGbps: 400 },
          { ports: 4, rateGbps: 200 },
        ],
      },
      OOB_1G,
    ],
    confidence: 'high',
    source: 'QM97X0 user manual Interfaces, Linux mlx-platform commit [devices.md S19,S20,S23]',
  },
  q3400: {
    name: 'NVIDIA Quantum-X800 Q3400-RA',
    vendor: 'NVIDIA',
    kind: 'switch',
    gpus: 0,
    rackUnits: 4,
    // Secondary: ~2,900 W typical, up to ~7,000 W with active cables.
    powerTypW: 2900,
    powerMaxW: 7000,
    portGroups: [
      // A 400G split mode exists but its per-cage form is unverified, so it is left out.
      { purpose: 'fabric', protocols: INFINIBAND, cages: 72, formFactor: 'OSFP224', heatsink: 'finned', modes: [{ ports: 2, rateGbps: 800 }] },
      { purpose: 'ufm-inband', protocols: INFINIBAND, cages: 1, formFactor: 'OSFP', modes: [{ ports: 1, rateGbps: 400 }] },
      { purpose: 'oob-mgmt', cages: 2, formFactor: 'RJ45', modes: [{ ports: 1, rateGbps: 1 }] },
    ],
    confidence: 'medium',
    source: 'netbox Q3400-RA, Quantum-X800 product page, XDR switch HW manual; power secondary [devices.md S24-S26]',
  },
  q3200: {
    name: 'NVIDIA Quantum-X800 Q3200-RA (2 x 36-port switches)',
    vendor: 'NVIDIA',
    kind: 'switch',
    gpus: 0,
    rackUnits: 2,
    powerTypW: null,
    powerMaxW: null,
    portGroups: [
      { purpose: 'fabric', protocols: INFINIBAND, cages: 36, formFactor: 'OSFP224', heatsink: 'finned', modes: [{ ports: 2, rateGbps: 800 }] },
    ],
    confidence: 'low',
    source: 'Quantum-X800 datasheet summaries (secondary), XDR switch HW manual [devices.md S25,S26]',
  },
  'q3450-ld': {
    name: 'NVIDIA Quantum-X Photonics Q3450-LD (co-packaged optics)',
    vendor: 'NVIDIA',
    kind: 'switch',
    gpus: 0,
    rackUnits: 4,
    powerTypW: null,
    // Lambda's figure beside the Q3400's 7.0 kW (the same basis as that maximum); secondary.
    powerMaxW: 3950,
    portGroups: [
      // 144 faceplate MPO ports, no pluggable module; liquid-cooled, 48 V busbar.
      { purpose: 'fabric', protocols: INFINIBAND, cages: 144, formFactor: 'CPO', modes: [{ ports: 1, rateGbps: 800 }] },
    ],
    confidence: 'medium',
    source:
      'Quantum-X800 ASIC, 144 x 800G InfiniBand, 115.2 Tb/s, 4U, liquid-cooled, MPO ports fed by 18 detachable laser modules (Lambda Q3450-LD evaluation via convergedigest and wedoany; switch 3.95 kW vs 7.0 kW standard in Lambda\'s table) [devices.md S25]',
  },
  sn6810: {
    name: 'NVIDIA Spectrum-X Photonics SN6810 (Spectrum-6, co-packaged optics)',
    vendor: 'NVIDIA',
    kind: 'switch',
    gpus: 0,
    rackUnits: null,
    powerTypW: null,
    powerMaxW: null,
    portGroups: [
      // 512 x 200G is also announced; not modelled: which co-packaged engine carries the 200G ports is not published.
      { purpose: 'fabric', protocols: ETHERNET, cages: 128, formFactor: 'CPO', modes: [{ ports: 1, rateGbps: 800 }] },
    ],
    confidence: 'medium',
    source:
      'NVIDIA GTC 2025: Spectrum-X Photonics on the Spectrum-6 ASIC, SN6810 102.4 Tb/s as 128 x 800G or 512 x 200G, liquid-cooled, 2H 2026 (notebookcheck, particle.news); rack units and power not published',
  },
  sn6800: {
    name: 'NVIDIA Spectrum-X Photonics SN6800 (Spectrum-6, co-packaged optics)',
    vendor: 'NVIDIA',
    kind: 'switch',
    gpus: 0,
    rackUnits: null,
    powerTypW: null,
    powerMaxW: null,
    portGroups: [
      // 2,048 x 200G is also announced; not modelled: which co-packaged engine carries the 200G ports is not published.
      { purpose: 'fabric', protocols: ETHERNET, cages: 512, formFactor: 'CPO', modes: [{ ports: 1, rateGbps: 800 }] },
    ],
    confidence: 'medium',
    source:
      'NVIDIA GTC 2025: Spectrum-X Photonics SN6800 409.6 Tb/s as 512 x 800G or 2,048 x 200G, liquid-cooled, 2H 2026 (notebookcheck, particle.news); rack units and power not published',
  },
  sn5600: {
    name: 'NVIDIA Spectrum-4 SN5600',
    vendor: 'NVIDIA',
    kind: 'switch',
    gpus: 0,
    rackUnits: 2,
    powerTypW: null,
    powerMaxW: null,
    portGroups: [
      // Max 256 logical ports, so at most 4 per cage; modules up to 18 W per port.
      { purpose: 'fabric', protocols: ETHERNET, moduleMaxW: 18, cages: 64, formFactor: 'OSFP', heatsink: 'finned', modes: SN5600_FABRIC },
      { purpose: 'uplink-other', protocols: ETHERNET, cages: 1, formFactor: 'SFP28', modes: [{ ports: 1, rateGbps: 25 }] },
      OOB_1G,
    ],
    confidence: 'high',
    source: 'SN5000 data interfaces and HW manual, netbox SN5600, netris [devices.md S27-S30]',
  },
  sn5610: {
    name: 'NVIDIA Spectrum-4 SN5610',
    vendor: 'NVIDIA',
    kind: 'switch',
    gpus: 0,
    rackUnits: 2,
    powerTypW: null,
    powerMaxW: null,
    portGroups: [
      // Finned top and splits assumed equal to SN5600 by the reference.
      { purpose: 'fabric', protocols: ETHERNET, moduleMaxW: 18, cages: 64, formFactor: 'OSFP', heatsink: 'finned', modes: SN5600_FABRIC },
      { purpose: 'uplink-other', protocols: ETHERNET, cages: 2, formFactor: 'SFP28', modes: [{ ports: 1, rateGbps: 25 }] },
      OOB_1G,
    ],
    confidence: 'medium',
    source: 'netbox SN5610, SN5000 docs, GB300 Enterprise RA [devices.md S17,S29,S31]',
  },
  sn5400: {
    name: 'NVIDIA Spectrum-4 SN5400',
    vendor: 'NVIDIA',
    kind: 'switch',
    gpus: 0,
    rackUnits: 2,
    powerTypW: null,
    powerMaxW: null,
    portGroups: [
      // 400G is 8x50G lanes; modules 12 W on all ports, 21 W on 16 of them.
      { purpose: 'fabric', protocols: ETHERNET, moduleMaxW: 12, highPowerCages: { cages: 16, moduleMaxW: 21 }, cages: 64, formFactor: 'QSFP-DD', modes: QSFPDD_400G },
      { purpose: 'uplink-other', protocols: ETHERNET, cages: 2, formFactor: 'SFP28', modes: [{ ports: 1, rateGbps: 25 }] },
      OOB_1G,
    ],
    confidence: 'high',
    source: 'SN5000 data interfaces and HW manual, netris [devices.md S27,S29,S30]',
  },
  sn4600c: {
    name: 'NVIDIA Spectrum-3 SN4600C',
    vendor: 'NVIDIA',
    kind: 'switch',
    gpus: 0,
    // netbox says 1U; NVIDIA's SN4000 manual puts it in the 2U group.
    rackUnits: 2,
    powerTypW: null,
    powerMaxW: null,
    portGroups: [
      { purpose: 'fabric', protocols: ETHERNET, cages: 64, formFactor: 'QSFP28', modes: [{ ports: 1, rateGbps: 100 }] },
      OOB_1G,
    ],
    confidence: 'medium',
    source: 'SN4000 HW manual, netbox SN4600C, SuperPOD RA [devices.md S5,S32]',
  },
  sn4700: {
    name: 'NVIDIA Spectrum-3 SN4700',
    vendor: 'NVIDIA',
    kind: 'switch',
    gpus: 0,
    rackUnits: 1,
    powerTypW: null,
    powerMaxW: null,
    portGroups: [
      // Breakouts from general knowledge per the reference, not verified.
      { purpose: 'fabric', protocols: ETHERNET, cages: 32, formFactor: 'QSFP-DD', modes: QSFPDD_400G },
      OOB_1G,
    ],
    confidence: 'medium',
    source: 'SN4000 HW manual, netbox SN4700 [devices.md S32,S33]',
  },
  sn2201: {
    name: 'NVIDIA Spectrum SN2201',
    vendor: 'NVIDIA',
    kind: 'switch',
    gpus: 0,
    rackUnits: 1,
    powerTypW: null,
    powerMaxW: null,
    portGroups: [
      { purpose: 'uplink', protocols: ETHERNET, cages: 4, formFactor: 'QSFP28', modes: [{ ports: 1, rateGbps: 100 }] },
      { purpose: 'mgmt-access', cages: 48, formFactor: 'RJ45', modes: [{ ports: 1, rateGbps: 1 }] },
      OOB_1G,
    ],
    confidence: 'high',
    source: 'netbox SN2201, GB200 N-S deploy guide, SuperPOD RA [devices.md S5,S13,S34]',
  },
  'arista-7060dx5-64s': {
    name: 'Arista 7060DX5-64S',
    vendor: 'Arista',
    kind: 'switch',
    gpus: 0,
    rackUnits: 2,
    powerTypW: null,
    powerMaxW: null,
    portGroups: [
      { purpose: 'fabric', protocols: ETHERNET, cages: 64, formFactor: 'QSFP-DD', modes: QSFPDD_400G },
      // SFP+ cage: the catalog has no SFP+ form factor; SFP28 is the same size and 10G is its rate here.
      { purpose: 'uplink-other', protocols: ETHERNET, cages: 2, formFactor: 'SFP28', modes: [{ ports: 1, rateGbps: 10 }] },
      OOB_1G,
    ],
    confidence: 'medium',
    source: 'netbox DCS-7060DX5-64S-F; TH4 lane count [devices.md S35,S38]',
  },
  'arista-7060px5-64s': {
    name: 'Arista 7060PX5-64S (OSFP)',
    vendor: 'Arista',
    kind: 'switch',
    gpus: 0,
    rackUnits: 2,
    powerTypW: null,
    powerMaxW: null,
    portGroups: [
      {
        purpose: 'fabric',
        protocols: ETHERNET,
        cages: 64,
        formFactor: 'OSFP',
        modes: [
          { ports: 1, rateGbps: 400 },
          { ports: 2, rateGbps: 200 },
          { ports: 4, rateGbps: 100 },
        ],
      },
    ],
    confidence: 'low',
    source: 'OSFP variant of 7060X5, not verified in retrieved sources [devices.md S36,S38]',
  },
  'arista-7804r3': {
    name: 'Arista 7804R3 (4-slot)',
    vendor: 'Arista',
    kind: 'switch',
    gpus: 0,
    rackUnits: 10,
    powerTypW: null,
    powerMaxW: null,
    portGroups: [{ purpose: 'fabric', protocols: ETHERNET, cages: 144, formFactor: 'QSFP-DD', modes: QSFPDD_400G }],
    confidence: 'medium',
    source: 'Arista 7800R3 platform architecture white paper; 4 x 36x400G line cards [devices.md S37]',
  },
  'arista-7808r3': {
    name: 'Arista 7808R3 (8-slot)',
    vendor: 'Arista',
    kind: 'switch',
    gpus: 0,
    rackUnits: 16,
    powerTypW: null,
    powerMaxW: null,
    portGroups: [{ purpose: 'fabric', protocols: ETHERNET, cages: 288, formFactor: 'QSFP-DD', modes: QSFPDD_400G }],
    confidence: 'medium',
    source: 'Arista 7800R3 platform architecture white paper; 8 x 36x400G line cards [devices.md S37]',
  },
  'arista-7816r4': {
    name: 'Arista 7816R4 (16-slot, 800G)',
    vendor: 'Arista',
    kind: 'switch',
    gpus: 0,
    rackUnits: null,
    powerTypW: null,
    powerMaxW: null,
    portGroups: [
      {
        purpose: 'fabric',
        protocols: ETHERNET,
        cages: 576,
        formFactor: 'OSFP',
        modes: [
          { ports: 1, rateGbps: 800 },
          { ports: 2, rateGbps: 400 },
          { ports: 4, rateGbps: 200 },
          { ports: 8, rateGbps: 100 },
        ],
      },
    ],
    confidence: 'low',
    source: 'placeholder for the 7800R4 class from general knowledge; verify before use [devices.md S37]',
  },
  'generic-25t6-64x400g-qsfpdd': {
    name: 'Generic Tomahawk 4 switch, 64 x 400G QSFP-DD (25.6T)',
    vendor: 'generic (Broadcom TH4)',
    kind: 'switch',
    gpus: 0,
    rackUnits: 2,
    powerTypW: null,
    powerMaxW: null,
    portGroups: [{ purpose: 'fabric', protocols: ETHERNET, cages: 64, formFactor: 'QSFP-DD', modes: QSFPDD_400G }],
    confidence: 'medium',
    source: 'TH4 512 x 50G SerDes; 7060DX5 and N9K-C9364D-GX2A as examples [devices.md S35,S38,S44]',
  },
  'generic-25t6-32x2x400g-osfp': {
    name: 'Generic 25.6T switch, 32 x OSFP twin-port 2x400G',
    vendor: 'generic (Broadcom TH4)',
    kind: 'switch',
    gpus: 0,
    rackUnits: 1,
    powerTypW: null,
    powerMaxW: null,
    portGroups: [
      {
        purpose: 'fabric',
        protocols: ETHERNET,
        cages: 32,
        formFactor: 'OSFP',
        modes: [
          { ports: 2, rateGbps: 400 },
          { ports: 1, rateGbps: 400 },
          { ports: 4, rateGbps: 200 },
          { ports: 8, rateGbps: 100 },
        ],
      },
    ],
    confidence: 'medium',
    source: 'Hedgehog switch catalog (Celestica DS4101 32xOSFP-2x400G, TH4G) [devices.md S38,S39]',
  },
  'generic-51t2-64x800g-osfp': {
    name: 'Generic Tomahawk 5 switch, 64 x 800G OSFP (51.2T)',
    vendor: 'generic (Broadcom TH5)',
    kind: 'switch',
    gpus: 0,
    rackUnits: 2,
    powerTypW: null,
    powerMaxW: null,
    // 8x100G is often allowed only on odd cages (see celestica-ds5000).
    portGroups: [{ purpose: 'fabric', protocols: ETHERNET, cages: 64, formFactor: 'OSFP', modes: OSFP_800G_TH5 }],
    confidence: 'medium',
    source: 'TH5 512 x 100G SerDes; DS5000 SONiC platform.json [devices.md S40-S42]',
  },
  'generic-102t4-64x1600g': {
    name: 'Generic Tomahawk 6 switch, 64 x 1.6T OSFP224 (102.4T)',
    vendor: 'generic (Broadcom TH6)',
    kind: 'switch',
    gpus: 0,
    rackUnits: null,
    powerTypW: null,
    powerMaxW: null,
    portGroups: [
      {
        purpose: 'fabric',
        protocols: ETHERNET,
        // 8 x 200G SerDes per cage (OSFP224): the chip's port configurations 64 x 1.6T, 128 x 800G,
        // 256 x 400G and 512 x 200G are 1, 2, 4 and 8 ports per cage (the 400G and 200G ports take the
        // 400GBASE-DR2 / 200GBASE-DR1 splits of a 1.6T DR8 module)
        cages: 64,
        formFactor: 'OSFP224',
        heatsink: 'finned',
        modes: [
          { ports: 1, rateGbps: 1600 },
          { ports: 2, rateGbps: 800 },
          { ports: 4, rateGbps: 400 },
          { ports: 8, rateGbps: 200 },
        ],
      },
    ],
    confidence: 'low',
    source:
      'Broadcom Tomahawk 6 (BCM78910): 102.4 Tb/s, 512 x 200G PAM4 SerDes, up to 64 x 1.6TbE or 128 x 800GbE (Broadcom launch via ServeTheHome, gazettabyte 2025-06-03, electronics-journal); 512 x 200G ports (Broadcom launch deck via ServeTheHome: "512 XPUs ... 512 x 200G"; heise 2025-06-03: "512 ports with 200 Gbit/s each"); 256 x 400GbE only in a secondary port-configuration list (64x1.6TbE, 128x800GbE, 256x400GbE, 512x200GbE), not found in a Broadcom text; a box template, not one vendor product: rack units, power and a box that publishes its cage modes not found',
  },
  'generic-12t8-32x400g-qsfpdd': {
    name: 'Generic 12.8T switch, 32 x 400G QSFP-DD',
    vendor: 'generic',
    kind: 'switch',
    gpus: 0,
    rackUnits: 1,
    powerTypW: null,
    powerMaxW: null,
    portGroups: [{ purpose: 'fabric', protocols: ETHERNET, cages: 32, formFactor: 'QSFP-DD', modes: QSFPDD_400G }],
    confidence: 'low',
    source: 'template modelled on the SN4700 (32 x QSFP-DD 400G, 1U) [devices.md S32,S33]',
  },
  'celestica-ds5000': {
    name: 'Celestica DS5000 (Tomahawk 5)',
    vendor: 'Celestica',
    kind: 'switch',
    gpus: 0,
    rackUnits: 2,
    powerTypW: null,
    powerMaxW: null,
    // SONiC breakout table: 4- and 8-way splits only on odd-numbered cages.
    portGroups: [
      {
        purpose: 'fabric (odd cages)',
        protocols: ETHERNET,
        cages: 32,
        formFactor: 'OSFP',
        modes: [
          { ports: 1, rateGbps: 800 },
          { ports: 2, rateGbps: 400 },
          { ports: 4, rateGbps: 200 },
          { ports: 4, rateGbps: 100 },
          { ports: 8, rateGbps: 100 },
        ],
      },
      {
        purpose: 'fabric (even cages)',
        protocols: ETHERNET,
        cages: 32,
        formFactor: 'OSFP',
        modes: [
          { ports: 1, rateGbps: 800 },
          { ports: 2, rateGbps: 400 },
          { ports: 1, rateGbps: 400 },
          { ports: 2, rateGbps: 200 },
          { ports: 2, rateGbps: 100 },
        ],
      },
      { purpose: 'uplink-other', protocols: ETHERNET, cages: 2, formFactor: 'SFP28', modes: [{ ports: 1, rateGbps: 25 }] },
    ],
    confidence: 'medium',
    source: 'sonic-buildimage cls_ds5000 platform.json, Hedgehog switch catalog [devices.md S39,S42]',
  },
  'edgecore-as9817-64o': {
    name: 'Edgecore AS9817-64O (Tomahawk 5)',
    vendor: 'Edgecore',
    kind: 'switch',
    gpus: 0,
    rackUnits: 2,
    powerTypW: null,
    powerMaxW: null,
    portGroups: [
      {
        purpose: 'fabric',
        protocols: ETHERNET,
        cages: 64,
        formFactor: 'OSFP',
        // SONiC HWSKUs: 64x800G, 128x400G, 64x100G.
        modes: [
          { ports: 1, rateGbps: 800 },
          { ports: 2, rateGbps: 400 },
          { ports: 1, rateGbps: 100 },
        ],
      },
      { purpose: 'uplink-other', protocols: ETHERNET, cages: 2, formFactor: 'SFP28', modes: [{ ports: 1, rateGbps: 25 }] },
    ],
    confidence: 'medium',
    source: 'Accton ONL platform config 64x800_2x25 and SONiC HWSKUs [devices.md S40,S43]',
  },
  'cisco-n9k-c9364d-gx2a': {
    name: 'Cisco Nexus 9364D-GX2A',
    vendor: 'Cisco',
    kind: 'switch',
    gpus: 0,
    rackUnits: 2,
    powerTypW: null,
    powerMaxW: null,
    portGroups: [
      { purpose: 'fabric', protocols: ETHERNET, cages: 64, formFactor: 'QSFP-DD', modes: QSFPDD_400G },
      // SFP+ cage modelled as SFP28 at 10G (no SFP+ form factor in the catalog).
      { purpose: 'uplink-other', protocols: ETHERNET, cages: 2, formFactor: 'SFP28', modes: [{ ports: 1, rateGbps: 10 }] },
      OOB_1G,
    ],
    confidence: 'medium',
    source: 'netbox N9K-C9364D-GX2A [devices.md S44]',
  },
  'juniper-qfx5230-64cd': {
    name: 'Juniper QFX5230-64CD',
    vendor: 'Juniper',
    kind: 'switch',
    gpus: 0,
    rackUnits: 2,
    powerTypW: null,
    powerMaxW: null,
    portGroups: [{ purpose: 'fabric', protocols: ETHERNET, cages: 64, formFactor: 'QSFP-DD', modes: QSFPDD_400G }],
    confidence: 'low',
    source: 'general knowledge per the reference, not found in Juniper docs; TH4 assumed [devices.md S38,S45]',
  },
  'ufm-appliance-3.1': {
    name: 'NVIDIA UFM Enterprise Appliance 3.1',
    vendor: 'NVIDIA',
    kind: 'appliance',
    gpus: 0,
    rackUnits: null,
    powerTypW: null,
    powerMaxW: null,
    portGroups: [
      // ConnectX-7 OSFP (flat top): the SuperPOD bills MMA4Z00-NS400 (980-9I51S-00NS00) "UFM system
      // transceivers", 4 to the compute leaves and 4 to the storage leaves for 4 appliances: 2 per appliance
      { purpose: 'fabric', protocols: INFINIBAND, cages: 2, formFactor: 'OSFP', heatsink: 'flat', modes: [{ ports: 1, rateGbps: 400 }, { ports: 1, rateGbps: 200 }] },
      OOB_1G,
    ],
    confidence: 'medium',
    source:
      'DGX SuperPOD H100 RA-11333-001 V11 Table 7 (4 × UFM Appliance 3.1 for 4 SU), Table 8 (UFM system transceivers 980-9I51S-00NS00 = MMA4Z00-NS400, compute and storage; 1G OOB to Management/UFM nodes) [devices.md S5]; ConnectX-7 per the UFM Enterprise Appliance release notes; height and power not found',
  },
} as const satisfies Record<string, DeviceModelSpec>;

export type DeviceModelId = keyof typeof DEVICE_MODELS;
