"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { accessChanged } from "@/server/access-epoch";
import { getAuth } from "@/server/auth";

/** Ends this browser's session and returns to the library. */
export async function signOut(): Promise<void> {
  await getAuth().api.signOut({ headers: await headers() });
  // Its session, remembered for a moment by this process, is forgotten now.
  accessChanged();
  redirect("/");
}
