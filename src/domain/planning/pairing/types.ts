export interface PairingUnit {
  id: string;
  capabilities: string[];
  /** How many villages this unit can pair with (default 1). */
  capacity: number;
}

export interface PairingVillage {
  code: string;
  needs: string[];
  /** How many units this village should receive (default 2, the 高州 k). */
  slots: number;
}

export interface ExplicitFit {
  unit: string;
  village: string;
  value: number;
}

/** A (unit, village) pair that must not be proposed, e.g. because it is already adopted. */
export interface ExcludedPair {
  unit: string;
  village: string;
}

export interface PairingInput {
  units: PairingUnit[];
  villages: PairingVillage[];
  fit: ExplicitFit[];
  /** Pairs never to propose (default none). */
  exclude?: ExcludedPair[];
}

export interface Pair {
  unit: string;
  village: string;
  fit: number;
  /** The unit's capabilities that the village needs: why this pair fits. */
  matched: string[];
}

export interface PairingPlan {
  pairs: Pair[];
  totalFit: number;
  /** Villages whose slots could not all be filled, with the number of empty slots. */
  unfilled: { village: string; missing: number }[];
}
