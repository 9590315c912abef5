"use client";

import type { ComponentProps } from "react";
import { loadedWhenRendered } from "@/components/ui/loaded-when-rendered";

/**
 * The reader's tools that only some signed-in readers get (correct the details, replace the
 * text, delete the filing, export or import notes), each loaded only where it is rendered: a
 * visitor's page does not ship their code. (The category menu is not among them: it listens
 * for clicks on chips the server rendered, so it must be there when the page is.)
 */
export const EditFilingDetails = loadedWhenRendered<
  ComponentProps<typeof import("./edit-filing-details").EditFilingDetails>
>(() => import("./edit-filing-details").then((module) => module.EditFilingDetails));

export const ReplaceFilingText = loadedWhenRendered<
  ComponentProps<typeof import("./replace-filing-text").ReplaceFilingText>
>(() => import("./replace-filing-text").then((module) => module.ReplaceFilingText));

export const DeleteFiling = loadedWhenRendered<ComponentProps<typeof import("./delete-filing").DeleteFiling>>(
  () => import("./delete-filing").then((module) => module.DeleteFiling),
);

export const NotesTransfer = loadedWhenRendered<
  ComponentProps<typeof import("@/components/annotations/notes-transfer").NotesTransfer>
>(() => import("@/components/annotations/notes-transfer").then((module) => module.NotesTransfer));
