"use client";

import { CopyButton } from "@/components/ui/copy-button";

/** Copies the address of one change of a comparison (this page, at the change). */
export function CopyChangeLink({ id, label = "Copy link to this change" }: { id: string; label?: string }) {
  return (
    <CopyButton text={() => `${window.location.origin}${window.location.pathname}#${id}`} label={label} />
  );
}
