"use client";

import { useEffect } from "react";

/**
 * Marks in the outline where the reader is: the last section or risk title scrolled past.
 * Observes only the headings (dozens, not the thousands of paragraphs).
 */
export function OutlineSpy() {
  useEffect(() => {
    const links = new Map<string, HTMLAnchorElement[]>();
    for (const link of document.querySelectorAll<HTMLAnchorElement>("[data-outline] a[href^='#']")) {
      const id = link.getAttribute("href")!.slice(1);
      links.set(id, [...(links.get(id) ?? []), link]);
    }
    const headings = [...links.keys()]
      .map((id) => document.getElementById(id))
      .filter((element): element is HTMLElement => element !== null);
    let current: string | null = null;
    const update = () => {
      let next: string | null = headings[0]?.id ?? null;
      for (const heading of headings) {
        if (heading.getBoundingClientRect().top <= 120) next = heading.id;
        else break;
      }
      if (next === current) return;
      for (const link of links.get(current ?? "") ?? []) link.removeAttribute("aria-current");
      for (const link of links.get(next ?? "") ?? []) {
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
