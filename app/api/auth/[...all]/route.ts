import { getAuth } from "@/server/auth";

export const dynamic = "force-dynamic";

/** Better Auth's HTTP endpoints (sign-in, sign-up, sign-out, session), origin-checked by it. */
export async function GET(request: Request) {
  return getAuth().handler(request);
}

export async function POST(request: Request) {
  return getAuth().handler(request);
}
