"use client";

import { useActionState, useId } from "react";
import { FormMessage } from "@/components/ui/text-field";
import { follow } from "@/server/actions/follow";

/**
 * Follow or stop following a filing (by slug) or a workspace (by id): "Follow" until pressed,
 * then "Following". What following means is said beside it (the button's description).
 */
export function FollowButton(props: {
  target: "filing" | "workspace";
  id: string;
  following: boolean;
  /** What is followed, in words: "this filing", "Telecoms desk". */
  subject: string;
  /**
   * In a toolbar of one line the sentence saying what following means is the button's tooltip
   * and description for screen readers, not a line beside it.
   */
  compact?: boolean;
}) {
  const [state, action, pending] = useActionState(follow, null);
  const about = useId();
  const following = state?.ok ? state.data.following : props.following;
  const description = following
    ? `You follow ${props.subject}: others' new notes, replies and resolutions come into For you.`
    : `Follow ${props.subject} to get others' new notes, replies and resolutions in For you.`;
  return (
    <form
      action={action}
      className={`no-print flex items-center text-sm ${
        props.compact ? "relative shrink-0 [&>[aria-live]:not(:empty)]:ml-2" : "flex-wrap gap-x-3 gap-y-1"
      }`}
    >
      <input type="hidden" name="target" value={props.target} />
      <input type="hidden" name="id" value={props.id} />
      <input type="hidden" name="follow" value={following ? "off" : "on"} />
      <button
        type="submit"
        title={props.compact ? description : undefined}
        disabled={pending}
        aria-describedby={about}
        className={
          following
            ? "rounded-md border border-stone-300 px-2.5 py-1 font-medium disabled:opacity-60 dark:border-stone-700"
            : "rounded-md border border-stone-900 bg-stone-900 px-2.5 py-1 font-medium text-white disabled:opacity-60 dark:border-stone-100 dark:bg-stone-100 dark:text-stone-900"
        }
      >
        {pending ? "Saving…" : following ? "Following" : "Follow"}
      </button>
      <span
        id={about}
        role="status"
        className={props.compact ? "sr-only" : "text-stone-600 dark:text-stone-400"}
      >
        {description}
      </span>
      <FormMessage state={state} />
    </form>
  );
}
