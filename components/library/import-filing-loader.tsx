"use client";

import { loadedWhenRendered } from "@/components/ui/loaded-when-rendered";

/** The import form, loaded only for the signed-in readers it is shown to (see loadedWhenRendered). */
export const ImportFiling = loadedWhenRendered<object>(() =>
  import("./import-filing").then((module) => module.ImportFiling),
);
