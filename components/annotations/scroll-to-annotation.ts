import type { ReaderAnnotation } from "./types";
import { offsetsToRanges } from "./text-offsets";
import { READER_SELECTOR } from "@/lib/reader/dom-contract";

/** Scrolls an anchored annotation's passage into view and flashes it. */
export function scrollToAnnotation(annotation: ReaderAnnotation) {
  if (annotation.anchor.status !== "anchored") return;
  const root = document.querySelector(READER_SELECTOR.filingText);
  const first = root ? offsetsToRanges(root, annotation.anchor.start, annotation.anchor.end)[0] : undefined;
  const element = first?.startContainer.parentElement?.closest<HTMLElement>(READER_SELECTOR.block);
  element?.scrollIntoView({ block: "center" });
  element?.classList.remove("is-flashing");
  void element?.offsetWidth;
  element?.classList.add("is-flashing");
}
