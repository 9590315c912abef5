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

/** After the target settles, how long late layout (hydrating islands above it) is still corrected. */
const WATCH_MS = 1500;

/**
 * Scrolls so `element`'s first line sits at the top of the reading column (its
 * scroll-margin-top below the viewport's top), rendering its chunk first, then keeps it there
 * while the page finishes laying out — until the reader scrolls, types or clicks.
 * @returns the number of frames it took to settle first (for the bench)
 */
export async function scrollToTarget(element: HTMLElement): Promise<number> {
  const started = performance.now();
  element.closest(".cv-chunk")?.classList.add("is-rendered");
  element.scrollIntoView({ block: "start" });
  let readerMoved = false;
  const stop = () => {
    readerMoved = true;
  };
  const events = ["wheel", "touchstart", "keydown", "pointerdown"] as const;
  for (const type of events) window.addEventListener(type, stop, { passive: true, once: true });
  try {
    let settledAt: number | undefined;
    let stable = 0;
    let watchUntil = Number.POSITIVE_INFINITY;
    for (let frame = 1; frame <= MAX_FRAMES || performance.now() < watchUntil; frame++) {
      await nextFrame();
      if (readerMoved) break;
      const offBy = element.getBoundingClientRect().top - wantedTop(element);
      if (Math.abs(offBy) <= TOLERANCE) {
        if (settledAt === undefined && ++stable >= 2) {
          settledAt = frame;
          watchUntil = performance.now() + WATCH_MS;
          // The bench reads how long a jump takes to land.
          performance.measure("filing-jump", { start: started, end: performance.now() });
        }
        if (settledAt !== undefined && performance.now() >= watchUntil) break;
        continue;
      }
      stable = 0;
      // At the very bottom the page cannot scroll further: that is as close as it gets.
      const atBottom = window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 1;
      if (offBy > 0 && atBottom) return settledAt ?? frame;
      window.scrollBy(0, offBy);
      if (frame > MAX_FRAMES && settledAt === undefined) break;
    }
    return settledAt ?? MAX_FRAMES;
  } finally {
    for (const type of events) window.removeEventListener(type, stop);
  }
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
