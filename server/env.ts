import "server-only";
import { parseEnv } from "./parse-env";

/** The validated environment of this process; read once at start-up. */
export const env = parseEnv(process.env);
