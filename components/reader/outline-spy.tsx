"use client";

import { useEffect } from "react";

/**
 * Marks in the outline where the reader is: the last section or risk title scrolled past.
 * Observes only the headings (dozens, not the thousands of paragraphs).
 */
export function OutlineSpy() {
  useEffect(() => {
    const outlineLinks = (id: string) =>
      document.querySelectorAll<HTMLAnchorElement>(`[data-outline] a[href="#${CSS.escape(id)}"]`);
    const headings = [
      ...new Set(
        [...document.querySelectorAll<HTMLAnchorElement>("[data-outline] a[href^='#']")].map((link) =>
          link.getAttribute("href")!.slice(1),
        ),
      ),
    ]
      .map((id) => document.getElementById(id))
      .filter((element): element is HTMLElement => element !== null);
    let current: string | null = null;
    // Links are looked up each time: the phone's drawer copies the outline when it opens.
    const update = () => {
      let next: string | null = headings[0]?.id ?? null;
      for (const heading of headings) {
        if (heading.getBoundingClientRect().top <= 120) next = heading.id;
        else break;
      }
      if (next === current) return;
      for (const link of document.querySelectorAll("[data-outline] a[aria-current]"))
        link.removeAttribute("aria-current");
      for (const link of next ? outlineLinks(next) : []) {
        link.setAttribute("aria-current", "true");
        keepInView(link);
      }
      current = next;
    };
    let frame = 0;
    const onScroll = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(update);
    };
    update();
    window.addEventListener("scroll", onScroll, { passive: true });
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener("scroll", onScroll);
    };
  }, []);
  return null;
}

/** Scrolls the outline's own container (never the page) so the current entry shows. */
function keepInView(link: HTMLElement) {
  const container = link.closest<HTMLElement>("[data-outline-scroll]");
  if (!container || container.clientHeight === 0) return;
  const top = link.offsetTop - container.offsetTop;
  if (top < container.scrollTop || top > container.scrollTop + container.clientHeight - link.offsetHeight)
    container.scrollTop = top - container.clientHeight / 3;
}
