/**
 * The demo account a fresh embedded install offers, so a newcomer can annotate at once.
 * Documented in the README; MARGINALIA_DEMO_ACCOUNT=off removes it.
 */
export const DEMO_ACCOUNT = {
  name: "Demo Analyst",
  email: "demo@marginalia.local",
  password: "marginalia-demo",
} as const;
