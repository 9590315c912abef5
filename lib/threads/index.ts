/**
 * Comment threads: `buildThread` turns a flat list of comments into reply trees (robust to
 * missing parents and cycles). (@mentions: see ./mentions.)
 */
export { buildThread, type ThreadNode } from "./build-thread";
