"use client";

import { useEffect, useLayoutEffect, useRef, useState } from "react";
import { READER_SELECTOR } from "@/lib/reader/dom-contract";

/** How far the tip keeps from its figure and from the window's edges, px. */
const GAP = 6;
const MARGIN = 8;

/**
 * A figure's tip (what it is, its normalised value) on hover or keyboard focus: one island for
 * the whole filing, drawn at a fixed place in the window, so neither a table's scroll box nor
 * the text's rendering chunks (content-visibility clips what overflows them) cut it off, and
 * kept inside the window at any width. Screen readers read the figure's own aria-description;
 * this is its visible twin.
 */
export function FigureTip() {
  const [tip, setTip] = useState<{ text: string; figure: DOMRect } | null>(null);
  const [place, setPlace] = useState<{ top: number; left: number } | null>(null);
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let shownFor: Element | null = null;
    const show = (target: EventTarget | null) => {
      const figure = target instanceof Element ? target.closest(READER_SELECTOR.figure) : null;
      const text = figure?.getAttribute("aria-description");
      if (!figure || !text) return;
      shownFor = figure;
      setTip({ text, figure: figure.getBoundingClientRect() });
    };
    const hide = () => {
      shownFor = null;
      setTip(null);
    };
    const onPointerOver = (event: PointerEvent) => {
      if (event.target instanceof Element && event.target.closest(READER_SELECTOR.figure)) show(event.target);
      else if (shownFor && shownFor !== document.activeElement) hide();
    };
    const onFocusIn = (event: FocusEvent) => show(event.target);
    const onFocusOut = () => hide();
    // The tip is placed for where the figure was: moving the text away takes it down.
    const onScroll = () => shownFor && hide();
    document.addEventListener("pointerover", onPointerOver);
    document.addEventListener("focusin", onFocusIn);
    document.addEventListener("focusout", onFocusOut);
    window.addEventListener("scroll", onScroll, { capture: true, passive: true });
    return () => {
      document.removeEventListener("pointerover", onPointerOver);
      document.removeEventListener("focusin", onFocusIn);
      document.removeEventListener("focusout", onFocusOut);
      window.removeEventListener("scroll", onScroll, { capture: true });
    };
  }, []);

  // Above the figure, else below it; never past the window's sides.
  useLayoutEffect(() => {
    if (!tip || !box.current) return setPlace(null);
    const { width, height } = box.current.getBoundingClientRect();
    const left = Math.max(MARGIN, Math.min(tip.figure.left, window.innerWidth - width - MARGIN));
    const above = tip.figure.top - GAP - height;
    setPlace({ top: above >= MARGIN ? above : tip.figure.bottom + GAP, left });
  }, [tip]);

  if (!tip) return null;
  return (
    <div
      ref={box}
      aria-hidden
      data-figure-tip
      className="no-print pointer-events-none fixed z-50 max-w-[min(24rem,calc(100vw-1rem))] rounded-md whitespace-pre-line bg-stone-900 px-2 py-0.5 font-sans text-xs leading-5 text-white shadow-lg dark:bg-stone-100 dark:text-stone-900"
      style={place ? { top: place.top, left: place.left } : { top: 0, left: 0, visibility: "hidden" }}
    >
      {tip.text}
    </div>
  );
}
