import type { ButtonHTMLAttributes } from "react";

/** The one primary action of a form (dark in light mode, light in dark mode); dims while disabled. */
export function PrimaryButton({ className = "", ...props }: ButtonHTMLAttributes<HTMLButtonElement>) {
  return (
    <button
      type="submit"
      {...props}
      className={`rounded-md bg-stone-900 px-3 py-1.5 font-medium text-white disabled:opacity-60 dark:bg-stone-100 dark:text-stone-900 ${className}`}
    />
  );
}
