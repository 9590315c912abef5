"use client";

import { lazy, Suspense, type ComponentProps, type ComponentType } from "react";

/**
 * The reader's tools that only some signed-in readers get (correct the details, replace the
 * text, delete the filing, export or import notes), each loaded only where it is rendered: a
 * visitor's page does not ship their code. (The category menu is not among them: it listens
 * for clicks on chips the server rendered, so it must be there when the page is.)
 */
function loadedWhenRendered<Props extends object>(load: () => Promise<ComponentType<Props>>) {
  const Tool = lazy(() => load().then((component) => ({ default: component })));
  function LoadedWhenRendered(props: Props) {
    return (
      <Suspense fallback={null}>
        <Tool {...props} />
      </Suspense>
    );
  }
  return LoadedWhenRendered;
}

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
