/**
 * Jumps within a long filing. The text is laid out in `.cv-chunk`s with
 * `content-visibility: auto`: chunks off screen have an estimated height until they are first
 * rendered, so a plain `scrollIntoView` (or the browser's own jump to a #fragment) lands where
 * the estimate said, and the target moves once the chunks around it render. Here the target's
 * chunk is rendered first, then the page is scrolled, then the position is checked frame by
 * frame and corrected until the layout stops moving.
 */

/** How far (CSS px) a settled target may sit from where it should. */
const TOLERANCE = 1;
/** Frames to keep checking before giving up (a page that never stops moving). */
const MAX_FRAMES = 30;

function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}

/** Where the element's top should be: its scroll-margin-top below the viewport's top. */
function wantedTop(element: HTMLElement): number {
  return Number.parseFloat(getComputedStyle(element).scrollMarginTop) || 0;
}

/**
 * Scrolls so `element`'s first line sits at the top of the reading column (its
 * scroll-margin-top below the viewport's top), rendering its chunk first.
 * @returns the number of frames it took to settle (for the bench)
 */
export async function scrollToTarget(element: HTMLElement): Promise<number> {
  element.closest(".cv-chunk")?.classList.add("is-rendered");
  element.scrollIntoView({ block: "start" });
  let stable = 0;
  for (let frame = 1; frame <= MAX_FRAMES; frame++) {
    await nextFrame();
    const offBy = element.getBoundingClientRect().top - wantedTop(element);
    if (Math.abs(offBy) <= TOLERANCE) {
      if (++stable >= 2) return frame;
      continue;
    }
    stable = 0;
    // At the very bottom the page cannot scroll further: that is as close as it gets.
    const atBottom = window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 1;
    if (offBy > 0 && atBottom) return frame;
    window.scrollBy(0, offBy);
  }
  return MAX_FRAMES;
}

/** Flashes an element so the eye finds it (restarts the animation when flashed again). */
export function flash(element: HTMLElement): void {
  element.classList.remove("is-flashing");
  void element.offsetWidth;
  element.classList.add("is-flashing");
}

/** The element a URL hash names in the document, if any. */
export function hashTarget(hash: string): HTMLElement | null {
  if (hash.length <= 1) return null;
  let id: string;
  try {
    id = decodeURIComponent(hash.slice(1));
  } catch {
    return null;
  }
  return document.getElementById(id);
}
