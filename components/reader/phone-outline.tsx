"use client";

import { useEffect, useRef } from "react";

/**
 * The outline in a drawer, below the width where it stands beside the text. It is not a second
 * copy in the page (on a long filing that doubled hundreds of entries in the HTML and the React
 * payload): opening the drawer copies the one outline the page has (`#outline`, hidden at
 * this width) as it is then, with its note counts and current entry. Its links are plain `#`
 * links, which the reader's document-wide handlers follow.
 */
export function PhoneOutline() {
  const drawer = useRef<HTMLDetailsElement>(null);
  const content = useRef<HTMLDivElement>(null);
  const fill = () => {
    if (!drawer.current?.open || !content.current) return;
    const outline = document.querySelector("#outline [data-outline]");
    content.current.replaceChildren(...(outline ? [outline.cloneNode(true)] : []));
  };
  // Opened before this island hydrated: no toggle event will come.
  useEffect(fill, []);
  return (
    <details
      ref={drawer}
      onToggle={fill}
      className="no-print rounded-lg border border-stone-200 bg-white text-sm lg:hidden dark:border-stone-800 dark:bg-stone-900"
    >
      <summary className="cursor-pointer px-3 py-2 font-medium">Outline</summary>
      <div ref={content} className="max-h-[60vh] overflow-y-auto px-1 pb-3" />
    </details>
  );
}
