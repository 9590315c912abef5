/** What the sign-up page and action say when MARGINALIA_SIGNUP is not "open". */
export const SIGNUP_CLOSED = "Sign-up is closed on this server. Ask whoever runs it for an account.";
export const SIGNUP_BY_INVITE =
  "Sign-up is by invitation on this server: open the invite link a workspace owner sent you.";
