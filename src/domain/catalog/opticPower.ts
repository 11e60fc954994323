import type { DomThresholds, LanePower } from './types.ts';

/*
 * Tx/Rx power per lane and DOM thresholds from shared/reference/optics.md (section 1.1 notes and the
 * 400G-LR4-10 seed section). Null = the source gives no figure; never filled from memory.
 */

/** IEEE 400GBASE-DR4 as in the Edgecore ET7502-DR4 datasheet [S32]; the twin-port 2xDR4 implements the same PMD. */
export const DR4_LANE_POWER: LanePower = {
  txMinDbm: -2.9,
  txMaxDbm: 4,
  rxMinDbm: -5.9,
  overloadDbm: 4,
  source: 'Edgecore ET7502-DR4: avg launch -2.9..+4 dBm, avg Rx -5.9..+4 dBm per lane [optics.md S32]',
};

/** Example A of optics.md: AVAGO AFCT-93DRPHZ-AZ2, a 400G DR4 module. */
export const DR4_DOM: DomThresholds = {
  rxLowAlarmDbm: -10.4,
  rxLowWarnDbm: -6.4,
  rxHighWarnDbm: 4.5,
  rxHighAlarmDbm: 7.5,
  txLowAlarmDbm: -6.4,
  txLowWarnDbm: -2.4,
  txHighWarnDbm: 4,
  txHighAlarmDbm: 7,
  derived: false,
  source: 'AVAGO AFCT-93DRPHZ-AZ2 (400G DR4) thresholds in the SONiC CMIS DOM doc [optics.md S68]',
};

/** The same set, used as a default for parts built on DR4 engines whose own thresholds are not published. */
export const DR4_DOM_DERIVED: DomThresholds = {
  ...DR4_DOM,
  derived: true,
  source: 'derived: the 400G DR4 set of the AVAGO AFCT-93DRPHZ-AZ2 [optics.md S68]; the module reports its own',
};

/** 100G/lane DR PMD launch window (NVIDIA MMS1V70-CM; vendor 800G DR8 the same). */
export const DR_LANE_TX: LanePower = {
  txMinDbm: -2.9,
  txMaxDbm: 4,
  rxMinDbm: null,
  overloadDbm: null,
  source: 'avg launch -2.9..+4 dBm per lane (NVIDIA MMS1V70-CM; vendor DR8 datasheets) [optics.md S11,S55]',
};

/** IEEE 400GBASE-FR4 as in the Edgecore ET7502-FR4 datasheet; 2xFR4 implements the same PMD. */
export const FR4_LANE_POWER: LanePower = {
  txMinDbm: -3.3,
  txMaxDbm: 3.5,
  rxMinDbm: -7.3,
  overloadDbm: 3.5,
  source: 'Edgecore ET7502-FR4: avg launch -3.3..+3.5 dBm, avg Rx -7.3..+3.5 dBm per lane [optics.md S38]',
};

export const LR4_6_LANE_POWER: LanePower = {
  txMinDbm: -3.2,
  txMaxDbm: null,
  rxMinDbm: -9,
  overloadDbm: null,
  source: 'IEEE 802.3cu summary: avg launch min -3.2 dBm, avg receive min -9.0 dBm [optics.md S37]',
};

export const LR4_10_LANE_POWER: LanePower = {
  txMinDbm: -2.7,
  txMaxDbm: 5.1,
  rxMinDbm: -9,
  overloadDbm: null,
  source: 'fiberwdm 400G QSFP-DD LR4: avg launch -2.7..+5.1 dBm per lane [S40]; MSA min avg receive -9.0 dBm [S37]; overload not found',
};

/** The derived LR4-10 defaults of optics.md section 2 (an engineering assumption, flagged as such there). */
export const LR4_10_DOM: DomThresholds = {
  rxLowAlarmDbm: null,
  rxLowWarnDbm: -9,
  rxHighWarnDbm: 5.1,
  rxHighAlarmDbm: null,
  txLowAlarmDbm: null,
  txLowWarnDbm: -2.7,
  txHighWarnDbm: 5.1,
  txHighAlarmDbm: null,
  derived: true,
  source: 'derived LR4-10 defaults of optics.md section 2 (spec launch window and min receive power); the module reports its own',
};

export const LR4_LANE_TX: LanePower = {
  txMinDbm: -4.3,
  txMaxDbm: 4.5,
  rxMinDbm: null,
  overloadDbm: null,
  source: '100GBASE-LR4 datasheet: avg launch -4.3..+4.5 dBm per lane [optics.md S21,S22]',
};

export const SR4_DB_LANE_TX: LanePower = {
  txMinDbm: -4.6,
  txMaxDbm: 4,
  rxMinDbm: null,
  overloadDbm: null,
  source: 'Ascent QSFP112 SR4 (802.3db): avg launch -4.6..+4 dBm per lane [optics.md S9]',
};

/** Huawei 802.3cw module: Rx window with OSNR >= 26 dB. */
export const ZR_LANE_POWER: LanePower = {
  txMinDbm: -10,
  txMaxDbm: -6,
  rxMinDbm: -12,
  overloadDbm: 0,
  source: 'Huawei 802.3cw QSFP-DD: Tx -10..-6 dBm, Rx -12..0 dBm at OSNR >= 26 dB [optics.md S45]',
};

/** Example C of optics.md: a 400ZR module in the SONiC ZR doc. */
export const ZR_DOM: DomThresholds = {
  rxLowAlarmDbm: -20.01,
  rxLowWarnDbm: -20,
  rxHighWarnDbm: 0,
  rxHighAlarmDbm: 2,
  txLowAlarmDbm: -18,
  txLowWarnDbm: -16,
  txHighWarnDbm: -2,
  txHighAlarmDbm: 0,
  derived: false,
  source: '400ZR module thresholds in the SONiC CMIS/C-CMIS ZR doc [optics.md S48]',
};
