/** A run's stored allocation of one receiver: the transferred amounts as decimal text (WD1). */
export interface RunAllocation {
  county: string;
  base: string;
  reward: string;
  total: string;
  /** W7: the assessment total, 4 places. */
  score: string;
  group: string;
  place: number;
  tie: boolean;
}

/** W2: one payer's line; 龙湾区 names 温州湾新区 inside its amount (WD4). */
export interface RunContribution {
  county: string;
  amount: string;
  ofWhich?: { name: string; amount: string }[];
}
