/** The attacker's filing: this unit repeated (3.3 MB of it is 300,000 money figures). */
export const PATHOLOGICAL_UNIT = "$ 1, 1. 1 ,";
