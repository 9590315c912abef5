/**
 * Comment threads: `buildThread` turns a flat list of comments into reply trees (robust to
 * missing parents and cycles), and `parseMentions` finds the @handles a comment mentions.
 */
export {
  buildThread,
  countReplies,
  isDeleted,
  type BuildThreadOptions,
  type ThreadComment,
  type ThreadNode,
} from "./build-thread";
export {
  HANDLE_PATTERN,
  codeRanges,
  isValidHandle,
  mentionedHandles,
  parseMentions,
  type Mention,
} from "./mentions";
