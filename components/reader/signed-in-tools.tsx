"use client";

import type { ComponentProps } from "react";
import { loadedWhenRendered } from "@/components/ui/loaded-when-rendered";

/**
 * The reader's tools that only signed-in readers get (follow, notes carried from last year,
 * export or import notes; correct the details, replace the text, delete the filing, change a
 * category), each loaded only where it is rendered: a visitor's page does not load their code.
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

export const FollowFiling = loadedWhenRendered<ComponentProps<typeof import("./follow-filing").FollowFiling>>(
  () => import("./follow-filing").then((module) => module.FollowFiling),
);

export const CarriedNotes = loadedWhenRendered<
  ComponentProps<typeof import("@/components/lineage/carried-notes").CarriedNotes>
>(() => import("@/components/lineage/carried-notes").then((module) => module.CarriedNotes));

export const RiskCategoryMenu = loadedWhenRendered<
  ComponentProps<typeof import("./risk-category-menu").RiskCategoryMenu>
>(() => import("./risk-category-menu").then((module) => module.RiskCategoryMenu));
