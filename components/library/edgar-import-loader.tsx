"use client";

import { loadedWhenRendered } from "@/components/ui/loaded-when-rendered";

/** "Add from EDGAR", loaded only for the signed-in readers it is shown to (see loadedWhenRendered). */
export const EdgarImport = loadedWhenRendered<{ recentJobs: Array<{ id: string; label: string }> }>(() =>
  import("./edgar-import").then((module) => module.EdgarImport),
);
