"use client";

import { useSyncExternalStore } from "react";

type Theme = "light" | "dark";

/** Runs before first paint (inlined in the layout): the saved theme, else the system's. */
export const themeScript = `(function(){try{var t=localStorage.getItem("theme");if(t!=="light"&&t!=="dark")t=matchMedia("(prefers-color-scheme: dark)").matches?"dark":"light";document.documentElement.dataset.theme=t}catch(e){}})()`;

/** The page's theme lives on <html data-theme>; watch it there. */
function subscribe(onChange: () => void) {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ["data-theme"] });
  return () => observer.disconnect();
}
const readTheme = (): Theme => (document.documentElement.dataset.theme === "dark" ? "dark" : "light");

/** Switches between light and dark and remembers the choice. */
export function ThemeToggle() {
  const theme = useSyncExternalStore(subscribe, readTheme, () => null);
  const next: Theme = theme === "dark" ? "light" : "dark";
  return (
    <button
      type="button"
      // Its scripts start after the first paint: until they run a click would be lost, so the
      // server's copy is disabled (theme is null until the page hydrates).
      disabled={theme === null}
      onClick={() => {
        document.documentElement.dataset.theme = next;
        localStorage.setItem("theme", next);
      }}
      aria-label={`Switch to ${next} theme`}
      className="rounded-md px-2 py-1 text-sm text-stone-600 hover:bg-stone-100 hover:text-stone-900 dark:text-stone-400 dark:hover:bg-stone-800 dark:hover:text-stone-100"
    >
      {theme === "dark" ? "Light" : "Dark"}
    </button>
  );
}
